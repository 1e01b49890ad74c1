/* SPDX-License-Identifier: MIT */
/* Fiscal periods (period.h): reading period labels, resolving them against the month the
   fiscal year ends, naming fiscal and calendar periods, stepping back a year or a quarter and
   finding the last day. Every expectation below was worked out by hand on a calendar: a
   fiscal year is named by the calendar year it ends in, its quarters are the runs of three
   months counted from the month after the year-end, and the calendar period of a fiscal one
   is the calendar period that holds its middle month (the earlier of the two middle months
   when the count is even). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "period.h"
#include "suites.h"

#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* -1 in an expectation means: not asserted. */
#define ANY (-1)

static const char *type_name(earn_plabel_type t) {
  switch (t) {
  case EARN_PL_NONE:
    return "none";
  case EARN_PL_FISCAL:
    return "fiscal";
  case EARN_PL_CALENDAR_Q:
    return "calendar_q";
  case EARN_PL_MONTHS:
    return "months";
  case EARN_PL_MONTH_RANGE:
    return "month_range";
  }
  return "?";
}

static void describe_label(const earn_plabel *l, char *buf, size_t cap) {
  snprintf(buf, cap, "{type=%s fy=%d qa=%d qb=%d year=%d month=%d months=%d}", type_name(l->type),
           l->fy, l->qa, l->qb, l->year, l->month, l->months);
}

static void describe_period(earn_fperiod p, char *buf, size_t cap) {
  snprintf(buf, cap, "{fy=%d qa=%d qb=%d}", p.fy, p.qa, p.qb);
}

/* ---- earn_plabel_parse ------------------------------------------------------------------- */

typedef struct parse_case {
  const char *label;
  bool ok;
  earn_plabel_type type;
  int fy, qa, qb, year, month, months; /* ANY: not asserted */
} parse_case;

#define FISCAL(L, FY, QA, QB)                                                                      \
  { L, true, EARN_PL_FISCAL, FY, QA, QB, 0, 0, ANY }
#define CALQ(L, Y, Q)                                                                              \
  { L, true, EARN_PL_CALENDAR_Q, 0, 0, 0, Y, Q, ANY }
#define MONTHS(L, Y, M, N)                                                                         \
  { L, true, EARN_PL_MONTHS, 0, 0, 0, Y, M, N }
#define MRANGE(L, Y, M, N)                                                                         \
  { L, true, EARN_PL_MONTH_RANGE, 0, 0, 0, Y, M, N }
#define REJECT(L)                                                                                  \
  { L, false, EARN_PL_NONE, 0, 0, 0, 0, 0, 0 }

static const parse_case parse_cases[] = {
    FISCAL("FY2026Q3", 2026, 3, 3),
    FISCAL("FY2026Q1", 2026, 1, 1),
    FISCAL("FY2026", 2026, 1, 4),
    FISCAL("FY2026H1", 2026, 1, 2),
    FISCAL("FY2026H2", 2026, 3, 4),
    FISCAL("FY2025Q1-Q3", 2025, 1, 3),
    FISCAL("FY2026Q2-Q4", 2026, 2, 4),
    FISCAL("Q4", 0, 4, 4),
    FISCAL("Q1", 0, 1, 1),
    FISCAL("H1", 0, 1, 2),
    FISCAL("H2", 0, 3, 4),
    FISCAL("Q1-Q3", 0, 1, 3),
    FISCAL("Q1-Q4", 0, 1, 4),
    FISCAL("2025", 2025, 1, 4), /* a bare year reads as that fiscal year */
    CALQ("2025Q4", 2025, 4),
    CALQ("2025Q1", 2025, 1),
    MONTHS("3M@2025-12-31", 2025, 12, 3),
    MONTHS("6M@2025-09-30", 2025, 9, 6),
    MONTHS("12M@2017-03-31", 2017, 3, 12),
    MONTHS("9M@2025-09-30", 2025, 9, 9),
    MONTHS("3M@2025-12", 2025, 12, 3),
    MRANGE("2025M10-M12", 2025, 12, 3),
    MRANGE("2025M01-M09", 2025, 9, 9),
    MRANGE("2025M11-M12", 2025, 12, 2),
    MRANGE("M10-M12", 0, 12, 3),
    MRANGE("M04-M06", 0, 6, 3),
    REJECT(""),
    REJECT("FY"),
    REJECT("FY26"),
    REJECT("Q5"),
    REJECT("Q0"),
    REJECT("H3"),
    REJECT("Q3-Q1"),
    REJECT("FY2026Q1-Q5"),
    REJECT("FY2026Q3x"),
    REJECT("13M"),
    REJECT("3M@"),
    REJECT("2025Q5"),
    REJECT("2025Q"),
    REJECT("M12"),
    REJECT("2025-12-31"),
    REJECT("2025-12"),
    REJECT("--03-17"),
    REJECT("T17:00"),
    REJECT("Revenue"),
    /* "nine months" with no end date: the quantity reader labels it 9M. */
    MONTHS("9M", 0, 0, 9),
};

static void run_parse(const parse_case *c) {
  earn_plabel l;
  memset(&l, 0x5A, sizeof l);
  bool ok = earn_plabel_parse(c->label, &l);
  char got[160];
  describe_label(&l, got, sizeof got);
  ck_assert_msg(ok == c->ok, "parse(\"%s\") returned %s, want %s; out=%s", c->label,
                ok ? "true" : "false", c->ok ? "true" : "false", ok ? got : "(untouched)");
  if (!ok)
    return;
  ck_assert_msg(l.type == c->type, "parse(\"%s\"): type %s, want %s; out=%s", c->label,
                type_name(l.type), type_name(c->type), got);
  const int want[] = {c->fy, c->qa, c->qb, c->year, c->month, c->months};
  const int have[] = {l.fy, l.qa, l.qb, l.year, l.month, l.months};
  static const char *const names[] = {"fy", "qa", "qb", "year", "month", "months"};
  for (int i = 0; i < 6; i++)
    ck_assert_msg(want[i] == ANY || want[i] == have[i], "parse(\"%s\"): %s %d, want %d; out=%s",
                  c->label, names[i], have[i], want[i], got);
}

START_TEST(test_parse) { run_parse(&parse_cases[_i]); }
END_TEST

/* ---- earn_plabel_resolve ----------------------------------------------------------------- */

typedef struct resolve_case {
  const char *label;
  int fye, default_fy;
  bool ok;
  int fy, qa, qb;
} resolve_case;

#define RES(L, FYE, DFY, FY, QA, QB)                                                               \
  { L, FYE, DFY, true, FY, QA, QB }
#define NORES(L, FYE, DFY)                                                                         \
  { L, FYE, DFY, false, 0, 0, 0 }

static const resolve_case resolve_cases[] = {
    /* Three months ended December 31, 2025, for each kind of fiscal year. */
    RES("3M@2025-12-31", 3, 0, 2026, 3, 3),  /* Apr-Mar year: Oct-Dec is Q3 of FY2026 */
    RES("3M@2025-12-31", 12, 0, 2025, 4, 4), /* calendar year */
    RES("3M@2025-12-31", 6, 0, 2026, 2, 2),  /* Jul-Jun year */
    RES("3M@2025-12-31", 9, 0, 2026, 1, 1),  /* Oct-Sep year */
    NORES("3M@2025-12-31", 1, 0),            /* Feb-Jan year: quarters end Apr, Jul, Oct, Jan */
    NORES("3M@2025-12-31", 2, 0),            /* Mar-Feb year: quarters end May, Aug, Nov, Feb */
    RES("3M@2025-10-31", 1, 0, 2026, 3, 3),  /* Aug-Oct 2025 in the year ending Jan 2026 */
    RES("3M@2025-01-31", 1, 0, 2025, 4, 4),  /* Nov 2024-Jan 2025 ends FY2025 */
    RES("3M@2025-04-30", 1, 0, 2026, 1, 1), RES("3M@2025-11-30", 2, 0, 2026, 3, 3),
    RES("6M@2025-09-30", 3, 0, 2026, 1, 2), /* Apr-Sep 2025: H1 of FY2026 */
    RES("6M@2025-06-30", 12, 0, 2025, 1, 2), RES("6M@2025-12-31", 12, 0, 2025, 3, 4),
    RES("6M@2025-12-31", 6, 0, 2026, 1, 2),
    RES("6M@2025-03-31", 9, 0, 2025, 1, 2),  /* Oct 2024-Mar 2025 */
    RES("6M@2025-09-30", 12, 0, 2025, 2, 3), /* Apr-Sep: the middle two quarters */
    NORES("6M@2026-03-31", 12, 0),           /* Oct 2025-Mar 2026 spans two calendar years */
    RES("9M@2025-12-31", 3, 0, 2026, 1, 3), RES("9M@2025-09-30", 12, 0, 2025, 1, 3),
    RES("9M@2026-03-31", 6, 0, 2026, 1, 3), RES("12M@2017-03-31", 3, 0, 2017, 1, 4),
    RES("12M@2025-12-31", 12, 0, 2025, 1, 4),
    NORES("12M@2017-03-31", 12, 0), /* Apr 2016-Mar 2017 is no calendar-year fiscal year */
    /* Calendar quarters. */
    RES("2025Q4", 3, 0, 2026, 3, 3), RES("2025Q4", 12, 0, 2025, 4, 4),
    RES("2025Q4", 6, 0, 2026, 2, 2), RES("2025Q4", 9, 0, 2026, 1, 1), NORES("2025Q4", 1, 0),
    NORES("2025Q4", 2, 0),
    NORES("2025Q3", 11, 0), /* Dec-Nov year: quarters end Feb, May, Aug, Nov */
    RES("2025Q1", 3, 0, 2025, 4, 4), RES("2025Q2", 3, 0, 2026, 1, 1),
    RES("2025Q3", 6, 0, 2026, 1, 1), RES("2025Q2", 6, 0, 2025, 4, 4),
    /* Ranges of calendar months. */
    RES("2025M10-M12", 3, 0, 2026, 3, 3), RES("2025M01-M09", 12, 0, 2025, 1, 3),
    NORES("2025M11-M12", 12, 0),          /* two months are no run of quarters */
    NORES("M10-M12", 3, 2026),            /* no year: cannot be placed */
    RES("3M@2025-12", 12, 0, 2025, 4, 4), /* the day may be missing */
    /* Fiscal labels: the label's own year, else the default; the year-end does not matter. */
    RES("FY2026Q3", 3, 0, 2026, 3, 3), RES("FY2026Q3", 12, 0, 2026, 3, 3),
    RES("FY2025Q1-Q3", 3, 2026, 2025, 1, 3), RES("Q3", 3, 2026, 2026, 3, 3), NORES("Q3", 3, 0),
    RES("H1", 12, 2025, 2025, 1, 2), RES("H2", 3, 2026, 2026, 3, 4),
    RES("Q1-Q3", 3, 2026, 2026, 1, 3), RES("2025", 3, 0, 2025, 1, 4),
    NORES("9M", 12, 2025), /* no end date: cannot be placed */
};

static void run_resolve(const resolve_case *c) {
  earn_plabel l;
  ck_assert_msg(earn_plabel_parse(c->label, &l), "bad case: \"%s\" does not parse", c->label);
  char lab[160];
  describe_label(&l, lab, sizeof lab);
  earn_fperiod p = {-7, 9, 9};
  bool ok = earn_plabel_resolve(&l, c->fye, c->default_fy, &p);
  char got[64], name[32];
  describe_period(p, got, sizeof got);
  earn_fperiod_name(p, name, sizeof name);
  ck_assert_msg(ok == c->ok,
                "resolve(\"%s\" %s, fye %d, default %d) returned %s, want %s; out=%s %s", c->label,
                lab, c->fye, c->default_fy, ok ? "true" : "false", c->ok ? "true" : "false", got,
                name);
  if (!ok)
    return;
  ck_assert_msg(p.fy == c->fy && p.qa == c->qa && p.qb == c->qb,
                "resolve(\"%s\" %s, fye %d, default %d) = %s %s, want {fy=%d qa=%d qb=%d}",
                c->label, lab, c->fye, c->default_fy, got, name, c->fy, c->qa, c->qb);
}

START_TEST(test_resolve) { run_resolve(&resolve_cases[_i]); }
END_TEST

/* ---- earn_fye_from_pair ------------------------------------------------------------------ */

typedef struct pair_case {
  earn_fperiod fiscal;
  const char *calendar;
  int fye;
} pair_case;

static const pair_case pair_cases[] = {
    {{2026, 3, 3}, "2025Q4", 3},
    {{2025, 4, 4}, "2025Q4", 12},
    {{2026, 2, 2}, "2025Q4", 6},
    {{2026, 1, 1}, "2025Q4", 9},
    {{2026, 4, 4}, "2026Q1", 3},
    {{2026, 3, 3}, "3M@2025-12-31", 3},
    {{2026, 3, 3}, "3M@2025-10-31", 1}, /* Q3 ends October: the year ends in January */
    {{2026, 2, 2}, "3M@2025-08-31", 2}, /* Q2 ends August: the year ends in February */
    /* A company that names its fiscal year by the year it starts in (2025年度 = Apr 2025 -
       Mar 2026) still tells the month. */
    {{2025, 3, 3}, "2025Q4", 3},
    {{2020, 3, 3}, "2025Q4", 0},        /* the years do not agree */
    {{2026, 1, 2}, "2025Q4", 0},        /* a half is no quarter */
    {{2026, 3, 3}, "2025", 0},          /* a year names no months */
    {{2026, 3, 3}, "6M@2025-12-31", 0}, /* six months are no quarter */
    {{2026, 3, 3}, "FY2025Q4", 0},      /* a fiscal label is no calendar one */
    {{0, 3, 3}, "2025Q4", 0},           /* unknown fiscal year */
    /* October to December 2025 (2025年10～12月) names the calendar months as well as 2025Q4. */
    {{2026, 3, 3}, "2025M10-M12", 3},
};

static void run_pair(const pair_case *c) {
  earn_plabel l;
  ck_assert_msg(earn_plabel_parse(c->calendar, &l), "bad case: \"%s\" does not parse", c->calendar);
  char fp[64], lab[160];
  describe_period(c->fiscal, fp, sizeof fp);
  describe_label(&l, lab, sizeof lab);
  int fye = earn_fye_from_pair(c->fiscal, &l);
  ck_assert_msg(fye == c->fye, "fye_from_pair(%s, \"%s\" %s) = %d, want %d", fp, c->calendar, lab,
                fye, c->fye);
}

START_TEST(test_pair) { run_pair(&pair_cases[_i]); }
END_TEST

/* ---- names ------------------------------------------------------------------------------- */

typedef struct name_case {
  earn_fperiod p;
  int fye; /* calendar names only */
  const char *name;
} name_case;

static const name_case name_cases[] = {
    {{2026, 3, 3}, 0, "FY2026Q3"},
    {{2026, 1, 1}, 0, "FY2026Q1"},
    {{2026, 4, 4}, 0, "FY2026Q4"},
    {{2026, 1, 2}, 0, "FY2026H1"},
    {{2026, 3, 4}, 0, "FY2026H2"},
    {{2026, 1, 4}, 0, "FY2026"},
    {{2026, 1, 3}, 0, "FY2026Q1-Q3"},
    {{2026, 2, 4}, 0, "FY2026Q2-Q4"},
    {{2026, 2, 3}, 0, "FY2026Q2-Q3"},
    {{0, 3, 3}, 0, ""},
    {{2026, 0, 0}, 0, ""},
    {{2026, 3, 2}, 0, ""},
    {{2026, 3, 5}, 0, ""},
};

static void run_name(const name_case *c) {
  char out[32];
  memset(out, 'x', sizeof out);
  earn_fperiod_name(c->p, out, sizeof out);
  char fp[64];
  describe_period(c->p, fp, sizeof fp);
  ck_assert_msg(strcmp(out, c->name) == 0, "name(%s) = \"%s\", want \"%s\"", fp, out, c->name);
}

START_TEST(test_name) { run_name(&name_cases[_i]); }
END_TEST

START_TEST(test_name_truncated) {
  char out[6];
  memset(out, 'x', sizeof out);
  earn_fperiod_name((earn_fperiod){2026, 1, 3}, out, sizeof out);
  ck_assert_str_eq(out, "FY202");
  char one[1] = {'x'};
  earn_fperiod_name((earn_fperiod){2026, 3, 3}, one, sizeof one);
  ck_assert_int_eq(one[0], '\0');
}
END_TEST

static const name_case calendar_cases[] = {
    /* April-March years. */
    {{2026, 3, 3}, 3, "2025Q4"}, /* Oct-Dec 2025 */
    {{2026, 1, 1}, 3, "2025Q2"}, /* Apr-Jun 2025 */
    {{2026, 4, 4}, 3, "2026Q1"}, /* Jan-Mar 2026 */
    {{2026, 1, 4}, 3, "2025"},   /* Apr 2025-Mar 2026: middle months Sep/Oct 2025 */
    {{2026, 1, 2}, 3, "2025H1"}, /* Apr-Sep 2025: middle months Jun/Jul, June is in H1 */
    {{2026, 3, 4}, 3, "2025H2"}, /* Oct 2025-Mar 2026: middle months Dec/Jan */
    /* Calendar years. */
    {{2025, 4, 4}, 12, "2025Q4"},
    {{2025, 1, 4}, 12, "2025"},
    {{2025, 1, 2}, 12, "2025H1"},
    {{2025, 3, 4}, 12, "2025H2"},
    /* July-June years. */
    {{2026, 1, 1}, 6, "2025Q3"},
    {{2026, 4, 4}, 6, "2026Q2"},
    {{2026, 1, 4}, 6, "2025"}, /* Jul 2025-Jun 2026: middle months Dec/Jan */
    {{2026, 1, 3}, 6, "2025Q3-2026Q1"},
    /* February-January years (retail). */
    {{2026, 1, 1}, 1, "2025Q1"}, /* Feb-Apr 2025 */
    {{2026, 4, 4}, 1, "2025Q4"}, /* Nov 2025-Jan 2026 */
    {{2026, 1, 4}, 1, "2025"},   /* Feb 2025-Jan 2026 */
    {{2026, 1, 2}, 1, "2025H1"}, /* Feb-Jul 2025: middle months Apr/May */
    {{2026, 3, 4}, 1, "2025H2"}, /* Aug 2025-Jan 2026: middle months Oct/Nov */
    /* March-February years. */
    {{2026, 3, 3}, 2, "2025Q4"}, /* Sep-Nov 2025: middle month October */
    {{2026, 1, 2}, 2, "2025H1"}, /* Mar-Aug 2025: middle months May/Jun */
    /* October-September years. */
    {{2026, 1, 1}, 9, "2025Q4"}, /* Oct-Dec 2025 */
    {{2026, 1, 4}, 9, "2026"},   /* Oct 2025-Sep 2026: middle months Mar/Apr 2026 */
    {{2026, 3, 4}, 9, "2026H1"}, /* Apr-Sep 2026: middle months Jun/Jul, June is in H1 */
    /* Unknown. */
    {{0, 3, 3}, 3, ""},
    {{2026, 3, 2}, 3, ""},
    {{2026, 1, 3}, 3, "2025Q2-Q4"},  /* Apr-Dec 2025 */
    {{2025, 1, 3}, 12, "2025Q1-Q3"}, /* Jan-Sep 2025 */
};

static void run_calendar(const name_case *c) {
  char out[32];
  memset(out, 'x', sizeof out);
  earn_fperiod_calendar_name(c->p, c->fye, out, sizeof out);
  char fp[64], fname[32];
  describe_period(c->p, fp, sizeof fp);
  earn_fperiod_name(c->p, fname, sizeof fname);
  ck_assert_msg(strcmp(out, c->name) == 0, "calendar_name(%s %s, fye %d) = \"%s\", want \"%s\"", fp,
                fname, c->fye, out, c->name);
}

START_TEST(test_calendar) { run_calendar(&calendar_cases[_i]); }
END_TEST

/* ---- prior periods ----------------------------------------------------------------------- */

typedef struct step_case {
  bool quarter; /* prior quarter, else prior year */
  earn_fperiod from, to;
} step_case;

static const step_case step_cases[] = {
    {false, {2026, 3, 3}, {2025, 3, 3}}, {false, {2026, 1, 4}, {2025, 1, 4}},
    {false, {2026, 1, 3}, {2025, 1, 3}}, {false, {2026, 1, 2}, {2025, 1, 2}},
    {false, {0, 0, 0}, {0, 0, 0}},       {true, {2026, 3, 3}, {2026, 2, 2}},
    {true, {2026, 4, 4}, {2026, 3, 3}},  {true, {2026, 1, 1}, {2025, 4, 4}},
    {true, {2026, 1, 2}, {0, 0, 0}},     {true, {2026, 1, 4}, {0, 0, 0}},
    {true, {0, 0, 0}, {0, 0, 0}},
};

static void run_step(const step_case *c) {
  earn_fperiod got =
      c->quarter ? earn_fperiod_prior_quarter(c->from) : earn_fperiod_prior_year(c->from);
  char from[64], have[64], want[64];
  describe_period(c->from, from, sizeof from);
  describe_period(got, have, sizeof have);
  describe_period(c->to, want, sizeof want);
  /* Unknown is unknown whatever its quarters. */
  bool same =
      c->to.fy == 0 ? got.fy == 0 : got.fy == c->to.fy && got.qa == c->to.qa && got.qb == c->to.qb;
  ck_assert_msg(same, "prior_%s(%s) = %s, want %s", c->quarter ? "quarter" : "year", from, have,
                want);
}

START_TEST(test_step) { run_step(&step_cases[_i]); }
END_TEST

/* ---- end dates --------------------------------------------------------------------------- */

typedef struct end_case {
  earn_fperiod p;
  int fye;
  long ymd;
} end_case;

static const end_case end_cases[] = {
    {{2026, 3, 3}, 3, 20251231},  {{2026, 1, 4}, 3, 20260331},
    {{2026, 1, 2}, 3, 20250930},  {{2026, 1, 3}, 3, 20251231},
    {{2024, 4, 4}, 2, 20240229},  {{2023, 4, 4}, 2, 20230228},
    {{2100, 4, 4}, 2, 21000228},  {{2000, 4, 4}, 2, 20000229},
    {{2025, 1, 1}, 12, 20250331}, {{2025, 2, 2}, 12, 20250630},
    {{2025, 1, 4}, 12, 20251231}, {{2026, 1, 1}, 6, 20250930},
    {{2026, 1, 4}, 1, 20260131},  {{2026, 2, 2}, 1, 20250731},
    {{2026, 2, 2}, 9, 20260331},  {{2026, 3, 3}, 11, 20260831},
    {{2026, 1, 1}, 2, 20250531},  {{2028, 1, 1}, 11, 20280229},
    {{2026, 2, 3}, 6, 20260331},  {{0, 1, 4}, 3, 0},
};

static void run_end(const end_case *c) {
  char fp[64], fname[32];
  describe_period(c->p, fp, sizeof fp);
  earn_fperiod_name(c->p, fname, sizeof fname);
  long got = earn_fperiod_end_date(c->p, c->fye);
  ck_assert_msg(got == c->ymd, "end_date(%s %s, fye %d) = %ld, want %ld", fp, fname, c->fye, got,
                c->ymd);
}

START_TEST(test_end) { run_end(&end_cases[_i]); }
END_TEST

/* ---- every year-end against every calendar quarter of 2025 -------------------------------- */

/* A calendar quarter ending in month m is a fiscal quarter exactly when m - fye is a multiple
   of three; then it names itself back as its calendar period, ends on the last day of m, and
   paired with the fiscal quarter gives the year-end back. _i runs over fye 1-12 x quarter 1-4. */
START_TEST(test_quarter_grid) {
  int fye = _i / 4 + 1, q = _i % 4 + 1, end_month = 3 * q;
  char label[16];
  snprintf(label, sizeof label, "2025Q%d", q);
  earn_plabel l;
  ck_assert(earn_plabel_parse(label, &l));
  earn_fperiod p = {0, 0, 0};
  bool ok = earn_plabel_resolve(&l, fye, 0, &p);
  bool aligned = (end_month - fye + 12) % 3 == 0;
  char got[64];
  describe_period(p, got, sizeof got);
  ck_assert_msg(ok == aligned, "resolve(%s, fye %d) returned %s, want %s; out=%s", label, fye,
                ok ? "true" : "false", aligned ? "true" : "false", got);
  if (!ok)
    return;
  ck_assert_msg(p.qa == p.qb, "resolve(%s, fye %d) = %s, not one quarter", label, fye, got);
  /* The fiscal year is named by the calendar year it ends in. */
  int want_fy = end_month <= fye ? 2025 : 2026;
  ck_assert_msg(p.fy == want_fy, "resolve(%s, fye %d) = %s, want fy %d", label, fye, got, want_fy);
  char cal[32];
  earn_fperiod_calendar_name(p, fye, cal, sizeof cal);
  ck_assert_msg(strcmp(cal, label) == 0, "calendar_name(%s, fye %d) = \"%s\", want \"%s\"", got,
                fye, cal, label);
  static const int last_day[] = {31, 30, 30, 31}; /* Mar, Jun, Sep, Dec */
  long want_end = 2025L * 10000 + end_month * 100 + last_day[q - 1];
  ck_assert_msg(earn_fperiod_end_date(p, fye) == want_end, "end_date(%s, fye %d) = %ld, want %ld",
                got, fye, earn_fperiod_end_date(p, fye), want_end);
  ck_assert_msg(earn_fye_from_pair(p, &l) == fye, "fye_from_pair(%s, %s) = %d, want %d", got, label,
                earn_fye_from_pair(p, &l), fye);
}
END_TEST

Suite *period_suite(void) {
  Suite *s = suite_create("period");
  TCase *tc = tcase_create("cases");
  tcase_add_loop_test(tc, test_parse, 0, COUNT_OF(parse_cases));
  tcase_add_loop_test(tc, test_resolve, 0, COUNT_OF(resolve_cases));
  tcase_add_loop_test(tc, test_pair, 0, COUNT_OF(pair_cases));
  tcase_add_loop_test(tc, test_name, 0, COUNT_OF(name_cases));
  tcase_add_test(tc, test_name_truncated);
  tcase_add_loop_test(tc, test_calendar, 0, COUNT_OF(calendar_cases));
  tcase_add_loop_test(tc, test_step, 0, COUNT_OF(step_cases));
  tcase_add_loop_test(tc, test_end, 0, COUNT_OF(end_cases));
  tcase_add_loop_test(tc, test_quarter_grid, 0, 12 * 4);
  suite_add_tcase(s, tc);
  return s;
}
