/* SPDX-License-Identifier: MIT */
/* The inputs of a batch, produced one at a time so that a long --files-from list or a big
   tree is never held whole: the FILE arguments, then the list's lines, directories walked. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

struct cli_source {
  const char *const *args;
  size_t nargs, next_arg;
  FILE *list; /* NULL once read to its end */
  const char *list_name;
  bool recursive;
  cli_walk *walk; /* the directory being walked */
  char *line;
  size_t line_cap;
};

cli_source *cli_source_new(const char *const *args, size_t nargs, FILE *list, const char *list_name,
                           bool recursive) {
  cli_source *src = calloc(1, sizeof *src);
  if (src)
    *src = (cli_source){args, nargs, 0, list, list_name, recursive, NULL, NULL, 0};
  return src;
}

void cli_source_free(cli_source *src) {
  if (!src)
    return;
  cli_walk_free(src->walk);
  free(src->line);
  free(src);
}

/* The next path of the list, without its line break (a CRLF list from Windows works too);
   empty lines are skipped. NULL at the end; on a read error, *failed is its errno. */
static const char *list_line(cli_source *src, int *failed) {
  ssize_t n;
  while ((n = getline(&src->line, &src->line_cap, src->list)) >= 0) {
    if (n > 0 && src->line[n - 1] == '\n')
      src->line[--n] = '\0';
    if (n > 0 && src->line[n - 1] == '\r')
      src->line[--n] = '\0';
    if (n > 0)
      return src->line;
  }
  *failed = ferror(src->list) ? (errno ? errno : EIO) : 0;
  src->list = NULL;
  return NULL;
}

static bool is_dir(const char *path) {
  struct stat st;
  return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The next file of the directory being walked: 1 (the item filled), 0 when the walk is over,
   -1 when memory ran out. */
static int walk_next(cli_source *src, cli_item *item) {
  char *path = NULL;
  int r = cli_walk_next(src->walk, &path);
  if (r == 0) {
    cli_walk_free(src->walk);
    src->walk = NULL;
    return 0;
  }
  if (!path)
    return -1;
  item->path = path;
  item->list_errno = r < 0 ? errno : 0;
  return 1;
}

int cli_source_next(cli_source *src, cli_item *item) {
  for (;;) {
    if (src->walk) {
      int r = walk_next(src, item);
      if (r != 0)
        return r;
      continue;
    }
    const char *name = NULL;
    int failed = 0;
    if (src->next_arg < src->nargs)
      name = src->args[src->next_arg++];
    else if (src->list && !(name = list_line(src, &failed)) && failed)
      name = src->list_name; /* reported as an input that cannot be read */
    if (!name)
      return 0;
    if (!failed && src->recursive && is_dir(name)) {
      if (!(src->walk = cli_walk_new(name)))
        return -1;
      continue;
    }
    /* A list names files: a line "-" is the file of that name, not standard input (which
       may be the list itself). */
    bool listed = name == src->line;
    item->path = strdup(listed && strcmp(name, "-") == 0 ? "./-" : name);
    item->list_errno = failed;
    return item->path ? 1 : -1;
  }
}

size_t cli_source_count(const char *const *args, size_t nargs, bool recursive) {
  if (!recursive)
    return nargs;
  cli_source *src = cli_source_new(args, nargs, NULL, NULL, true);
  size_t n = 0;
  cli_item item = {0};
  int r = src ? 1 : -1;
  while (r > 0 && (r = cli_source_next(src, &item)) > 0) {
    n++;
    cli_item_clear(&item);
  }
  cli_source_free(src);
  return r < 0 ? SIZE_MAX : n;
}
