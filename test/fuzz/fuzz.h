/* SPDX-License-Identifier: MIT */
/* The libFuzzer entry point each target defines; main.c replays files through it. */
#ifndef EARN_FUZZ_H
#define EARN_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Inputs longer than this are cut: longer ones find nothing new and slow the fuzzer down. */
#define FUZZ_MAX_INPUT ((size_t)64 * 1024)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken invariant: report it and abort so that libFuzzer and the replayer both see it. */
#define FUZZ_CHECK(cond)                                                                           \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond);                 \
      abort();                                                                                     \
    }                                                                                              \
  } while (0)

#endif
