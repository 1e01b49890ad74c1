/* SPDX-License-Identifier: MIT */
/* The extractor a suite's test cases share (built in the checked fixture), and the language
   a table case is written in. */
#ifndef EARN_TEST_EXTRACTOR_FIXTURE_H
#define EARN_TEST_EXTRACTOR_FIXTURE_H

#include <stdint.h>

#include <check.h>
#include <earnings/earnings.h>

typedef enum test_lang { EN, JA, ZH } test_lang;

static earn_extractor *ex;

static void setup(void) {
  earn_error err;
  ex = earn_extractor_new(NULL, &err);
  ck_assert_msg(ex != NULL, "extractor: %s %s", err.msg, err.detail);
}

static void teardown(void) {
  earn_extractor_free(ex);
  ex = NULL;
}

/* The option that forces a case's language, so that a short sentence is read as written. */
static inline uint32_t lang_option(test_lang lang) {
  switch (lang) {
  case JA:
    return EARN_OPT_LANG_JA;
  case ZH:
    return EARN_OPT_LANG_ZH;
  default:
    return EARN_OPT_LANG_EN;
  }
}

#endif
