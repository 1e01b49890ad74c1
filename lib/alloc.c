/* SPDX-License-Identifier: MIT */
/* Allocator hooks: every allocation in the library goes through these, so a caller's
   allocator (or a failing test allocator) sees all of them. */
#include <stdlib.h>
#include <string.h>

#include "private.h"

static void *libc_malloc(size_t size, void *ctx) {
  (void)ctx;
  return malloc(size);
}

static void *libc_realloc(void *ptr, size_t size, void *ctx) {
  (void)ctx;
  return realloc(ptr, size);
}

static void libc_free(void *ptr, void *ctx) {
  (void)ctx;
  free(ptr);
}

void earn_allocator_init(earn_allocator *a, const earn_alloc *hooks) {
  if (hooks && hooks->malloc && hooks->realloc && hooks->free) {
    a->hooks = *hooks;
  } else {
    a->hooks.malloc = libc_malloc;
    a->hooks.realloc = libc_realloc;
    a->hooks.free = libc_free;
    a->hooks.ctx = NULL;
  }
}

void *earn_malloc(const earn_allocator *a, size_t size) {
  return a->hooks.malloc(size ? size : 1, a->hooks.ctx);
}

void *earn_calloc(const earn_allocator *a, size_t n, size_t size) {
  if (size && n > SIZE_MAX / size)
    return NULL;
  void *p = earn_malloc(a, n * size);
  if (p)
    memset(p, 0, n * size);
  return p;
}

void *earn_realloc(const earn_allocator *a, void *ptr, size_t size) {
  return a->hooks.realloc(ptr, size ? size : 1, a->hooks.ctx);
}

void earn_dealloc(const earn_allocator *a, void *ptr) {
  if (ptr)
    a->hooks.free(ptr, a->hooks.ctx);
}

bool earn_grow(const earn_allocator *a, void **array, size_t *cap, size_t need, size_t item) {
  if (need <= *cap)
    return true;
  size_t n = *cap ? *cap : 8;
  while (n < need) {
    if (n > SIZE_MAX / 2)
      return false;
    n *= 2;
  }
  if (item && n > SIZE_MAX / item)
    return false;
  void *p = earn_realloc(a, *array, n * item);
  if (!p)
    return false;
  *array = p;
  *cap = n;
  return true;
}

char *earn_strndup(const earn_allocator *a, const char *s, size_t len) {
  char *p = earn_malloc(a, len + 1);
  if (p) {
    memcpy(p, s, len);
    p[len] = '\0';
  }
  return p;
}
