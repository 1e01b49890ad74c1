/* SPDX-License-Identifier: MIT */
/* Fuzz target: exact decimals must parse, print and compute consistently on any bytes. */
#include <inttypes.h>
#include <string.h>

#include <earnings/earnings.h>

#include "fuzz.h"

/* Input layout: byte 0 a scale, byte 1 a rounding mode, byte 2 a power of ten, each read
   relative to '0' so that seed files are text ("2" means 2); then "A B": two decimals. */
typedef struct params {
  int scale;
  earn_rounding mode;
  int power;
} params;

static int small_int(uint8_t b) { return ((int)b - '0') % 45; }

static int same(earn_decimal a, earn_decimal b) {
  return a.coef_lo == b.coef_lo && a.coef_hi == b.coef_hi && a.exponent == b.exponent;
}

static int in_range(earn_decimal d) { return d.exponent >= -40 && d.exponent <= 40; }

static void check_format(earn_decimal d) {
  char full[EARN_DECIMAL_BUFSIZE], part[EARN_DECIMAL_BUFSIZE];
  size_t n = earn_decimal_format(d, full, sizeof full);
  FUZZ_CHECK(n < sizeof full && strlen(full) == n);
  for (size_t cap = 0; cap <= n + 1; cap++) {
    memset(part, 'X', sizeof part);
    FUZZ_CHECK(earn_decimal_format(d, part, cap) == n);
    if (cap > 0)
      FUZZ_CHECK(strlen(part) == (cap <= n ? cap - 1 : n) && strncmp(part, full, cap - 1) == 0);
    else
      FUZZ_CHECK(part[0] == 'X');
  }
  /* A result such as 10^38 prints with more than 38 digits, which parse rejects: results may
     carry a positive exponent, parsed strings never do. */
  earn_decimal back;
  earn_status st = earn_decimal_parse(full, n, &back, NULL);
  FUZZ_CHECK(st == EARN_OK || (st == EARN_ERR_OVERFLOW && d.exponent > 0));
  if (st == EARN_OK)
    FUZZ_CHECK(earn_decimal_cmp(back, d) == 0);
}

static int parse(const char *s, size_t len, earn_decimal *out) {
  earn_error err;
  memset(&err, 0xFF, sizeof err);
  earn_status st = earn_decimal_parse(s, len, out, &err);
  if (st == EARN_OK) {
    FUZZ_CHECK(in_range(*out));
    return 1;
  }
  FUZZ_CHECK(st == EARN_ERR_SYNTAX || st == EARN_ERR_OVERFLOW);
  FUZZ_CHECK(err.code == st && err.msg != NULL);
  if (st == EARN_ERR_SYNTAX)
    FUZZ_CHECK(err.pos <= len);
  return 0;
}

/* Parsing what format printed gives back the same coefficient and exponent. */
static void check_round_trip(earn_decimal a) {
  char buf[EARN_DECIMAL_BUFSIZE], again[EARN_DECIMAL_BUFSIZE];
  size_t n = earn_decimal_format(a, buf, sizeof buf);
  earn_decimal back;
  FUZZ_CHECK(earn_decimal_parse(buf, n, &back, NULL) == EARN_OK);
  FUZZ_CHECK(same(back, a));
  FUZZ_CHECK(earn_decimal_format(back, again, sizeof again) == n && strcmp(buf, again) == 0);
  check_format(a);
}

static void check_unary(earn_decimal a, params p) {
  FUZZ_CHECK(earn_decimal_cmp(a, a) == 0);
  FUZZ_CHECK(earn_decimal_cmp(earn_decimal_normalize(a), a) == 0);
  earn_decimal neg = earn_decimal_negate(a);
  FUZZ_CHECK(earn_decimal_sign(neg) == -earn_decimal_sign(a));
  FUZZ_CHECK(same(earn_decimal_negate(neg), a));
  earn_decimal r, back;
  if (earn_decimal_add(a, earn_decimal_from_int(0), &r) == EARN_OK)
    FUZZ_CHECK(earn_decimal_cmp(r, a) == 0);
  if (earn_decimal_mul(a, earn_decimal_from_int(1), &r) == EARN_OK)
    FUZZ_CHECK(earn_decimal_cmp(r, a) == 0);
  /* Past the exponent range, shift moves zeros into the coefficient: equal, not identical. */
  if (earn_decimal_shift(a, p.power, &r) == EARN_OK) {
    FUZZ_CHECK(in_range(r));
    if (earn_decimal_shift(r, -p.power, &back) == EARN_OK)
      FUZZ_CHECK(earn_decimal_cmp(back, a) == 0);
  }
  earn_decimal lo, hi, down, exact;
  earn_status st_lo = earn_decimal_round(a, p.scale, EARN_ROUND_FLOOR, &lo);
  earn_status st_hi = earn_decimal_round(a, p.scale, EARN_ROUND_CEILING, &hi);
  if (st_lo == EARN_OK && st_hi == EARN_OK) {
    FUZZ_CHECK(lo.exponent == -p.scale && hi.exponent == -p.scale);
    FUZZ_CHECK(earn_decimal_cmp(lo, a) <= 0 && earn_decimal_cmp(a, hi) <= 0);
  }
  if (earn_decimal_round(a, p.scale, EARN_ROUND_DOWN, &down) == EARN_OK) {
    earn_decimal diff;
    if (earn_decimal_sub(a, down, &diff) == EARN_OK)
      FUZZ_CHECK(earn_decimal_sign(diff) * earn_decimal_sign(a) >= 0);
  }
  earn_status st = earn_decimal_round(a, p.scale, EARN_ROUND_EXACT, &exact);
  FUZZ_CHECK(st == EARN_OK || st == EARN_ERR_INEXACT || st == EARN_ERR_OVERFLOW);
  if (st == EARN_OK)
    FUZZ_CHECK(earn_decimal_cmp(exact, a) == 0);
  if (earn_decimal_round(a, p.scale, p.mode, &r) == EARN_OK)
    check_format(r);
}

static void check_binary(earn_decimal a, earn_decimal b, params p) {
  FUZZ_CHECK(earn_decimal_cmp(a, b) == -earn_decimal_cmp(b, a));
  earn_decimal ab, ba, back;
  earn_status st = earn_decimal_add(a, b, &ab);
  FUZZ_CHECK(st == earn_decimal_add(b, a, &ba));
  if (st == EARN_OK) {
    FUZZ_CHECK(same(ab, ba) && in_range(ab));
    if (earn_decimal_sub(ab, b, &back) == EARN_OK)
      FUZZ_CHECK(earn_decimal_cmp(back, a) == 0);
    check_format(ab);
  }
  st = earn_decimal_mul(a, b, &ab);
  FUZZ_CHECK(st == earn_decimal_mul(b, a, &ba));
  if (st == EARN_OK) {
    FUZZ_CHECK(earn_decimal_cmp(ab, ba) == 0 && in_range(ab));
    check_format(ab);
  }
  earn_decimal q, lo, hi;
  st = earn_decimal_div(a, b, p.scale, p.mode, &q);
  if (earn_decimal_sign(b) == 0) {
    FUZZ_CHECK(st == EARN_ERR_DIVZERO);
    return;
  }
  if (st == EARN_OK) {
    FUZZ_CHECK(q.exponent == -p.scale);
    check_format(q);
  }
  if (earn_decimal_div(a, b, p.scale, EARN_ROUND_FLOOR, &lo) == EARN_OK &&
      earn_decimal_div(a, b, p.scale, EARN_ROUND_CEILING, &hi) == EARN_OK)
    FUZZ_CHECK(earn_decimal_cmp(lo, hi) <= 0);
  if (earn_decimal_div(a, b, p.scale, EARN_ROUND_EXACT, &q) == EARN_OK &&
      earn_decimal_mul(q, b, &back) == EARN_OK)
    FUZZ_CHECK(earn_decimal_cmp(back, a) == 0);
}

static void check_from_int(const uint8_t *data, size_t size) {
  uint64_t bits = 0;
  for (size_t i = 0; i < size && i < 8; i++)
    bits = bits << 8 | data[i];
  int64_t value = (int64_t)bits; /* implementation-defined but two's complement everywhere */
  char want[32], got[EARN_DECIMAL_BUFSIZE];
  snprintf(want, sizeof want, "%" PRId64, value);
  earn_decimal_format(earn_decimal_from_int(value), got, sizeof got);
  FUZZ_CHECK(strcmp(want, got) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  check_from_int(data, size);
  if (size < 3)
    return 0;
  params p = {small_int(data[0]), (earn_rounding)(((unsigned)data[1] - '0') % 6u),
              small_int(data[2])};
  const char *text = (const char *)data + 3;
  size_t len = size - 3 < FUZZ_MAX_INPUT ? size - 3 : FUZZ_MAX_INPUT;
  earn_decimal whole, a, b;
  if (parse(text, len, &whole))
    check_round_trip(whole);
  const char *space = memchr(text, ' ', len);
  size_t a_len = space ? (size_t)(space - text) : len;
  if (!parse(text, a_len, &a))
    return 0;
  check_round_trip(a);
  check_unary(a, p);
  if (space && parse(space + 1, len - a_len - 1, &b)) {
    check_round_trip(b);
    check_binary(a, b, p);
  }
  return 0;
}
