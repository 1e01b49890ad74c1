/* SPDX-License-Identifier: MIT */
/* What the targets that read documents share: the options the first byte picks, one
   extractor for all inputs, and a writer that counts what it is given. */
#ifndef EARN_FUZZ_DOC_H
#define EARN_FUZZ_DOC_H

#include <earnings/earnings.h>

#include "fuzz.h"

/* The first input byte chooses the options: bit 0 replaces invalid UTF-8, bits 1-2 force a
   language (0 detects it). Seed files start with a digit '0'-'7' so they stay readable. */
static inline uint32_t fuzz_options_from_byte(uint8_t b) {
  static const uint32_t langs[] = {0, EARN_OPT_LANG_EN, EARN_OPT_LANG_JA, EARN_OPT_LANG_ZH};
  uint32_t opts = langs[(b >> 1) & 3u];
  if (b & 1u)
    opts |= EARN_OPT_REPLACE_INVALID;
  return opts;
}

/* Built once and kept: it is immutable, and building it per input would drown the fuzzer. */
static inline const earn_extractor *fuzz_shared_extractor(void) {
  static earn_extractor *ex;
  if (!ex) {
    earn_error err;
    ex = earn_extractor_new(NULL, &err);
    FUZZ_CHECK(ex != NULL);
  }
  return ex;
}

/* An earn_write_fn adding the bytes it gets to the size_t at ctx. */
static inline int fuzz_count_sink(const char *data, size_t len, void *ctx) {
  size_t *total = ctx;
  FUZZ_CHECK(len == 0 || data != NULL);
  *total += len;
  return 0;
}

#endif
