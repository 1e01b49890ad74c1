/* SPDX-License-Identifier: MIT */
/* Fiscal calendars (analytics.h): earn_fiscal_to_calendar and earn_calendar_to_fiscal.

   Every expectation in the tables was worked out by hand on a calendar, not by running the
   code: a fiscal year is named by the calendar year it ends in, shifted by the issuer's
   fy_offset (its FY n is the standard FY n - offset); its quarters are the runs of three
   months counted from the month after the year-end; and the calendar period of a fiscal one
   is the calendar period holding its middle month (the earlier of the two when the count is
   even). The comment on each row gives the months it covers. */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include <earnings/earnings.h>

#include "suites.h"

#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

typedef earn_status (*convert_fn)(const char *, size_t, int, int, char *, size_t);

typedef struct conv_case {
  const char *in;
  int fye, offset;
  earn_status status;
  const char *want; /* "" on error */
} conv_case;

#define OK(IN, FYE, OFF, WANT)                                                                     \
  { IN, FYE, OFF, EARN_OK, WANT }
#define ERR(IN, FYE, OFF, ST)                                                                      \
  { IN, FYE, OFF, ST, "" }

/* ---- earn_fiscal_to_calendar ------------------------------------------------------------- */

static const conv_case to_calendar_cases[] = {
    /* March year-end: FY2026 is April 2025 - March 2026. */
    OK("FY2026Q1", 3, 0, "2025Q2"),           /* Apr-Jun 2025 */
    OK("FY2026Q2", 3, 0, "2025Q3"),           /* Jul-Sep 2025 */
    OK("FY2026Q3", 3, 0, "2025Q4"),           /* Oct-Dec 2025 */
    OK("FY2026Q4", 3, 0, "2026Q1"),           /* Jan-Mar 2026 */
    OK("FY2026H1", 3, 0, "2025H1"),           /* Apr-Sep 2025: middle Jun/Jul, June */
    OK("FY2026H2", 3, 0, "2025H2"),           /* Oct 2025-Mar 2026: middle Dec/Jan, Dec */
    OK("FY2026", 3, 0, "2025"),               /* Apr 2025-Mar 2026: middle Sep/Oct 2025 */
    OK("FY2026Q1-Q3", 3, 0, "2025Q2-Q4"),     /* Apr-Dec 2025 */
    OK("FY2026Q2-Q4", 3, 0, "2025Q3-2026Q1"), /* Jul 2025-Mar 2026 */
    OK("FY2026Q2-Q3", 3, 0, "2025H2"),        /* Jul-Dec 2025: middle Sep/Oct, Sep */
    OK("FY2025Q3", 3, -1, "2025Q4"),          /* 2025年度 (named by its start): Oct-Dec 2025 */
    OK("FY2025", 3, -1, "2025"),              /* Apr 2025-Mar 2026 */
    /* June year-end: FY2026 is July 2025 - June 2026. */
    OK("FY2026Q1", 6, 0, "2025Q3"),           /* Jul-Sep 2025 */
    OK("FY2026Q2", 6, 0, "2025Q4"),           /* Oct-Dec 2025 */
    OK("FY2026Q3", 6, 0, "2026Q1"),           /* Jan-Mar 2026 */
    OK("FY2026Q4", 6, 0, "2026Q2"),           /* Apr-Jun 2026 */
    OK("FY2026H1", 6, 0, "2025H2"),           /* Jul-Dec 2025 */
    OK("FY2026H2", 6, 0, "2026H1"),           /* Jan-Jun 2026 */
    OK("FY2026", 6, 0, "2025"),               /* Jul 2025-Jun 2026: middle Dec/Jan, Dec */
    OK("FY2026Q1-Q3", 6, 0, "2025Q3-2026Q1"), /* Jul 2025-Mar 2026 */
    /* September year-end: FY2025 is October 2024 - September 2025. */
    OK("FY2025Q1", 9, 0, "2024Q4"),           /* Oct-Dec 2024 */
    OK("FY2025Q2", 9, 0, "2025Q1"),           /* Jan-Mar 2025 */
    OK("FY2025Q4", 9, 0, "2025Q3"),           /* Jul-Sep 2025 */
    OK("FY2025H1", 9, 0, "2024H2"),           /* Oct 2024-Mar 2025: middle Dec/Jan, Dec */
    OK("FY2025H2", 9, 0, "2025H1"),           /* Apr-Sep 2025: middle Jun/Jul, June */
    OK("FY2025", 9, 0, "2025"),               /* Oct 2024-Sep 2025: middle Mar/Apr, March */
    OK("FY2025Q1-Q3", 9, 0, "2024Q4-2025Q2"), /* Oct 2024-Jun 2025 */
    /* December year-end: the identity. */
    OK("FY2025Q1", 12, 0, "2025Q1"),
    OK("FY2025Q2", 12, 0, "2025Q2"),
    OK("FY2025Q3", 12, 0, "2025Q3"),
    OK("FY2025Q4", 12, 0, "2025Q4"),
    OK("FY2025H1", 12, 0, "2025H1"),
    OK("FY2025H2", 12, 0, "2025H2"),
    OK("FY2025", 12, 0, "2025"),
    OK("FY2025Q1-Q3", 12, 0, "2025Q1-Q3"),
    OK("FY2026Q1", 12, 1, "2025Q1"), /* an issuer one ahead: its FY2026 is 2025 */
    /* January year-end, numbered by the year it starts in (offset -1): the retailer's
       "fiscal 2024" is February 2024 - January 2025. */
    OK("FY2024Q1", 1, -1, "2024Q1"),       /* Feb-Apr 2024: middle March */
    OK("FY2024Q2", 1, -1, "2024Q2"),       /* May-Jul 2024: middle June */
    OK("FY2024Q3", 1, -1, "2024Q3"),       /* Aug-Oct 2024: middle September */
    OK("FY2024Q4", 1, -1, "2024Q4"),       /* Nov 2024-Jan 2025: middle December */
    OK("FY2024H1", 1, -1, "2024H1"),       /* Feb-Jul 2024: middle Apr/May, April */
    OK("FY2024H2", 1, -1, "2024H2"),       /* Aug 2024-Jan 2025: middle Oct/Nov, Oct */
    OK("FY2024", 1, -1, "2024"),           /* Feb 2024-Jan 2025: middle Jul/Aug, July */
    OK("FY2024Q1-Q3", 1, -1, "2024Q1-Q3"), /* Feb-Oct 2024 */
    /* January year-end named by the year it ends in (offset 0): the same months as FY2025. */
    OK("FY2025Q1", 1, 0, "2024Q1"), /* Feb-Apr 2024 */
    OK("FY2025Q4", 1, 0, "2024Q4"), /* Nov 2024-Jan 2025 */
    OK("FY2025", 1, 0, "2024"),     /* Feb 2024-Jan 2025 */
    OK("FY2026Q3", 1, 0, "2025Q3"), /* Aug-Oct 2025: middle September */
    /* Other straddling year-ends. */
    OK("FY2026Q1", 2, 0, "2025Q2"),  /* Mar-May 2025: middle April */
    OK("FY2026Q4", 2, 0, "2026Q1"),  /* Dec 2025-Feb 2026: middle January */
    OK("FY2025Q1", 8, 0, "2024Q4"),  /* Sep-Nov 2024: middle October */
    OK("FY2025Q1", 11, 0, "2025Q1"), /* Dec 2024-Feb 2025: middle January */
    OK("FY2025Q4", 11, 0, "2025Q4"), /* Sep-Nov 2025: middle October */
    OK("FY2026Q3", 4, 0, "2025Q4"),  /* Nov 2025-Jan 2026: middle December */
    /* Not fiscal periods with a year, or not in the spelling the library writes. */
    ERR("Q3", 3, 0, EARN_ERR_SYNTAX), /* no year */
    ERR("H1", 3, 0, EARN_ERR_SYNTAX),
    ERR("Q1-Q3", 3, 0, EARN_ERR_SYNTAX),
    ERR("2025Q4", 3, 0, EARN_ERR_SYNTAX), /* a calendar quarter */
    ERR("2025", 12, 0, EARN_ERR_SYNTAX),  /* a calendar year */
    ERR("3M@2025-12-31", 3, 0, EARN_ERR_SYNTAX),
    ERR("2025M10-M12", 3, 0, EARN_ERR_SYNTAX),
    ERR("", 3, 0, EARN_ERR_SYNTAX),
    ERR("FY", 3, 0, EARN_ERR_SYNTAX),
    ERR("FY26Q3", 3, 0, EARN_ERR_SYNTAX),
    ERR("FY1899Q3", 3, 0, EARN_ERR_SYNTAX), /* before the years labels may name */
    ERR("FY2026Q5", 3, 0, EARN_ERR_SYNTAX),
    ERR("FY2026H3", 3, 0, EARN_ERR_SYNTAX),
    ERR("FY2026Q3-Q1", 3, 0, EARN_ERR_SYNTAX),
    ERR("FY2026Q3x", 3, 0, EARN_ERR_SYNTAX), /* trailing bytes */
    ERR("FY2026Q3 ", 3, 0, EARN_ERR_SYNTAX),
    ERR(" FY2026Q3", 3, 0, EARN_ERR_SYNTAX),
    ERR("fy2026q3", 3, 0, EARN_ERR_SYNTAX),
    ERR("FY2026Q03", 3, 0, EARN_ERR_SYNTAX), /* one spelling per period */
    ERR("FY02026Q3", 3, 0, EARN_ERR_SYNTAX),
    ERR("FY2026Q1-Q4", 3, 0, EARN_ERR_SYNTAX), /* written FY2026 */
    ERR("FY2026Q1-Q2", 3, 0, EARN_ERR_SYNTAX), /* written FY2026H1 */
    ERR("FY2026Q3-Q3", 3, 0, EARN_ERR_SYNTAX), /* written FY2026Q3 */
    ERR("Revenue", 3, 0, EARN_ERR_SYNTAX),
    /* Bad arguments. */
    ERR("FY2026Q3", 0, 0, EARN_ERR_ARG),
    ERR("FY2026Q3", 13, 0, EARN_ERR_ARG),
    ERR("FY2026Q3", -3, 0, EARN_ERR_ARG),
    ERR("FY2199Q3", 3, -1, EARN_ERR_ARG), /* standard FY2200: past the label years */
    ERR("FY1900Q3", 3, 1, EARN_ERR_ARG),  /* standard FY1899 */
    ERR("FY2026Q3", 3, INT_MIN, EARN_ERR_ARG),
    ERR("FY2026Q3", 3, INT_MAX, EARN_ERR_ARG),
};

/* ---- earn_calendar_to_fiscal ------------------------------------------------------------- */

static const conv_case to_fiscal_cases[] = {
    /* March year-end: quarters end Jun, Sep, Dec, Mar and cover calendar quarters exactly. */
    OK("2025Q1", 3, 0, "FY2025Q4"),  /* Jan-Mar 2025 ends FY2025 */
    OK("2025Q2", 3, 0, "FY2026Q1"),  /* Apr-Jun 2025 */
    OK("2025Q3", 3, 0, "FY2026Q2"),  /* Jul-Sep 2025 */
    OK("2025Q4", 3, 0, "FY2026Q3"),  /* Oct-Dec 2025 */
    OK("2025Q4", 3, -1, "FY2025Q3"), /* 2025年度 */
    /* June year-end. */
    OK("2025Q2", 6, 0, "FY2025Q4"), /* Apr-Jun 2025 ends FY2025 */
    OK("2025Q3", 6, 0, "FY2026Q1"), /* Jul-Sep 2025 */
    OK("2026Q1", 6, 0, "FY2026Q3"), /* Jan-Mar 2026 */
    /* September year-end. */
    OK("2024Q4", 9, 0, "FY2025Q1"), /* Oct-Dec 2024 */
    OK("2025Q3", 9, 0, "FY2025Q4"), /* Jul-Sep 2025 */
    /* December year-end: the identity, and whole years. */
    OK("2025Q1", 12, 0, "FY2025Q1"), OK("2025Q4", 12, 0, "FY2025Q4"), OK("2025", 12, 0, "FY2025"),
    OK("2025", 12, 1, "FY2026"), OK("2025Q2", 12, -1, "FY2024Q2"),
    /* January year-end: the fiscal quarter whose middle month lies in the calendar quarter. */
    OK("2024Q1", 1, -1, "FY2024Q1"), /* Feb-Apr 2024: middle March */
    OK("2024Q2", 1, -1, "FY2024Q2"), /* May-Jul 2024: middle June */
    OK("2024Q3", 1, -1, "FY2024Q3"), /* Aug-Oct 2024: middle September */
    OK("2024Q4", 1, -1, "FY2024Q4"), /* Nov 2024-Jan 2025: middle December */
    OK("2025Q1", 1, -1, "FY2025Q1"), /* Feb-Apr 2025 */
    OK("2024Q1", 1, 0, "FY2025Q1"),  /* the same, named by the ending year */
    OK("2024Q4", 1, 0, "FY2025Q4"),
    /* February, April and November year-ends. */
    OK("2025Q1", 2, 0, "FY2025Q4"),  /* Dec 2024-Feb 2025: middle January */
    OK("2025Q2", 2, 0, "FY2026Q1"),  /* Mar-May 2025: middle April */
    OK("2025Q1", 4, 0, "FY2025Q4"),  /* Feb-Apr 2025: middle March */
    OK("2025Q4", 4, 0, "FY2026Q3"),  /* Nov 2025-Jan 2026: middle December */
    OK("2025Q1", 11, 0, "FY2025Q1"), /* Dec 2024-Feb 2025: middle January */
    OK("2025Q4", 11, 0, "FY2025Q4"), /* Sep-Nov 2025: middle October */
    /* A calendar year is one fiscal year only when the year ends in December. */
    ERR("2025", 3, 0, EARN_ERR_SYNTAX), ERR("2025", 1, -1, EARN_ERR_SYNTAX),
    ERR("2025", 11, 0, EARN_ERR_SYNTAX),
    /* Not calendar quarters or years in the spelling the library writes. */
    ERR("FY2025Q4", 12, 0, EARN_ERR_SYNTAX), ERR("FY2025", 12, 0, EARN_ERR_SYNTAX),
    ERR("Q4", 12, 0, EARN_ERR_SYNTAX), ERR("2025H1", 12, 0, EARN_ERR_SYNTAX),
    ERR("2025Q1-Q3", 12, 0, EARN_ERR_SYNTAX), ERR("2025Q5", 12, 0, EARN_ERR_SYNTAX),
    ERR("2025Q0", 12, 0, EARN_ERR_SYNTAX), ERR("2025q4", 12, 0, EARN_ERR_SYNTAX),
    ERR("02025Q4", 12, 0, EARN_ERR_SYNTAX), ERR("2025Q4 ", 12, 0, EARN_ERR_SYNTAX),
    ERR("1899Q4", 12, 0, EARN_ERR_SYNTAX), ERR("3M@2025-12-31", 12, 0, EARN_ERR_SYNTAX),
    ERR("2025M10-M12", 12, 0, EARN_ERR_SYNTAX), ERR("2025-12-31", 12, 0, EARN_ERR_SYNTAX),
    ERR("", 12, 0, EARN_ERR_SYNTAX),
    /* Bad arguments. */
    ERR("2025Q4", 0, 0, EARN_ERR_ARG), ERR("2025Q4", 13, 0, EARN_ERR_ARG),
    ERR("2199Q4", 3, 0, EARN_ERR_ARG), /* Oct-Dec 2199 falls in FY2200 */
    ERR("2025Q4", 12, 1000, EARN_ERR_ARG), ERR("2025Q4", 12, INT_MIN, EARN_ERR_ARG),
    OK("2199Q4", 12, 0, "FY2199Q4"), /* the last quarter that can be named */
};

/* Run one case three ways: as a C string, as bytes followed by more that must be ignored
   (the label is (pointer, length)), and into a buffer one byte short, which must fail with
   EARN_ERR_ARG and "" rather than write a truncated name. */
static void run_case(const char *fn_name, convert_fn fn, const conv_case *c) {
  char out[32];
  memset(out, 'x', sizeof out);
  earn_status st = fn(c->in, strlen(c->in), c->fye, c->offset, out, sizeof out);
  ck_assert_msg(st == c->status && strcmp(out, c->want) == 0,
                "%s(\"%s\", fye %d, offset %d) = %d \"%.31s\", want %d \"%s\"", fn_name, c->in,
                c->fye, c->offset, (int)st, out, (int)c->status, c->want);

  /* "Q1" after the label would make "FY2026" into FY2026Q1 and "2025" into 2025Q1. */
  char padded[64];
  snprintf(padded, sizeof padded, "%sQ1", c->in);
  memset(out, 'x', sizeof out);
  st = fn(padded, strlen(c->in), c->fye, c->offset, out, sizeof out);
  ck_assert_msg(st == c->status && strcmp(out, c->want) == 0,
                "%s(\"%s\" + ignored \"Q1\", fye %d, offset %d) = %d \"%.31s\", want %d \"%s\"",
                fn_name, c->in, c->fye, c->offset, (int)st, out, (int)c->status, c->want);

  if (c->status != EARN_OK)
    return;
  size_t need = strlen(c->want) + 1;
  memset(out, 'x', sizeof out);
  st = fn(c->in, strlen(c->in), c->fye, c->offset, out, need - 1);
  ck_assert_msg(st == EARN_ERR_ARG && out[0] == '\0',
                "%s(\"%s\", fye %d, offset %d) into %zu bytes = %d \"%.31s\", want %d \"\"",
                fn_name, c->in, c->fye, c->offset, need - 1, (int)st, out, (int)EARN_ERR_ARG);
  memset(out, 'x', sizeof out);
  st = fn(c->in, strlen(c->in), c->fye, c->offset, out, need);
  ck_assert_msg(st == EARN_OK && strcmp(out, c->want) == 0,
                "%s(\"%s\", fye %d, offset %d) into %zu bytes = %d \"%.31s\", want \"%s\"", fn_name,
                c->in, c->fye, c->offset, need, (int)st, out, c->want);
}

START_TEST(test_to_calendar) {
  run_case("fiscal_to_calendar", earn_fiscal_to_calendar, &to_calendar_cases[_i]);
}
END_TEST

START_TEST(test_to_fiscal) {
  run_case("calendar_to_fiscal", earn_calendar_to_fiscal, &to_fiscal_cases[_i]);
}
END_TEST

/* ---- round trips ------------------------------------------------------------------------- */

enum { RT_OFFSETS = 3, RT_YEARS = 4 };

/* _i runs over fye 1-12 x offset -1, 0, 1 x issuer years 2023-2026 x quarters 1-4. Fiscal
   quarter -> calendar -> fiscal must give the quarter back, and its calendar quarter must be
   the one holding its middle month, computed here on a line of months (year * 12 + month -
   1): the standard year FY n - offset ends in month fye of that year, and quarter q ends
   3 * (4 - q) months earlier. */
START_TEST(test_round_trip_fiscal) {
  int i = _i;
  int q = i % 4 + 1;
  i /= 4;
  int fy = 2023 + i % RT_YEARS;
  i /= RT_YEARS;
  int offset = i % RT_OFFSETS - 1;
  int fye = i / RT_OFFSETS + 1;

  char fiscal[16], cal[32], back[32], want_cal[16];
  snprintf(fiscal, sizeof fiscal, "FY%dQ%d", fy, q);
  int end = (fy - offset) * 12 + (fye - 1) - 3 * (4 - q);
  int middle = end - 1;
  snprintf(want_cal, sizeof want_cal, "%dQ%d", middle / 12, middle % 12 / 3 + 1);

  earn_status st = earn_fiscal_to_calendar(fiscal, strlen(fiscal), fye, offset, cal, sizeof cal);
  ck_assert_msg(st == EARN_OK && strcmp(cal, want_cal) == 0,
                "fiscal_to_calendar(%s, fye %d, offset %d) = %d \"%s\", want \"%s\"", fiscal, fye,
                offset, (int)st, cal, want_cal);
  st = earn_calendar_to_fiscal(cal, strlen(cal), fye, offset, back, sizeof back);
  ck_assert_msg(st == EARN_OK && strcmp(back, fiscal) == 0,
                "calendar_to_fiscal(%s, fye %d, offset %d) = %d \"%s\", want \"%s\" (round trip)",
                cal, fye, offset, (int)st, back, fiscal);
}
END_TEST

/* The other way: every calendar quarter of 2023-2026 names one fiscal quarter, which names
   the calendar quarter back. Together with the loop above, the two functions are inverse
   bijections on quarters for every year-end. */
START_TEST(test_round_trip_calendar) {
  int i = _i;
  int q = i % 4 + 1;
  i /= 4;
  int year = 2023 + i % RT_YEARS;
  i /= RT_YEARS;
  int offset = i % RT_OFFSETS - 1;
  int fye = i / RT_OFFSETS + 1;

  char cal[16], fiscal[32], back[32];
  snprintf(cal, sizeof cal, "%dQ%d", year, q);
  earn_status st = earn_calendar_to_fiscal(cal, strlen(cal), fye, offset, fiscal, sizeof fiscal);
  ck_assert_msg(st == EARN_OK, "calendar_to_fiscal(%s, fye %d, offset %d) = %d \"%s\"", cal, fye,
                offset, (int)st, fiscal);
  st = earn_fiscal_to_calendar(fiscal, strlen(fiscal), fye, offset, back, sizeof back);
  ck_assert_msg(st == EARN_OK && strcmp(back, cal) == 0,
                "fiscal_to_calendar(%s, fye %d, offset %d) = %d \"%s\", want \"%s\" (round trip)",
                fiscal, fye, offset, (int)st, back, cal);
}
END_TEST

/* With a December year-end a calendar year is a fiscal year, both ways. */
START_TEST(test_round_trip_year) {
  int offset = _i - 1;
  for (int year = 2020; year <= 2030; year++) {
    char cal[16], fiscal[32], back[32];
    snprintf(cal, sizeof cal, "%d", year);
    ck_assert_int_eq(earn_calendar_to_fiscal(cal, strlen(cal), 12, offset, fiscal, sizeof fiscal),
                     EARN_OK);
    ck_assert_int_eq(earn_fiscal_to_calendar(fiscal, strlen(fiscal), 12, offset, back, sizeof back),
                     EARN_OK);
    ck_assert_str_eq(back, cal);
  }
}
END_TEST

/* ---- arguments --------------------------------------------------------------------------- */

static const convert_fn both[] = {earn_fiscal_to_calendar, earn_calendar_to_fiscal};
static const char *const valid_input[] = {"FY2026Q3", "2025Q4"};

START_TEST(test_null) {
  convert_fn fn = both[_i];
  const char *in = valid_input[_i];
  char out[32] = "stale";
  ck_assert_int_eq(fn(NULL, 6, 3, 0, out, sizeof out), EARN_ERR_ARG);
  ck_assert_str_eq(out, "");
  ck_assert_int_eq(fn(NULL, 0, 3, 0, out, sizeof out), EARN_ERR_ARG);
  ck_assert_int_eq(fn(in, strlen(in), 3, 0, NULL, 32), EARN_ERR_ARG);
  ck_assert_int_eq(fn(in, strlen(in), 3, 0, NULL, 0), EARN_ERR_ARG);
}
END_TEST

/* No room even for the NUL: nothing may be written. */
START_TEST(test_zero_cap) {
  convert_fn fn = both[_i];
  const char *in = valid_input[_i];
  char out[2] = {'x', 'y'};
  ck_assert_int_eq(fn(in, strlen(in), 3, 0, out, 0), EARN_ERR_ARG);
  ck_assert_int_eq(out[0], 'x');
  ck_assert_int_eq(out[1], 'y');
}
END_TEST

/* A label with a NUL inside is no label, whatever comes before it; one longer than any label
   is rejected without being read past its length. */
START_TEST(test_odd_bytes) {
  convert_fn fn = both[_i];
  const char *in = valid_input[_i];
  char buf[64], out[32];
  size_t n = strlen(in);
  memcpy(buf, in, n + 1);
  ck_assert_int_eq(fn(buf, n + 1, 3, 0, out, sizeof out), EARN_ERR_SYNTAX);
  ck_assert_str_eq(out, "");
  memset(buf, '9', sizeof buf);
  ck_assert_int_eq(fn(buf, sizeof buf, 3, 0, out, sizeof out), EARN_ERR_SYNTAX);
  ck_assert_int_eq(fn(in, 0, 3, 0, out, sizeof out), EARN_ERR_SYNTAX);
}
END_TEST

/* The header promises that 24 bytes are always enough; the longest names are nine months
   across two calendar years and a label of nine months. */
START_TEST(test_24_bytes) {
  char out[24];
  ck_assert_int_eq(earn_fiscal_to_calendar("FY2199Q2-Q4", 11, 6, 0, out, sizeof out), EARN_OK);
  ck_assert_str_eq(out, "2198Q4-2199Q2"); /* Oct 2198-Jun 2199 */
  ck_assert_int_eq(earn_calendar_to_fiscal("2198Q4", 6, 9, 0, out, sizeof out), EARN_OK);
  ck_assert_str_eq(out, "FY2199Q1"); /* Oct-Dec 2198 */
}
END_TEST

Suite *calendar_suite(void) {
  Suite *s = suite_create("calendar");
  TCase *tc = tcase_create("cases");
  tcase_add_loop_test(tc, test_to_calendar, 0, COUNT_OF(to_calendar_cases));
  tcase_add_loop_test(tc, test_to_fiscal, 0, COUNT_OF(to_fiscal_cases));
  suite_add_tcase(s, tc);

  TCase *rt = tcase_create("round_trip");
  tcase_add_loop_test(rt, test_round_trip_fiscal, 0, 12 * RT_OFFSETS * RT_YEARS * 4);
  tcase_add_loop_test(rt, test_round_trip_calendar, 0, 12 * RT_OFFSETS * RT_YEARS * 4);
  tcase_add_loop_test(rt, test_round_trip_year, 0, RT_OFFSETS);
  suite_add_tcase(s, rt);

  TCase *args = tcase_create("arguments");
  tcase_add_loop_test(args, test_null, 0, COUNT_OF(both));
  tcase_add_loop_test(args, test_zero_cap, 0, COUNT_OF(both));
  tcase_add_loop_test(args, test_odd_bytes, 0, COUNT_OF(both));
  tcase_add_test(args, test_24_bytes);
  suite_add_tcase(s, args);
  return s;
}
