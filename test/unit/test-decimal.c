/* SPDX-License-Identifier: MIT */
/* Unit tests for lib/decimal.c: parsing, formatting and exact arithmetic, hand-computed. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal-notation.h"
#include "private.h"
#include "suites.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

#define Z10 "0000000000"
#define Z20 Z10 Z10
#define Z30 Z20 Z10
#define Z40 Z30 Z10
#define Z7 "0000000"
#define Z8 "00000000"
#define Z9 "000000000"
#define Z29 Z20 Z9
#define Z37 Z30 Z7
#define Z38 Z30 Z8
#define Z39 Z30 Z9
#define NINES38 "99999999999999999999999999999999999999"
#define TEN37 "1" Z37     /* 10^37: 38 digits */
#define TINY "0." Z39 "1" /* 10^-40, the smallest step */

#define OK EARN_OK
#define OVER EARN_ERR_OVERFLOW
#define SYNTAX EARN_ERR_SYNTAX

static void expect_text(earn_decimal d, const char *text, int32_t exp, const char *what) {
  char buf[EARN_DECIMAL_BUFSIZE];
  size_t n = earn_decimal_format(d, buf, sizeof buf);
  ck_assert_msg(strcmp(buf, text) == 0, "%s: got '%s', want '%s'", what, buf, text);
  ck_assert_msg(n == strlen(text), "%s: length %zu", what, n);
  ck_assert_msg(d.exponent == exp, "%s: exponent %d, want %d", what, (int)d.exponent, (int)exp);
}

/* ---- parse ------------------------------------------------------------------------------ */

typedef struct parse_ok_case {
  const char *in;
  const char *text;
  int32_t exp;
} parse_ok_case;

static const parse_ok_case PARSE_OK[] = {
    {"0", "0", 0},
    {"-0", "0", 0},
    {"+3", "3", 0},
    {"1.50", "1.50", -2},
    {"-12.50", "-12.50", -2},
    {".5", "0.5", -1},
    {"-.05", "-0.05", -2},
    {"007", "7", 0},
    {"000.000", "0.000", -3},
    {"-0.00", "0.00", -2},
    {"1.", "1", 0},
    {"3719.56", "3719.56", -2},
    {NINES38, NINES38, 0},
    {"1" Z38, "1" Z38, 1},         /* 10^38 as printed reads back: the 39th digit, a zero, */
    {"-1" Z38 ".00", "-1" Z38, 1}, /* and zeros after it, move into the exponent */
    {"-" NINES38, "-" NINES38, 0},
    {"00000" Z20 "1", "1", 0},
    {TINY, TINY, -40},
    {"-0." Z40, "0." Z40, -40},
    {"1000000000000000.000001", "1000000000000000.000001", -6},
    {"12345678901234567890.123456789012345678", "12345678901234567890.123456789012345678", -18},
    {"0.0012345678901234567890123456789012345678", "0.0012345678901234567890123456789012345678",
     -40},
};

START_TEST(parse_ok) {
  const parse_ok_case *c = &PARSE_OK[_i];
  earn_decimal d;
  earn_error err;
  memset(&err, 0xFF, sizeof err);
  earn_status st = earn_decimal_parse(c->in, strlen(c->in), &d, &err);
  ck_assert_msg(st == EARN_OK, "'%s': status %d", c->in, (int)st);
  expect_text(d, c->text, c->exp, c->in);
  earn_error untouched;
  memset(&untouched, 0xFF, sizeof untouched);
  ck_assert(memcmp(&err, &untouched, sizeof err) == 0); /* left alone on success */
}
END_TEST

typedef struct parse_err_case {
  const char *in;
  size_t len; /* 0: strlen(in) */
  earn_status code;
  size_t pos;
} parse_err_case;

static const parse_err_case PARSE_ERR[] = {
    {"", 0, SYNTAX, 0},
    {"-", 0, SYNTAX, 1},
    {"+", 0, SYNTAX, 1},
    {".", 0, SYNTAX, 1},
    {"-.", 0, SYNTAX, 2},
    {"abc", 0, SYNTAX, 0},
    {"1,000", 0, SYNTAX, 1},
    {"1e5", 0, SYNTAX, 1},
    {" 1", 0, SYNTAX, 0},
    {"1 ", 0, SYNTAX, 1},
    {"--1", 0, SYNTAX, 1},
    {"+-1", 0, SYNTAX, 1},
    {"1.2.3", 0, SYNTAX, 3},
    {"12a", 0, SYNTAX, 2},
    {"..5", 0, SYNTAX, 1},
    {"\xd9\xa1", 0, SYNTAX, 0},  /* ARABIC-INDIC DIGIT ONE is not an ASCII digit */
    {"1\0002", 3, SYNTAX, 1},    /* a NUL inside len is a bad byte, not the end */
    {"1" Z37 "1", 0, OVER, 38},  /* 39 significant digits */
    {"1" Z38 ".1", 0, OVER, 40}, /* zeros moved to the exponent leave no room for .1 */
    {"-123456789012345678901234567890123456789", 0, OVER, 39},
    {"00012345678901234567890123456789012345678.9", 0, OVER, 42},
    {"0." Z40 "1", 0, OVER, 42}, /* the 41st digit after the point */
    {"0." Z40 "0", 0, OVER, 42}, /* even a zero: the exponent would be -41 */
};

START_TEST(parse_err) {
  const parse_err_case *c = &PARSE_ERR[_i];
  size_t len = c->len ? c->len : strlen(c->in);
  earn_decimal d = earn_decimal_make(4242, true, 7), before = d;
  earn_error err;
  memset(&err, 0xFF, sizeof err);
  earn_status st = earn_decimal_parse(c->in, len, &d, &err);
  ck_assert_msg(st == c->code, "case %d: status %d, want %d", _i, (int)st, (int)c->code);
  ck_assert_int_eq(err.code, c->code);
  ck_assert_msg(err.pos == c->pos, "case %d: pos %zu, want %zu", _i, err.pos, c->pos);
  ck_assert_ptr_nonnull(err.msg);
  ck_assert_ptr_nonnull(memchr(err.detail, '\0', sizeof err.detail));
  ck_assert_int_eq(earn_decimal_cmp(d, before), 0); /* output untouched */
  ck_assert_int_eq(d.exponent, 7);
}
END_TEST

START_TEST(parse_args_and_length) {
  earn_decimal d;
  earn_error err;
  memset(&err, 0xFF, sizeof err);
  ck_assert_int_eq(earn_decimal_parse(NULL, 0, &d, &err), EARN_ERR_ARG);
  ck_assert_int_eq(err.code, EARN_ERR_ARG);
  ck_assert_uint_eq(err.pos, SIZE_MAX);
  ck_assert_int_eq(earn_decimal_parse("1", 1, NULL, NULL), EARN_ERR_ARG);
  /* Only len bytes are read: the input need not be NUL-terminated. */
  ck_assert_int_eq(earn_decimal_parse("12.5junk", 4, &d, NULL), EARN_OK);
  expect_text(d, "12.5", -1, "12.5 of 12.5junk");
  ck_assert_int_eq(earn_decimal_parse("-7", 1, &d, &err), EARN_ERR_SYNTAX);
  ck_assert_uint_eq(err.pos, 1);
}
END_TEST

/* ---- format ----------------------------------------------------------------------------- */

typedef struct format_case {
  uint64_t coef;
  bool neg;
  int32_t exp;
  const char *text;
} format_case;

static const format_case FORMAT[] = {
    {371956, false, 6, "371956000000"},
    {5, true, -2, "-0.05"},
    {150, false, -2, "1.50"},
    {0, false, -2, "0.00"},
    {0, false, 5, "0"},
    {0, true, 0, "0"},
    {7, false, 0, "7"},
    {123, false, -3, "0.123"},
    {123, false, -2, "1.23"},
    {1234, true, -1, "-123.4"},
    {1, false, 40, "1" Z40},
    {1, true, -40, "-" TINY},
    {UINT64_MAX, false, 0, "18446744073709551615"},
    {UINT64_MAX, true, -20, "-0.18446744073709551615"},
};

START_TEST(format_table) {
  const format_case *c = &FORMAT[_i];
  expect_text(earn_decimal_make(c->coef, c->neg, c->exp), c->text, c->exp, c->text);
}
END_TEST

START_TEST(format_limits) {
  char buf[EARN_DECIMAL_BUFSIZE];
  earn_decimal longest = dec("-" NINES38 "e40");
  size_t n = earn_decimal_format(longest, buf, sizeof buf);
  ck_assert_uint_eq(n, 79);
  ck_assert_str_eq(buf, "-" NINES38 Z40);
  n = earn_decimal_format(dec("-" NINES38 "e-40"), buf, sizeof buf);
  ck_assert_uint_eq(n, 43);
  ck_assert_str_eq(buf, "-0.00" NINES38);

  earn_decimal d = dec("-12.50");
  memset(buf, 'x', sizeof buf);
  ck_assert_uint_eq(earn_decimal_format(d, buf, 4), 6);
  ck_assert_str_eq(buf, "-12");
  ck_assert_int_eq(buf[4], 'x'); /* nothing written past cap */
  ck_assert_uint_eq(earn_decimal_format(d, buf, 1), 6);
  ck_assert_str_eq(buf, "");
  buf[0] = 'x';
  ck_assert_uint_eq(earn_decimal_format(d, buf, 0), 6);
  ck_assert_int_eq(buf[0], 'x');
  ck_assert_uint_eq(earn_decimal_format(d, NULL, 0), 6);
  ck_assert_uint_eq(earn_decimal_format(d, buf, 7), 6);
  ck_assert_str_eq(buf, "-12.50");

  /* Out-of-contract structs print as NaN rather than overrun anything. */
  earn_decimal bad = dec("1e41");
  ck_assert_uint_eq(earn_decimal_format(bad, buf, sizeof buf), 3);
  ck_assert_str_eq(buf, "NaN");
  bad.exponent = INT32_MIN;
  earn_decimal_format(bad, buf, sizeof buf);
  ck_assert_str_eq(buf, "NaN");
  bad = earn_decimal_make(0, false, 0);
  bad.coef_hi = INT64_MIN; /* -2^127: 39 digits */
  earn_decimal_format(bad, buf, sizeof buf);
  ck_assert_str_eq(buf, "NaN");
}
END_TEST

/* ---- add, sub, mul ---------------------------------------------------------------------- */

typedef struct arith_case {
  char op; /* + - * */
  const char *a;
  const char *b;
  earn_status code;
  const char *text;
  int32_t exp;
} arith_case;

static const arith_case ARITH[] = {
    {'+', "1.5", "2.25", OK, "3.75", -2},
    {'+', "1.50", "1", OK, "2.50", -2},
    {'+', "-1.5", "2.25", OK, "0.75", -2},
    {'+', "1.5", "-2.25", OK, "-0.75", -2},
    {'+', "-1.5", "-2.25", OK, "-3.75", -2},
    {'+', "0.00", "5", OK, "5.00", -2},
    {'+', "5", "-5.0", OK, "0.0", -1},
    {'+', "0.3", "-0.1", OK, "0.2", -1},
    {'+', "123.456", "-123.456", OK, "0.000", -3},
    {'+', "1e30", "1", OK, "1" Z29 "1", 0},
    {'+', "1000000000000000", "0.000001", OK, "1000000000000000.000001", -6},
    {'+', "1e-40", "1e-40", OK, "0." Z39 "2", -40},
    {'+', "5e40", "5e40", OK, "1" Z40 "0", 40},
    /* 10^38 has 39 digits but is exactly 10^37 * 10^1. */
    {'+', NINES38, "1", OK, "1" Z38, 1},
    {'+', NINES38, "2", OVER, NULL, 0},
    {'+', "-" NINES38, "-2", OVER, NULL, 0},
    {'+', "1e40", "1", OVER, NULL, 0},
    {'+', "1e-40", "1e38", OVER, NULL, 0},
    {'+', NINES38 "e40", "1e40", OVER, NULL, 0},
    {'+', "1e40", "-1e40", OK, "0", 40},
    {'-', "10", "0.01", OK, "9.99", -2},
    {'-', "0.01", "10", OK, "-9.99", -2},
    {'-', "-5", "-5", OK, "0", 0},
    {'-', "3719.56", "3719.560", OK, "0.000", -3},
    {'-', "0", "1.5", OK, "-1.5", -1},
    {'-', "-" NINES38, "1", OK, "-1" Z38, 1},
    {'-', "-" NINES38, "9", OVER, NULL, 0},
    {'-', "1", "1e-40", OVER, NULL, 0}, /* 0.999...9 needs 40 digits */
    {'-', "1", "1e-37", OK, "0.9999999999999999999999999999999999999", -37},
    {'*', "19.99", "3", OK, "59.97", -2},
    {'*', "3719.56", "100000000", OK, "371956000000.00", -2},
    {'*', "-1.5", "2", OK, "-3.0", -1},
    {'*', "-1.5", "-0.2", OK, "0.30", -2},
    {'*', "-3", "0.333", OK, "-0.999", -3},
    {'*', "0", "-5", OK, "0", 0},
    {'*', "0.00", "1e-39", OK, "0." Z40, -40},
    {'*', "25", "4", OK, "100", 0},
    {'*', "-0.001", "1000", OK, "-1.000", -3},
    {'*', TEN37, "100", OK, "1" Z39, 2}, /* 10^39, as 10^37 * 10^2 */
    {'*', "12345678901234567890", "98765432109876543210", OK,
     "1219326311370217952237463801111263526900", 2},
    {'*', "123456789012345678901234567890", "1000000000", OK,
     "123456789012345678901234567890000000000", 1},
    {'*', "1e30", "1e30", OK, "1" Z30 Z30, 40},
    {'*', "5e-21", "2e-20", OK, TINY, -40},
    {'*', NINES38, "2", OVER, NULL, 0},
    {'*', NINES38, NINES38, OVER, NULL, 0},
    {'*', "1e40", "1e40", OVER, NULL, 0},
    {'*', "1e-40", "0.1", OVER, NULL, 0},
};

static earn_status apply(char op, earn_decimal a, earn_decimal b, earn_decimal *out) {
  switch (op) {
  case '+':
    return earn_decimal_add(a, b, out);
  case '-':
    return earn_decimal_sub(a, b, out);
  default:
    return earn_decimal_mul(a, b, out);
  }
}

START_TEST(arith_table) {
  const arith_case *c = &ARITH[_i];
  char what[160];
  snprintf(what, sizeof what, "case %d: %s %c %s", _i, c->a, c->op, c->b);
  earn_decimal out = earn_decimal_make(4242, false, 0);
  earn_status st = apply(c->op, dec(c->a), dec(c->b), &out);
  ck_assert_msg(st == c->code, "%s: status %d, want %d", what, (int)st, (int)c->code);
  if (c->code == EARN_OK)
    expect_text(out, c->text, c->exp, what);
  else
    ck_assert_int_eq(earn_decimal_cmp(out, earn_decimal_from_int(4242)), 0);
}
END_TEST

/* ---- div and round ---------------------------------------------------------------------- */

enum {
  HE = EARN_ROUND_HALF_EVEN,
  HU = EARN_ROUND_HALF_UP,
  DN = EARN_ROUND_DOWN,
  FL = EARN_ROUND_FLOOR,
  CE = EARN_ROUND_CEILING,
  EX = EARN_ROUND_EXACT
};

typedef struct div_case {
  const char *a;
  const char *b; /* NULL: a round() case */
  int scale;
  int mode;
  earn_status code;
  const char *text; /* the exponent is always -scale */
} div_case;

static const div_case DIV[] = {
    {"100", "3", 2, HE, OK, "33.33"},
    {"-1", "3", 4, FL, OK, "-0.3334"},
    {"-1", "3", 4, CE, OK, "-0.3333"},
    {"-1", "3", 4, DN, OK, "-0.3333"},
    {"-1", "3", 4, HU, OK, "-0.3333"},
    {"1", "-3", 2, FL, OK, "-0.34"},
    {"1", "-3", 2, CE, OK, "-0.33"},
    {"2", "3", 2, HE, OK, "0.67"},
    {"2", "3", 2, DN, OK, "0.66"},
    {"5", "2", 0, HE, OK, "2"},
    {"5", "2", 0, HU, OK, "3"},
    {"5", "2", 0, DN, OK, "2"},
    {"5", "2", 0, FL, OK, "2"},
    {"5", "2", 0, CE, OK, "3"},
    {"7", "2", 0, HE, OK, "4"},
    {"-5", "2", 0, HE, OK, "-2"},
    {"-5", "2", 0, HU, OK, "-3"},
    {"-5", "2", 0, FL, OK, "-3"},
    {"-5", "2", 0, CE, OK, "-2"},
    {"5", "-2", 0, DN, OK, "-2"},
    {"-7", "-2", 0, HE, OK, "4"},
    {"10", "4", 1, HE, OK, "2.5"},
    {"1", "8", 3, EX, OK, "0.125"},
    {"1.5", "0.5", 0, EX, OK, "3"},
    {"1", "3", 5, EX, EARN_ERR_INEXACT, NULL},
    {"1", "0", 2, HE, EARN_ERR_DIVZERO, NULL},
    {"0", "0.00", 2, HE, EARN_ERR_DIVZERO, NULL},
    {"0", "7", 2, HE, OK, "0.00"},
    {"-0.00", "-7", 0, FL, OK, "0"},
    {"1", "0.0001", -2, HE, OK, "10000"},
    {"1234", "1", -2, HE, OK, "1200"},
    {"1250", "1", -2, HE, OK, "1200"},
    {"1250", "1", -2, HU, OK, "1300"},
    {"1", "3", 38, DN, OK, "0.33333333333333333333333333333333333333"},
    {"1", "3", 40, DN, OVER, NULL}, /* forty 3s */
    {"1e-40", "1e40", 2, HE, OK, "0.00"},
    {"1e-40", "1e40", 2, CE, OK, "0.01"},
    {"-1e-40", "1e40", 2, FL, OK, "-0.01"},
    {"-1e-40", "1e40", 2, EX, EARN_ERR_INEXACT, NULL},
    {"1e-40", "1e40", -40, CE, OK, "1" Z40}, /* 10^-80 up to the next 10^40 */
    {NINES38 "e-40", "-" NINES38 "e40", -40, HE, OK, "0"},
    {NINES38, NINES38, 37, EX, OK, "1.0000000000000000000000000000000000000"},
    {NINES38, NINES38, 38, EX, OVER, NULL},
    {NINES38, "0.1", 0, HE, OVER, NULL},
    {"1e40", "1e-40", 0, HE, OVER, NULL},
    {"1", "7", 41, HE, OVER, NULL},
    {"1", "7", -41, HE, OVER, NULL},
    {"22", "7", 10, HE, OK, "3.1428571429"},
    {"1000000000000000.000001", "1", 6, EX, OK, "1000000000000000.000001"},
    /* round(): the same machinery with a divisor of one */
    {"2.5", NULL, 0, HE, OK, "2"},
    {"2.5", NULL, 0, HU, OK, "3"},
    {"3.5", NULL, 0, HE, OK, "4"},
    {"-2.5", NULL, 0, HE, OK, "-2"},
    {"-2.5", NULL, 0, HU, OK, "-3"},
    {"-2.5", NULL, 0, FL, OK, "-3"},
    {"-2.5", NULL, 0, CE, OK, "-2"},
    {"-2.5", NULL, 0, DN, OK, "-2"},
    {"2.51", NULL, 0, HE, OK, "3"},
    {"2.49", NULL, 0, HU, OK, "2"},
    {"1.005", NULL, 2, HE, OK, "1.00"},
    {"1.015", NULL, 2, HE, OK, "1.02"},
    {"1.005", NULL, 2, HU, OK, "1.01"},
    {"1.23", NULL, 4, EX, OK, "1.2300"},
    {"1.23", NULL, 1, EX, EARN_ERR_INEXACT, NULL},
    {"1.20", NULL, 1, EX, OK, "1.2"},
    {"1234.5", NULL, -2, HE, OK, "1200"},
    {"1350", NULL, -2, HE, OK, "1400"},
    {"9.99", NULL, 1, HU, OK, "10.0"},
    {"0.0001", NULL, 2, CE, OK, "0.01"},
    {"0.0001", NULL, 2, FL, OK, "0.00"},
    {"-0.0001", NULL, 2, FL, OK, "-0.01"},
    {"-0.004", NULL, 2, HE, OK, "0.00"},
    {"1e-40", NULL, 40, EX, OK, TINY},
    {"1e40", NULL, -40, EX, OK, "1" Z40},
    {NINES38, NULL, 1, EX, OVER, NULL},
    {"5", NULL, 41, EX, OVER, NULL},
    {"5", NULL, INT_MIN, EX, OVER, NULL},
};

START_TEST(div_table) {
  const div_case *c = &DIV[_i];
  char what[160];
  snprintf(what, sizeof what, "case %d: %s / %s scale %d mode %d", _i, c->a, c->b ? c->b : "-",
           c->scale, c->mode);
  earn_decimal out = earn_decimal_make(4242, false, 0);
  earn_rounding mode = (earn_rounding)c->mode;
  earn_status st = c->b ? earn_decimal_div(dec(c->a), dec(c->b), c->scale, mode, &out)
                        : earn_decimal_round(dec(c->a), c->scale, mode, &out);
  ck_assert_msg(st == c->code, "%s: status %d, want %d", what, (int)st, (int)c->code);
  if (c->code == EARN_OK)
    expect_text(out, c->text, -c->scale, what);
  else
    ck_assert_int_eq(earn_decimal_cmp(out, earn_decimal_from_int(4242)), 0);
}
END_TEST

/* ---- shift, cmp, normalize -------------------------------------------------------------- */

typedef struct shift_case {
  const char *a;
  int power;
  earn_status code;
  const char *text;
  int32_t exp;
} shift_case;

static const shift_case SHIFT[] = {
    {"3719.56", 8, OK, "371956000000", 6},
    {"1.5", -2, OK, "0.015", -3},
    {"-7.25", 0, OK, "-7.25", -2},
    {"1e40", 1, OK, "1" Z40 "0", 40},
    {"1.000", 41, OK, "1" Z40 "0", 38},
    {"10e-40", -1, OK, TINY, -40},
    {"0", 100, OK, "0", 40},
    {TEN37 "e40", 1, OVER, NULL, 0},
    {"1e-40", -1, OVER, NULL, 0},
    {"5", INT_MAX, OVER, NULL, 0},
    {"5", INT_MIN, OVER, NULL, 0},
};

START_TEST(shift_table) {
  const shift_case *c = &SHIFT[_i];
  earn_decimal out = earn_decimal_make(4242, false, 0);
  earn_status st = earn_decimal_shift(dec(c->a), c->power, &out);
  ck_assert_msg(st == c->code, "case %d: status %d", _i, (int)st);
  if (c->code == EARN_OK)
    expect_text(out, c->text, c->exp, c->a);
}
END_TEST

typedef struct cmp_case {
  const char *a;
  const char *b;
  int want;
} cmp_case;

static const cmp_case CMP[] = {
    {"1.0", "1", 0},
    {"1.50", "1.5", 0},
    {"-1", "1", -1},
    {"0", "-0.00", 0},
    {"0.00", "1e-40", -1},
    {"1e-40", "0", 1},
    {"-5", "0", -1},
    {"-2", "-10", 1},
    {"-1e40", "-1e-40", -1},
    {"1e40", NINES38, 1},
    {NINES38 "e-40", "1", -1},
    {NINES38 "e-38", "1", -1},
    {TEN37 "e-37", "1", 0},
    {"123e38", "12300000000000000000000000000000000000e3", 0},
    {"123e38", "12300000000000000000000000000000000001e3", -1},
    {"3719.56", "3719.560001", -1},
    {"-" NINES38 "e40", NINES38 "e-40", -1},
};

START_TEST(cmp_table) {
  const cmp_case *c = &CMP[_i];
  earn_decimal a = dec(c->a), b = dec(c->b);
  ck_assert_msg(earn_decimal_cmp(a, b) == c->want, "case %d: %s <=> %s", _i, c->a, c->b);
  ck_assert_int_eq(earn_decimal_cmp(b, a), -c->want);
  ck_assert_int_eq(earn_decimal_cmp(a, a), 0);
}
END_TEST

typedef struct norm_case {
  const char *a;
  const char *text;
  int32_t exp;
} norm_case;

static const norm_case NORM[] = {
    {"1.50", "1.5", -1},
    {"100", "100", 2},
    {"0.00", "0", 0},
    {"0e7", "0", 0},
    {"-120.0", "-120", 1},
    {"7", "7", 0},
    {"1000e38", "1" Z40 "0", 40}, /* stops at the largest exponent */
    {TEN37 "e40", TEN37 Z40, 40}, /* already there: unchanged */
    {TINY, TINY, -40},
};

START_TEST(normalize_table) {
  const norm_case *c = &NORM[_i];
  earn_decimal d = dec(c->a), n = earn_decimal_normalize(d);
  expect_text(n, c->text, c->exp, c->a);
  ck_assert_int_eq(earn_decimal_cmp(n, d), 0);
}
END_TEST

/* ---- small pieces ----------------------------------------------------------------------- */

START_TEST(construction_and_sign) {
  expect_text(earn_decimal_from_int(0), "0", 0, "0");
  expect_text(earn_decimal_from_int(-1), "-1", 0, "-1");
  expect_text(earn_decimal_from_int(INT64_MIN), "-9223372036854775808", 0, "INT64_MIN");
  expect_text(earn_decimal_from_int(INT64_MAX), "9223372036854775807", 0, "INT64_MAX");
  earn_decimal m = earn_decimal_make(0, true, 3);
  ck_assert(earn_decimal_is_zero(m));
  ck_assert_int_eq(earn_decimal_sign(m), 0);
  ck_assert(!earn_decimal_is_zero(dec("0.01")));
  ck_assert_int_eq(earn_decimal_sign(dec("0.01")), 1);
  ck_assert_int_eq(earn_decimal_sign(dec("-" NINES38)), -1);
  expect_text(earn_decimal_negate(dec("1.50")), "-1.50", -2, "negate 1.50");
  expect_text(earn_decimal_negate(dec("-" NINES38)), NINES38, 0, "negate -max");
  expect_text(earn_decimal_negate(dec("0.00")), "0.00", -2, "negate 0.00");
  /* Two's complement layout, as documented in the header. */
  earn_decimal one = dec("-1");
  ck_assert_uint_eq(one.coef_lo, UINT64_MAX);
  ck_assert_int_eq(one.coef_hi, -1);
  earn_decimal big = dec(NINES38);
  ck_assert_uint_eq(big.coef_lo, UINT64_C(687399551400673279));
  ck_assert_int_eq(big.coef_hi, INT64_C(5421010862427522170));
}
END_TEST

START_TEST(bad_arguments) {
  earn_decimal one = earn_decimal_from_int(1), out;
  earn_decimal bad = dec("1e41");
  earn_decimal huge = earn_decimal_make(0, false, 0);
  huge.coef_hi = INT64_C(5421010862427522170);
  huge.coef_lo = UINT64_C(687399551400673280); /* exactly 10^38 */
  ck_assert_int_eq(earn_decimal_add(one, one, NULL), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_sub(one, one, NULL), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_mul(one, one, NULL), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_div(one, one, 0, EARN_ROUND_EXACT, NULL), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_round(one, 0, EARN_ROUND_EXACT, NULL), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_shift(one, 0, NULL), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_div(one, one, 0, (earn_rounding)99, &out), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_add(bad, one, &out), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_mul(one, huge, &out), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_shift(huge, 0, &out), EARN_ERR_ARG);
  ck_assert_int_eq(earn_decimal_round(bad, 0, EARN_ROUND_DOWN, &out), EARN_ERR_ARG);
  /* Comparison and normalisation stay defined even for such values. */
  ck_assert_int_eq(earn_decimal_cmp(huge, dec(NINES38)), 1);
  ck_assert_int_eq(earn_decimal_cmp(bad, one), 1);
  earn_decimal extreme = earn_decimal_make(10, false, INT32_MAX);
  ck_assert_int_eq(earn_decimal_normalize(extreme).exponent, INT32_MAX);
  ck_assert_int_eq(earn_decimal_cmp(extreme, earn_decimal_make(10, false, INT32_MIN)), 1);
}
END_TEST

/* ---- identities over pseudo-random operands --------------------------------------------- */

static uint64_t next_random(uint64_t *state) {
  uint64_t x = *state;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  *state = x;
  return x;
}

/* A decimal of 1 to 38 random digits, random sign and an exponent in [-40, 40]. */
static earn_decimal random_decimal(uint64_t *state) {
  char text[48];
  size_t n = 0;
  if (next_random(state) & 1)
    text[n++] = '-';
  size_t digits = 1 + next_random(state) % 38;
  for (size_t i = 0; i < digits; i++)
    text[n++] = (char)('0' + next_random(state) % 10);
  earn_decimal d;
  ck_assert_int_eq(earn_decimal_parse(text, n, &d, NULL), EARN_OK);
  d.exponent = (int32_t)(next_random(state) % 81) - 40;
  return d;
}

static void check_round_trip(earn_decimal a) {
  char buf[EARN_DECIMAL_BUFSIZE];
  size_t n = earn_decimal_format(a, buf, sizeof buf);
  ck_assert_uint_lt(n, EARN_DECIMAL_BUFSIZE);
  earn_decimal back;
  if (earn_decimal_parse(buf, n, &back, NULL) != EARN_OK)
    return; /* a positive exponent's zeros can exceed 38 digits */
  ck_assert_int_eq(earn_decimal_cmp(back, a), 0);
  if (a.exponent <= 0)
    ck_assert(back.coef_lo == a.coef_lo && back.coef_hi == a.coef_hi &&
              back.exponent == a.exponent);
}

static void check_add_sub(earn_decimal a, earn_decimal b) {
  earn_decimal sum, diff;
  if (earn_decimal_add(a, b, &sum) != EARN_OK)
    return;
  ck_assert_int_eq(earn_decimal_sub(sum, b, &diff), EARN_OK);
  ck_assert_int_eq(earn_decimal_cmp(diff, a), 0);
  int expected = earn_decimal_sign(b);
  ck_assert_int_eq(earn_decimal_cmp(sum, a), expected);
}

static void check_mul_div(earn_decimal a, earn_decimal b) {
  earn_decimal product, q;
  if (earn_decimal_is_zero(b) || earn_decimal_mul(a, b, &product) != EARN_OK)
    return;
  ck_assert_int_eq(earn_decimal_div(product, b, -a.exponent, EARN_ROUND_EXACT, &q), EARN_OK);
  ck_assert(q.coef_lo == a.coef_lo && q.coef_hi == a.coef_hi && q.exponent == a.exponent);
}

static void check_rounding_brackets(earn_decimal a, int scale) {
  earn_decimal lo, hi, near;
  if (earn_decimal_round(a, scale, EARN_ROUND_FLOOR, &lo) != EARN_OK ||
      earn_decimal_round(a, scale, EARN_ROUND_CEILING, &hi) != EARN_OK)
    return;
  ck_assert_int_le(earn_decimal_cmp(lo, a), 0);
  ck_assert_int_ge(earn_decimal_cmp(hi, a), 0);
  ck_assert_int_eq(earn_decimal_round(a, scale, EARN_ROUND_HALF_EVEN, &near), EARN_OK);
  ck_assert(earn_decimal_cmp(near, lo) == 0 || earn_decimal_cmp(near, hi) == 0);
}

START_TEST(random_identities) {
  uint64_t state = UINT64_C(0x9E3779B97F4A7C15);
  for (int i = 0; i < 3000; i++) {
    earn_decimal a = random_decimal(&state), b = random_decimal(&state);
    if (i % 4 == 0)
      b.exponent = a.exponent + (int32_t)(next_random(&state) % 5) - 2;
    if (b.exponent < -40 || b.exponent > 40)
      b.exponent = a.exponent;
    check_round_trip(a);
    check_add_sub(a, b);
    check_mul_div(a, b);
    check_rounding_brackets(a, (int)(next_random(&state) % 81) - 40);
    ck_assert_int_eq(earn_decimal_cmp(a, b), -earn_decimal_cmp(b, a));
  }
}
END_TEST

Suite *decimal_suite(void) {
  Suite *s = suite_create("decimal");
  TCase *tc = tcase_create("parse");
  tcase_add_loop_test(tc, parse_ok, 0, COUNT(PARSE_OK));
  tcase_add_loop_test(tc, parse_err, 0, COUNT(PARSE_ERR));
  tcase_add_test(tc, parse_args_and_length);
  suite_add_tcase(s, tc);

  tc = tcase_create("format");
  tcase_add_loop_test(tc, format_table, 0, COUNT(FORMAT));
  tcase_add_test(tc, format_limits);
  suite_add_tcase(s, tc);

  tc = tcase_create("arithmetic");
  tcase_add_loop_test(tc, arith_table, 0, COUNT(ARITH));
  tcase_add_loop_test(tc, div_table, 0, COUNT(DIV));
  tcase_add_loop_test(tc, shift_table, 0, COUNT(SHIFT));
  suite_add_tcase(s, tc);

  tc = tcase_create("compare");
  tcase_add_loop_test(tc, cmp_table, 0, COUNT(CMP));
  tcase_add_loop_test(tc, normalize_table, 0, COUNT(NORM));
  tcase_add_test(tc, construction_and_sign);
  tcase_add_test(tc, bad_arguments);
  suite_add_tcase(s, tc);

  tc = tcase_create("identities");
  tcase_add_test(tc, random_identities);
  suite_add_tcase(s, tc);
  return s;
}
