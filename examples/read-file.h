/* SPDX-License-Identifier: MIT */
/* Reading a whole file, shared by the examples (the library takes bytes, not paths). */
#ifndef EARN_EXAMPLE_READ_FILE_H
#define EARN_EXAMPLE_READ_FILE_H

#include <stdio.h>
#include <stdlib.h>

/* The bytes of `path` in a malloc'd buffer and their count in *len; NULL on failure. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 1 << 16, n = 0, got;
  char *buf = malloc(cap);
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *bigger = realloc(buf, cap *= 2);
      if (!bigger)
        free(buf);
      buf = bigger;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

#endif
