/* SPDX-License-Identifier: MIT */
/* Test-only notation for decimals, shared by the suites that compute with them. */
#ifndef EARN_TEST_DECIMAL_NOTATION_H
#define EARN_TEST_DECIMAL_NOTATION_H

#include <stdlib.h>
#include <string.h>

#include <check.h>
#include <earnings/earnings.h>

/*
 * A plain decimal for earn_decimal_parse, optionally followed by `e<int>` which is added to the
 * exponent directly (so "1e40" is coefficient 1, exponent 40, "1e2" a rate of 100 stored as
 * 1E2, and "1e41" deliberately builds an out-of-range value).
 */
static inline earn_decimal dec(const char *s) {
  const char *e = strchr(s, 'e');
  size_t len = e ? (size_t)(e - s) : strlen(s);
  earn_decimal d;
  earn_status st = earn_decimal_parse(s, len, &d, NULL);
  ck_assert_msg(st == EARN_OK, "test operand '%s' does not parse (%d)", s, (int)st);
  if (e)
    d.exponent += (int32_t)strtol(e + 1, NULL, 10);
  return d;
}

#endif
