/* SPDX-License-Identifier: MIT */
/* Unit tests for lib/growth.c: growth rates, the intervals stated rates stand for, agreement of
   computed and stated growth, implied priors and CAGR. Every expectation was worked out by
   hand; the arithmetic is in the comments where it is not obvious. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal-notation.h"
#include "private.h"
#include "suites.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

#define OK EARN_OK
#define ARG EARN_ERR_ARG
#define OVER EARN_ERR_OVERFLOW
#define NM EARN_ERR_NOT_MEANINGFUL

#define EXACT EARN_QUAL_EXACT
#define APPROX EARN_QUAL_APPROX
#define AT_LEAST EARN_QUAL_AT_LEAST
#define MORE_THAN EARN_QUAL_MORE_THAN
#define AT_MOST EARN_QUAL_AT_MOST
#define LESS_THAN EARN_QUAL_LESS_THAN
#define BAD_QUAL ((earn_qualifier)42)

#define Z10 "0000000000"
#define Z30 Z10 Z10 Z10
#define Z39 Z30 "000000000"
#define Z40 Z30 Z10
#define E_MINUS_40 "0." Z39 "1" /* 10^-40, the smallest positive decimal */
#define E_PLUS_40 "1" Z40       /* 10^40 */
/* 200^15 = 2^15 * 10^30 and 201^15, 203^15 (exact integer powers, 35 digits). */
#define P200_15 "32768" Z30
#define P201_15 "35313507945286316289283147644203001"
#define P203_15 "40967604360130381639117243759855907"

static const char *text(earn_decimal d, char *buf) {
  earn_decimal_format(d, buf, EARN_DECIMAL_BUFSIZE);
  return buf;
}

static void expect_dec(earn_decimal got, const char *want, const char *what) {
  char buf[EARN_DECIMAL_BUFSIZE];
  ck_assert_msg(strcmp(text(got, buf), want) == 0, "%s: got %s, want %s", what, buf, want);
}

/* A decimal filled with a pattern, to see that failing calls leave outputs alone. */
static earn_decimal sentinel(void) {
  earn_decimal d;
  memset(&d, 0x5A, sizeof d);
  return d;
}

static void expect_untouched(const void *p, size_t size, const char *what) {
  unsigned char pattern[sizeof(earn_interval)];
  memset(pattern, 0x5A, sizeof pattern);
  ck_assert_msg(memcmp(p, pattern, size) == 0, "%s: output written on failure", what);
}

/* ---- earn_growth_pct ------------------------------------------------------------------ */

typedef struct growth_case {
  const char *current, *base;
  int scale;
  earn_status status;
  const char *want;
} growth_case;

static const growth_case GROWTH[] = {
    {"100", "80", 2, OK, "25.00"}, /* 20 / 80 = 0.25 */
    {"100", "80", 0, OK, "25"},
    {"0.05", "0.04", 2, OK, "25.00"},
    {"96.8", "100", 1, OK, "-3.2"}, /* a decline */
    {"1032", "1000", 2, OK, "3.20"},
    {"-20", "80", 2, OK, "-125.00"}, /* from a profit to a loss: -100 / 80 */
    {"80", "80", 2, OK, "0.00"},
    {"0", "80", 2, OK, "-100.00"},
    {"4", "3", 2, OK, "33.33"},  /* 1/3 = 0.3333... */
    {"2", "3", 2, OK, "-33.33"}, /* -1/3 */
    {"5", "3", 2, OK, "66.67"},  /* 2/3 = 0.6666... */
    /* Half-even at the scale: exact ties go to the even digit, anything past them away. */
    {"100.125", "100", 2, OK, "0.12"}, /* 0.125 -> 0.12 */
    {"100.375", "100", 2, OK, "0.38"}, /* 0.375 -> 0.38 */
    {"100.385", "100", 2, OK, "0.38"}, /* 0.385 -> 0.38 */
    {"99.875", "100", 2, OK, "-0.12"},
    {"100.1251", "100", 2, OK, "0.13"},
    {"102.5", "100", 0, OK, "2"},
    {"103.5", "100", 0, OK, "4"},
    /* 1e15 yuan and 38-digit values: no overflow. 1234567890123456.78 / 10^15 - 1 =
       0.23456789012345678. */
    {"1234567890123456.78", "1000000000000000", 2, OK, "23.46"},
    {"1234567890123456.78", "1000000000000000", 10, OK, "23.4567890123"},
    {"1000000000000000", "800000000000000", 2, OK, "25.00"},
    {"24691357802469135780246913578024691356", "12345678901234567890123456789012345678", 2, OK,
     "100.00"},
    {"1", "0." Z30 "1", 0, OK, "999999999999999999999999999999900"}, /* 10^33 - 100 */
    {E_PLUS_40, E_MINUS_40, 0, OVER, NULL},                          /* 10^82 percent */
    {"100", "0", 2, NM, NULL},
    {"100", "-80", 2, NM, NULL},
    {"100", "80", -1, ARG, NULL},
    {"100", "80", 11, ARG, NULL},
};

START_TEST(growth_table) {
  const growth_case *c = &GROWTH[_i];
  earn_decimal pct = sentinel();
  char what[160];
  snprintf(what, sizeof what, "growth(%s over %s, scale %d)", c->current, c->base, c->scale);
  earn_status st = earn_growth_pct(dec(c->current), dec(c->base), c->scale, &pct);
  ck_assert_msg(st == c->status, "%s: status %d, want %d", what, (int)st, (int)c->status);
  if (st == EARN_OK)
    expect_dec(pct, c->want, what);
  else
    expect_untouched(&pct, sizeof pct, what);
}
END_TEST

/* ---- earn_stated_rate_interval ---------------------------------------------------------- */

typedef struct interval_case {
  const char *pct;
  earn_qualifier qualifier;
  earn_status status;
  const char *low, *high; /* NULL: unbounded */
} interval_case;

static const interval_case INTERVAL[] = {
    {"9", EXACT, OK, "8.5", "9.5"},
    {"9.0", EXACT, OK, "8.95", "9.05"},
    {"-3.2", EXACT, OK, "-3.25", "-3.15"},
    {"36", EXACT, OK, "35.5", "36.5"},
    {"36", APPROX, OK, "35.5", "36.5"}, /* "about 36%": written to a unit all the same */
    {"12.34", APPROX, OK, "12.335", "12.345"},
    {"0", EXACT, OK, "-0.5", "0.5"},
    {"1e2", EXACT, OK, "99.5", "100.5"}, /* 100 stored as 1E2: still half a unit */
    {"100", AT_LEAST, OK, "100", NULL},  /* "triple-digit growth" */
    {"10", AT_LEAST, OK, "10", NULL},    /* "double-digit growth" */
    {"50", MORE_THAN, OK, "50", NULL},
    {"5", AT_MOST, OK, NULL, "5"},
    {"2.5", LESS_THAN, OK, NULL, "2.5"},
    {E_MINUS_40, EXACT, OVER, NULL, NULL}, /* half of 10^-40 has no decimal */
    {E_MINUS_40, AT_LEAST, OK, E_MINUS_40, NULL},
    {"9", BAD_QUAL, ARG, NULL, NULL},
};

static void expect_end(int has, earn_decimal d, const char *want, const char *what) {
  if (!want) {
    ck_assert_msg(!has, "%s: bounded, want unbounded", what);
    return;
  }
  ck_assert_msg(has, "%s: unbounded, want %s", what, want);
  expect_dec(d, want, what);
}

START_TEST(interval_table) {
  const interval_case *c = &INTERVAL[_i];
  earn_interval iv;
  memset(&iv, 0x5A, sizeof iv);
  char what[160], lo[200], hi[200];
  snprintf(what, sizeof what, "interval(%s, %s)", c->pct, earn_qualifier_name(c->qualifier));
  earn_status st = earn_stated_rate_interval(dec(c->pct), c->qualifier, &iv);
  ck_assert_msg(st == c->status, "%s: status %d, want %d", what, (int)st, (int)c->status);
  if (st != EARN_OK) {
    expect_untouched(&iv, sizeof iv, what);
    return;
  }
  snprintf(lo, sizeof lo, "%s low", what);
  snprintf(hi, sizeof hi, "%s high", what);
  expect_end(iv.has_low, iv.low, c->low, lo);
  expect_end(iv.has_high, iv.high, c->high, hi);
}
END_TEST

/* ---- earn_growth_agrees ----------------------------------------------------------------- */

typedef struct agree_case {
  const char *current, *base, *pct;
  earn_qualifier qualifier;
  earn_status status;
  int agrees;
} agree_case;

static const agree_case AGREE[] = {
    /* 100 / 91.74 = 1.0900370...: 9.0037% lies in [8.5, 9.5]. */
    {"100", "91.74", "9", EXACT, OK, 1},
    /* 100 / 92.5 = 1.081081...: 8.108% is below 8.5. */
    {"100", "92.5", "9", EXACT, OK, 0},
    /* Both edges of [8.5, 9.5] belong to it; a hair outside does not. */
    {"108.5", "100", "9", EXACT, OK, 1},
    {"109.5", "100", "9", EXACT, OK, 1},
    {"108.4999999", "100", "9", EXACT, OK, 0},
    {"109.5000001", "100", "9", EXACT, OK, 0},
    /* 9.0 stands for [8.95, 9.05]. */
    {"108.95", "100", "9.0", EXACT, OK, 1},
    {"109.05", "100", "9.0", EXACT, OK, 1},
    {"108.94", "100", "9.0", EXACT, OK, 0},
    {"109.06", "100", "9.0", EXACT, OK, 0},
    {"109.2", "100", "9", APPROX, OK, 1},
    /* A decline of 3.2%: [-3.25, -3.15]. */
    {"96.75", "100", "-3.2", EXACT, OK, 1},
    {"96.85", "100", "-3.2", EXACT, OK, 1},
    {"96.74", "100", "-3.2", EXACT, OK, 0},
    {"96.86", "100", "-3.2", EXACT, OK, 0},
    /* Open-ended statements check one side only. */
    {"110", "100", "10", AT_LEAST, OK, 1},
    {"109.99", "100", "10", AT_LEAST, OK, 0},
    {"1000", "100", "10", AT_LEAST, OK, 1},
    {"200", "100", "100", AT_LEAST, OK, 1}, /* triple-digit: doubled */
    {"199.99", "100", "100", MORE_THAN, OK, 0},
    {"105", "100", "5", AT_MOST, OK, 1},
    {"105.01", "100", "5", AT_MOST, OK, 0},
    {"50", "100", "5", LESS_THAN, OK, 1},
    /* 1.09e15 / 1e15: exactly 9%. */
    {"1090000000000000", "1000000000000000", "9", EXACT, OK, 1},
    {"1096000000000000", "1000000000000000", "9", EXACT, OK, 0}, /* 9.6% */
    {"100", "0", "9", EXACT, NM, 0},
    {"100", "-5", "9", EXACT, NM, 0},
    {"100", "91.74", "9", BAD_QUAL, ARG, 0},
};

START_TEST(agree_table) {
  const agree_case *c = &AGREE[_i];
  int agrees = 0x5A5A5A5A;
  char what[160];
  snprintf(what, sizeof what, "agrees(%s over %s, %s %s)", c->current, c->base,
           earn_qualifier_name(c->qualifier), c->pct);
  earn_status st =
      earn_growth_agrees(dec(c->current), dec(c->base), dec(c->pct), c->qualifier, &agrees);
  ck_assert_msg(st == c->status, "%s: status %d, want %d", what, (int)st, (int)c->status);
  if (st == EARN_OK)
    ck_assert_msg(agrees == c->agrees, "%s: %d, want %d", what, agrees, c->agrees);
  else
    ck_assert_msg(agrees == 0x5A5A5A5A, "%s: output written on failure", what);
}
END_TEST

/* ---- earn_implied_prior ----------------------------------------------------------------- */

typedef struct prior_case {
  const char *value, *pct;
  earn_qualifier qualifier;
  int scale;
  earn_status status;
  const char *point, *low, *high; /* low/high NULL: unbounded */
} prior_case;

static const prior_case PRIOR[] = {
    /* 109 / 1.09 = 100. The interval [8.5, 9.5] allows 10900 / 109.5 = 99.5433... up to
       10900 / 108.5 = 100.4608... */
    {"109", "9", EXACT, 2, OK, "100.00", "99.54", "100.46"},
    {"109", "9", EXACT, 0, OK, "100", "100", "100"},
    /* [8.95, 9.05]: 10900 / 109.05 = 99.9541..., 10900 / 108.95 = 100.0458... */
    {"109", "9.0", EXACT, 2, OK, "100.00", "99.95", "100.05"},
    /* A loss that grew 9%: the prior loss was 100, and now the ends keep their order:
       -10900 / 108.5 = -100.46 is the lower one. */
    {"-109", "9", EXACT, 2, OK, "-100.00", "-100.46", "-99.54"},
    /* A decline: 96.8 / 0.968 = 100; [-3.25, -3.15] gives 9680 / 96.85 = 99.9483... and
       9680 / 96.75 = 100.0516... */
    {"96.8", "-3.2", EXACT, 2, OK, "100.00", "99.95", "100.05"},
    /* 1.09e15 yuan: 1.09e17 / 109.5 = 995433789954337.899... and
       1.09e17 / 108.5 = 1004608294930875.576... */
    {"1090000000000000", "9", EXACT, 0, OK, "1000000000000000", "995433789954338",
     "1004608294930876"},
    /* Half-even: 1.5625 / 1.25 = 1.25 exactly -> 1.2; 156.25 / 125.5 = 1.2450... -> 1.2 and
       156.25 / 124.5 = 1.2550... -> 1.3. */
    {"1.5625", "25", EXACT, 1, OK, "1.2", "1.2", "1.3"},
    /* Open-ended rates. More growth means a smaller prior: "at least 10%" on 110 caps the
       prior at 100 and leaves it unbounded below; "at most 5%" on 105 the other way. */
    {"110", "10", AT_LEAST, 2, OK, "100.00", NULL, "100.00"},
    {"110", "10", MORE_THAN, 2, OK, "100.00", NULL, "100.00"},
    {"105", "5", AT_MOST, 2, OK, "100.00", "100.00", NULL},
    {"105", "5", LESS_THAN, 2, OK, "100.00", "100.00", NULL},
    /* For a loss the order flips with the value's sign. */
    {"-110", "10", AT_LEAST, 2, OK, "-100.00", "-100.00", NULL},
    {"-105", "5", AT_MOST, 2, OK, "-100.00", NULL, "-100.00"},
    /* Zero is zero whatever the rate. */
    {"0", "9", EXACT, 2, OK, "0.00", "0.00", "0.00"},
    {"0", "9", AT_LEAST, 2, OK, "0.00", "0.00", "0.00"},
    /* Close to -100%: [-99.95, -99.85] leaves 0.05% to 0.15% of the prior: 100 / 0.15 =
       666.666... and 100 / 0.05 = 2000; the point is 100 / 0.1 = 1000. */
    {"1", "-99.9", EXACT, 2, OK, "1000.00", "666.67", "2000.00"},
    {"109", "-100", EXACT, 2, NM, NULL, NULL, NULL},
    {"109", "-150", EXACT, 2, NM, NULL, NULL, NULL},
    {"109", "-100", AT_LEAST, 2, NM, NULL, NULL, NULL},
    {"109", "-100", AT_MOST, 2, NM, NULL, NULL, NULL},
    {"109", "9", EXACT, -1, ARG, NULL, NULL, NULL},
    {"109", "9", EXACT, 39, ARG, NULL, NULL, NULL},
    {"109", "9", BAD_QUAL, 2, ARG, NULL, NULL, NULL},
};

START_TEST(prior_table) {
  const prior_case *c = &PRIOR[_i];
  earn_decimal point = sentinel();
  earn_interval range;
  memset(&range, 0x5A, sizeof range);
  char what[160], lo[200], hi[200];
  snprintf(what, sizeof what, "prior(%s, %s %s, scale %d)", c->value,
           earn_qualifier_name(c->qualifier), c->pct, c->scale);
  earn_status st =
      earn_implied_prior(dec(c->value), dec(c->pct), c->qualifier, c->scale, &point, &range);
  ck_assert_msg(st == c->status, "%s: status %d, want %d", what, (int)st, (int)c->status);
  if (st != EARN_OK) {
    expect_untouched(&point, sizeof point, what);
    expect_untouched(&range, sizeof range, what);
    return;
  }
  expect_dec(point, c->point, what);
  snprintf(lo, sizeof lo, "%s low", what);
  snprintf(hi, sizeof hi, "%s high", what);
  expect_end(range.has_low, range.low, c->low, lo);
  expect_end(range.has_high, range.high, c->high, hi);
}
END_TEST

/* Either output may be NULL; both may not. */
START_TEST(prior_outputs) {
  earn_decimal point = sentinel();
  earn_interval range;
  memset(&range, 0x5A, sizeof range);
  ck_assert_int_eq(earn_implied_prior(dec("109"), dec("9"), EXACT, 2, &point, NULL), OK);
  expect_dec(point, "100.00", "point only");
  ck_assert_int_eq(earn_implied_prior(dec("109"), dec("9"), EXACT, 2, NULL, &range), OK);
  expect_end(range.has_low, range.low, "99.54", "range only, low");
  expect_end(range.has_high, range.high, "100.46", "range only, high");
  ck_assert_int_eq(earn_implied_prior(dec("109"), dec("9"), EXACT, 2, NULL, NULL), ARG);
  /* -100% has no prior even when only the range is asked for. */
  ck_assert_int_eq(earn_implied_prior(dec("109"), dec("-100"), EXACT, 2, NULL, &range), NM);
}
END_TEST

/* ---- earn_cagr -------------------------------------------------------------------------- */

typedef struct cagr_case {
  const char *first, *last;
  int years, scale;
  earn_status status;
  const char *want;
} cagr_case;

static const cagr_case CAGR[] = {
    {"100", "121", 2, 2, OK, "10.00"}, /* 1.1^2 = 1.21 */
    {"100", "121", 2, 10, OK, "10.0000000000"},
    {"1.21", "1.4641", 2, 2, OK, "10.00"}, /* 1.4641 / 1.21 = 1.21 */
    /* 2^(1/3) = 1.2599210498948731647...: 25.992104989... */
    {"100", "200", 3, 2, OK, "25.99"},
    {"100", "200", 3, 0, OK, "26"},
    {"100", "200", 3, 6, OK, "25.992105"},
    /* 2^(-1/3) = 0.7937005259840997...: -20.629947... */
    {"200", "100", 3, 2, OK, "-20.63"},
    {"100", "25", 2, 2, OK, "-50.00"}, /* sqrt(0.25) = 0.5 */
    {"4", "1", 2, 2, OK, "-50.00"},
    {"100", "50", 1, 2, OK, "-50.00"}, /* one year: plain growth */
    {"100", "100", 7, 2, OK, "0.00"},
    {"100", "0", 5, 2, OK, "-100.00"}, /* everything lost */
    {"100", "0", 1, 0, OK, "-100"},
    /* Exact ties are rounded half-even: 1.105^2 = 1.221025 (10.5% -> 10), 1.115^2 = 1.243225
       (11.5% -> 12). */
    {"100", "122.1025", 2, 0, OK, "10"},
    {"100", "122.1025", 2, 1, OK, "10.5"},
    {"100", "124.3225", 2, 0, OK, "12"},
    /* Ties beyond 19 digits: 201^15 / 200^15 = 1.005^15, so the rate is 0.5% exactly
       (-> 0), and 203^15 / 200^15 = 1.015^15 is 1.5% (-> 2). One unit more or less in the
       35-digit last value moves the rate off the tie by about 10^-35 of it. */
    {P200_15, P201_15, 15, 0, OK, "0"},
    {P200_15, P201_15, 15, 1, OK, "0.5"},
    {P200_15, "35313507945286316289283147644203002", 15, 0, OK, "1"},
    {P200_15, "35313507945286316289283147644203000", 15, 0, OK, "0"},
    {P200_15, P203_15, 15, 0, OK, "2"},
    {P200_15, "40967604360130381639117243759855906", 15, 0, OK, "1"},
    /* Many years. 1024^(1/100) = 2^(1/10) = 1.0717734625362931642...; 2^(1/1000) =
       1.000693387462580632...; 2^(1/10^6) = 1.00000069314742078650... */
    {"1", "1024", 100, 2, OK, "7.18"},
    {"1", "1024", 100, 10, OK, "7.1773462536"},
    {"1", "1024", 10, 2, OK, "100.00"},
    {"1", "2", 1000, 4, OK, "0.0693"},
    {"1", "2", 1000, 10, OK, "0.0693387463"},
    {"1", "2", 1000000, 10, OK, "0.0000693147"},
    /* 2^(1/(2^31 - 1)) - 1 = 3.2277e-10, ln 2 / (2^31 - 1). */
    {"1", "2", INT_MAX, 10, OK, "0.0000000323"},
    /* Ratios outside the range of a decimal: 10^80 over 80 years is 10 a year (900%), over
       40 years 100 (9900%), over 100 years 10^0.8 = 6.3095734448...; 10^-80 over 80 years is
       0.1 a year (-90%). */
    {E_MINUS_40, E_PLUS_40, 80, 2, OK, "900.00"},
    {E_MINUS_40, E_PLUS_40, 40, 2, OK, "9900.00"},
    {E_MINUS_40, E_PLUS_40, 100, 2, OK, "530.96"},
    {E_PLUS_40, E_MINUS_40, 80, 2, OK, "-90.00"},
    /* 10^-80 over two years: 10^-40 a year, -99.99...99% with 38 nines: -100 at 10 places. */
    {E_PLUS_40, E_MINUS_40, 2, 10, OK, "-100.0000000000"},
    /* 10^70 over two years: 10^35 a year, (10^35 - 1) * 100 = 10^37 - 100: 35 nines and two
       zeros; at one place 38 digits still fit, at two they do not. */
    {"1", "1" Z30 "0000000000000000000000000000000000000000", 2, 0, OK,
     "9999999999999999999999999999999999900"},
    {"1", "1" Z30 "0000000000000000000000000000000000000000", 2, 1, OK,
     "9999999999999999999999999999999999900.0"},
    {"1", "1" Z30 "0000000000000000000000000000000000000000", 2, 2, OVER, NULL},
    /* 10^70 / 3 has no exact root: its rate, 5.7735...e36, would need its 37 digits settled
       by products of more than 38 digits. An error rather than a doubtful last digit. */
    {"3", "1" Z30 "0000000000000000000000000000000000000000", 2, 0, OVER, NULL},
    {"0", "100", 2, 2, NM, NULL},
    {"-100", "100", 2, 2, NM, NULL},
    {"100", "-1", 2, 2, NM, NULL},
    {"100", "121", 0, 2, ARG, NULL},
    {"100", "121", -3, 2, ARG, NULL},
    {"100", "121", 2, -1, ARG, NULL},
    {"100", "121", 2, 11, ARG, NULL},
};

START_TEST(cagr_table) {
  const cagr_case *c = &CAGR[_i];
  earn_decimal pct = sentinel();
  char what[200];
  snprintf(what, sizeof what, "cagr(%s -> %s over %d years, scale %d)", c->first, c->last, c->years,
           c->scale);
  earn_status st = earn_cagr(dec(c->first), dec(c->last), c->years, c->scale, &pct);
  ck_assert_msg(st == c->status, "%s: status %d, want %d", what, (int)st, (int)c->status);
  if (st == EARN_OK)
    expect_dec(pct, c->want, what);
  else
    expect_untouched(&pct, sizeof pct, what);
}
END_TEST

/* ---- NULL outputs ------------------------------------------------------------------------ */

START_TEST(null_outputs) {
  earn_decimal a = dec("100"), b = dec("80"), rate = dec("9");
  ck_assert_int_eq(earn_growth_pct(a, b, 2, NULL), ARG);
  ck_assert_int_eq(earn_stated_rate_interval(rate, EXACT, NULL), ARG);
  ck_assert_int_eq(earn_growth_agrees(a, b, rate, EXACT, NULL), ARG);
  ck_assert_int_eq(earn_implied_prior(a, rate, EXACT, 2, NULL, NULL), ARG);
  ck_assert_int_eq(earn_cagr(b, a, 2, 2, NULL), ARG);
  /* A NULL output is reported before a base that makes growth meaningless. */
  ck_assert_int_eq(earn_growth_pct(a, dec("0"), 2, NULL), ARG);
  ck_assert_int_eq(earn_cagr(dec("0"), a, 2, 2, NULL), ARG);
}
END_TEST

Suite *growth_suite(void) {
  Suite *s = suite_create("growth");
  TCase *tc = tcase_create("growth");
  tcase_add_loop_test(tc, growth_table, 0, COUNT(GROWTH));
  tcase_add_loop_test(tc, interval_table, 0, COUNT(INTERVAL));
  tcase_add_loop_test(tc, agree_table, 0, COUNT(AGREE));
  suite_add_tcase(s, tc);

  tc = tcase_create("prior");
  tcase_add_loop_test(tc, prior_table, 0, COUNT(PRIOR));
  tcase_add_test(tc, prior_outputs);
  suite_add_tcase(s, tc);

  tc = tcase_create("cagr");
  tcase_add_loop_test(tc, cagr_table, 0, COUNT(CAGR));
  suite_add_tcase(s, tc);

  tc = tcase_create("arguments");
  tcase_add_test(tc, null_outputs);
  suite_add_tcase(s, tc);
  return s;
}
