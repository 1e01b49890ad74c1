/* SPDX-License-Identifier: MIT */
/* An allocator for out-of-memory tests: call number `fail_at` (1-based) fails, and `live`
   counts the blocks still allocated, so a test can check that a failure leaks nothing. */
#ifndef EARN_TEST_FAILING_ALLOC_H
#define EARN_TEST_FAILING_ALLOC_H

#include <stdlib.h>

#include <earnings/earnings.h>

typedef struct failing_alloc {
  long fail_at, calls, live;
} failing_alloc;

static inline void *failing_malloc(size_t n, void *ctx) {
  failing_alloc *f = ctx;
  if (++f->calls == f->fail_at)
    return NULL;
  void *p = malloc(n);
  f->live += p != NULL;
  return p;
}

static inline void *failing_realloc(void *p, size_t n, void *ctx) {
  failing_alloc *f = ctx;
  if (++f->calls == f->fail_at)
    return NULL;
  void *q = realloc(p, n);
  f->live += p == NULL && q != NULL;
  return q;
}

static inline void failing_free(void *p, void *ctx) {
  failing_alloc *f = ctx;
  f->live -= p != NULL;
  free(p);
}

/* Hooks that fail at call `fail_at` of `state`, with the counters reset. */
static inline earn_alloc failing_hooks(failing_alloc *state, long fail_at) {
  state->fail_at = fail_at;
  state->calls = state->live = 0;
  earn_alloc hooks = {failing_malloc, failing_realloc, failing_free, state};
  return hooks;
}

#endif
