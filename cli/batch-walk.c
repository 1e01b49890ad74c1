/* SPDX-License-Identifier: MIT */
/* -r: the regular files under a directory, in an order that does not depend on readdir (each
   directory's entries sorted by their bytes), so that a batch's output is reproducible. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* A directory being walked: its entries, read at once and sorted, and the next one. The
   directory is closed right after reading, so a deep tree holds no descriptors. */
typedef struct frame {
  char *dir;
  char **names;
  size_t count, next;
  dev_t dev;
  ino_t ino;
} frame;

struct cli_walk {
  frame *stack;
  size_t depth, cap;
  char *pending; /* a directory to enter before going on */
};

cli_walk *cli_walk_new(const char *dir) {
  cli_walk *w = calloc(1, sizeof *w);
  if (w && !(w->pending = strdup(dir))) {
    free(w);
    w = NULL;
  }
  return w;
}

static void free_names(char **names, size_t count) {
  for (size_t i = 0; i < count; i++)
    free(names[i]);
  free(names);
}

static void pop(cli_walk *w) {
  frame *f = &w->stack[--w->depth];
  free_names(f->names, f->count);
  free(f->dir);
}

void cli_walk_free(cli_walk *w) {
  if (!w)
    return;
  while (w->depth)
    pop(w);
  free(w->stack);
  free(w->pending);
  free(w);
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The visible entries of an open directory, sorted. Returns 0, or -1 with errno set. */
static int read_names(DIR *d, char ***names, size_t *count) {
  size_t n = 0, cap = 0;
  char **v = NULL;
  for (;;) {
    errno = 0;
    struct dirent *e = readdir(d);
    if (!e)
      break;
    /* Hidden entries are tools' state (.git, .DS_Store), not releases. */
    if (e->d_name[0] == '.')
      continue;
    if (n == cap) {
      char **more = realloc(v, (cap = cap ? 2 * cap : 64) * sizeof *v);
      if (!more)
        break;
      v = more;
    }
    if (!(v[n] = strdup(e->d_name)))
      break;
    n++;
  }
  int saved = errno;
  if (saved) {
    free_names(v, n);
    errno = saved;
    return -1;
  }
  if (n)
    qsort(v, n, sizeof *v, by_name);
  *names = v;
  *count = n;
  return 0;
}

/* Enter `dir` (taking it over on success). Returns 0, or -1 with errno set; a directory that
   is its own ancestor (a bind mount) is ELOOP. */
static int push(cli_walk *w, char *dir) {
  DIR *d = opendir(dir);
  if (!d)
    return -1;
  struct stat st;
  int rc = fstat(dirfd(d), &st);
  for (size_t i = 0; rc == 0 && i < w->depth; i++) {
    if (w->stack[i].dev == st.st_dev && w->stack[i].ino == st.st_ino) {
      errno = ELOOP;
      rc = -1;
    }
  }
  char **names = NULL;
  size_t count = 0;
  if (rc == 0)
    rc = read_names(d, &names, &count);
  int saved = errno;
  closedir(d);
  if (rc == 0 && w->depth == w->cap) {
    size_t cap = w->cap ? 2 * w->cap : 8;
    frame *more = realloc(w->stack, cap * sizeof *more);
    if (more) {
      w->stack = more;
      w->cap = cap;
    } else {
      free_names(names, count);
      saved = ENOMEM;
      rc = -1;
    }
  }
  if (rc != 0) {
    errno = saved;
    return -1;
  }
  w->stack[w->depth++] = (frame){dir, names, count, 0, st.st_dev, st.st_ino};
  return 0;
}

static char *join(const char *dir, const char *name) {
  size_t d = strlen(dir), n = strlen(name);
  bool slash = d > 0 && dir[d - 1] == '/';
  char *p = malloc(d + !slash + n + 1);
  if (p) {
    memcpy(p, dir, d);
    if (!slash)
      p[d++] = '/';
    memcpy(p + d, name, n + 1);
  }
  return p;
}

/* What to do with an entry: 1 a file to read, 2 a directory to enter, 0 skip, -1 an error
   (errno set). Symbolic links to files are read; to directories, not followed. */
static int classify(const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0)
    return -1;
  bool link = S_ISLNK(st.st_mode);
  if (link && stat(path, &st) != 0)
    return -1;
  if (S_ISREG(st.st_mode))
    return 1;
  return S_ISDIR(st.st_mode) && !link ? 2 : 0;
}

int cli_walk_next(cli_walk *w, char **path) {
  *path = NULL;
  for (;;) {
    if (w->pending) {
      char *dir = w->pending;
      w->pending = NULL;
      if (push(w, dir) != 0) {
        *path = dir;
        return -1;
      }
      continue;
    }
    if (w->depth == 0)
      return 0;
    frame *f = &w->stack[w->depth - 1];
    if (f->next == f->count) {
      pop(w);
      continue;
    }
    char *p = join(f->dir, f->names[f->next++]);
    if (!p) {
      errno = ENOMEM;
      return -1;
    }
    int kind = classify(p);
    if (kind == 1 || kind == -1) {
      *path = p;
      return kind;
    }
    if (kind == 2)
      w->pending = p;
    else
      free(p);
  }
}
