/* SPDX-License-Identifier: MIT */
/* Replays saved inputs through a fuzz target without libFuzzer, so plain `meson test` (and
   valgrind or the sanitizers) run every corpus file and every saved crasher. */
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

/* Reads a whole file into a buffer of exactly its size, so that an overread past the input
   lands outside the allocation where ASan and valgrind see it. */
static int replay_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "%s: %s\n", path, strerror(errno));
    return -1;
  }
  size_t cap = 4096, len = 0;
  uint8_t *buf = malloc(cap);
  while (buf) {
    len += fread(buf + len, 1, cap - len, f);
    if (len < cap)
      break;
    uint8_t *bigger = realloc(buf, cap * 2);
    if (!bigger)
      free(buf);
    buf = bigger;
    cap *= 2;
  }
  int failed = !buf || ferror(f);
  fclose(f);
  if (failed) {
    fprintf(stderr, "%s: cannot read\n", path);
    free(buf);
    return -1;
  }
  uint8_t *exact = malloc(len ? len : 1);
  if (!exact) {
    free(buf);
    return -1;
  }
  memcpy(exact, buf, len);
  free(buf);
  /* Named first so that a crash's log says which input it was. */
  printf("%s\n", path);
  fflush(stdout);
  LLVMFuzzerTestOneInput(exact, len);
  free(exact);
  return 0;
}

static int replay_dir(const char *dir, size_t *count) {
  struct dirent **names;
  int n = scandir(dir, &names, NULL, alphasort);
  if (n < 0) {
    fprintf(stderr, "%s: %s\n", dir, strerror(errno));
    return -1;
  }
  int status = 0;
  for (int i = 0; i < n; i++) {
    char path[4096];
    struct stat st;
    int fits = snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name) < (int)sizeof path;
    if (fits && names[i]->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
      if (replay_file(path) != 0)
        status = -1;
      else
        ++*count;
    }
    free(names[i]);
  }
  free(names);
  return status;
}

int main(int argc, char **argv) {
  size_t count = 0;
  int status = EXIT_SUCCESS;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    int ok;
    if (stat(argv[i], &st) != 0) {
      fprintf(stderr, "%s: %s\n", argv[i], strerror(errno));
      ok = 0;
    } else if (S_ISDIR(st.st_mode)) {
      ok = replay_dir(argv[i], &count) == 0;
    } else {
      ok = replay_file(argv[i]) == 0;
      count += (size_t)ok;
    }
    if (!ok)
      status = EXIT_FAILURE;
  }
  printf("replayed %zu inputs\n", count);
  return status;
}
