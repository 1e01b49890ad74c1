/* SPDX-License-Identifier: MIT */
/* The fact store (analytics.h): series from facts CSVs and releases, the newest figure of a
   period winning, discrete quarters from cumulative figures, growth computed from values (and
   not meaningful over a zero or negative base), percentage points for ratios, TTM only for
   flows, margins, implied priors and the consistency checks. Every expected number below was
   worked out by hand; the arithmetic is in the comments. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <earnings/earnings.h>

#include "failing-alloc.h"
#include "suites.h"

#define COUNT_OF(a) ((int)(sizeof(a) / sizeof((a)[0])))

#define HEADER                                                                                     \
  "issuer,file,release_date,fiscal_year_end,metric,segment,basis,period,calendar_period,kind,"     \
  "value,unit,qualifier,yoy_pct,yoy_qualifier,qoq_pct\n"

/* A December year-end: five quarters of revenue, profits with a zero and a negative base, a
   margin given in percent, EPS. */
static const char csv_quarters[] =
    HEADER "Acme,a.csv,,12,revenue,,reported,FY2024Q4,,actual,80,USD,exact,,,\n"
           "Acme,a.csv,,12,revenue,,reported,FY2025Q1,,actual,90,USD,exact,,,\n"
           "Acme,a.csv,,12,revenue,,reported,FY2025Q2,,actual,95,USD,,,,\n"
           "Acme,a.csv,,12,revenue,,reported,FY2025Q3,,actual,100,USD,,,,\n"
           "Acme,a.csv,,12,revenue,,reported,FY2025Q4,,actual,120,USD,,50,,20\n"
           "Acme,a.csv,,12,operating_income,,reported,FY2024Q4,,actual,0,USD,,,,\n"
           "Acme,a.csv,,12,operating_income,,reported,FY2025Q4,,actual,30,USD,,,,\n"
           "Acme,a.csv,,12,net_income,,reported,FY2024Q4,,actual,-10,USD,,,,\n"
           "Acme,a.csv,,12,net_income,,reported,FY2025Q4,,actual,5,USD,,,,\n"
           "Acme,a.csv,,12,gross_margin,,reported,FY2024Q4,,actual,40,pct,,,,\n"
           "Acme,a.csv,,12,gross_margin,,reported,FY2025Q4,,actual,42.5,pct,,,,\n"
           "Acme,a.csv,,12,eps,,reported,FY2025Q1,,actual,0.10,USD,,,,\n"
           "Acme,a.csv,,12,eps,,reported,FY2025Q2,,actual,0.11,USD,,,,\n"
           "Acme,a.csv,,12,eps,,reported,FY2025Q3,,actual,0.12,USD,,,,\n"
           "Acme,a.csv,,12,eps,,reported,FY2025Q4,,actual,0.13,USD,,,,\n"
           "Acme,a.csv,,12,revenue,Cloud,reported,FY2025Q4,,actual,130,USD,,,,\n";

/* A March year-end reporting year-to-date figures, as 決算短信 do. */
static const char csv_cumulative[] =
    HEADER "Kabu,k.csv,,3,revenue,,reported,FY2026Q1,,actual,280,JPY,,,,\n"
           "Kabu,k.csv,,3,revenue,,reported,FY2026H1,,actual,580,JPY,,,,\n"
           "Kabu,k.csv,,3,revenue,,reported,FY2026Q1-Q3,,actual,900,JPY,,,,\n"
           "Kabu,k.csv,,3,revenue,,reported,FY2026,,actual,1250,JPY,,,,\n"
           "Kabu,k.csv,,3,revenue,,reported,FY2024,,actual,1000,JPY,,,,\n"
           "Kabu,k.csv,,3,users,,reported,FY2026H1,,actual,500,users,,,,\n"
           "Kabu,k.csv,,3,users,,reported,FY2026,,actual,700,users,,,,\n";

/* The same period in two releases: the newer restates it; and a stated rate that the values
   contradict; and a release dated before its period ends. */
static const char csv_restated[] = HEADER
    "Beta,old.csv,2025-02-10,12,revenue,,reported,FY2024Q4,,actual,100,USD,,,,\n"
    "Beta,new.csv,2026-02-10,12,revenue,,reported,FY2025Q4,,actual,120.4,USD,,20,,\n"
    "Beta,new.csv,2026-02-10,12,revenue,,reported,FY2024Q4,,actual,98,USD,,,,\n"
    "Beta,early.csv,2025-06-01,12,revenue,,reported,FY2025Q3,,actual,50,USD,,,,\n"
    "Beta,new.csv,2026-02-10,12,net_income,,reported,FY2025Q4,,actual,109,USD,,9,,\n"
    "Beta,new.csv,2026-02-10,12,gross_profit,,reported,FY2025Q4,,actual,13600000000,USD,,,,\n"
    "Beta,new.csv,2026-02-10,12,gross_profit,,reported,FY2025Q4,,actual,13589000000,USD,,,,\n";

/* Year ends other than December, told by the caller. */
static const char csv_calendars[] =
    HEADER "Shop,s.csv,,,revenue,,reported,FY2024Q4,,actual,10,USD,,,,\n"
           "Shop,s.csv,,,revenue,,reported,FY2024Q1,,actual,10,USD,,,,\n"
           "June,j.csv,,,revenue,,reported,FY2026Q1,,actual,10,USD,,,,\n"
           "Sept,t.csv,,,revenue,,reported,FY2025Q1,,actual,10,USD,,,,\n"
           "Dec,d.csv,,,revenue,,reported,FY2025Q3,,actual,10,USD,,,,\n";

/* One issuer under three names: with and without its company form, and not found at all. */
static const char csv_issuers[] =
    HEADER "\"Example Holdings, Inc.\",e1.csv,,12,revenue,,reported,FY2024Q4,,actual,100,USD,,,,\n"
           "Example Inc.,e2.csv,,12,revenue,,reported,FY2025Q4,,actual,110,USD,,,,\n"
           ",e3.csv,,12,revenue,,reported,FY2025Q3,,actual,105,USD,,,,\n";

/* No fiscal_year_end column: a fiscal quarter beside its calendar quarter tells a March year
   end (FY2026Q1 is Apr-Jun 2025). */
static const char csv_inferred[] = "metric,period,calendar_period,value,unit\n"
                                   "revenue,FY2026Q1,2025Q2,280,JPY\n"
                                   "revenue,FY2026Q1-Q3,2025Q2-Q4,900,JPY\n"
                                   "revenue,FY2026,2025,1250,JPY\n";

/* Two figures of one statement are the ends of a range; two statements of one release with
   different figures disagree. */
static const char csv_ranges[] = "metric,period,kind,value,unit,start,end\n"
                                 "revenue,FY2026,guidance,115,USD,10,40\n"
                                 "revenue,FY2026,guidance,120,USD,10,40\n"
                                 "net_income,FY2026,actual,7,USD,50,60\n"
                                 "net_income,FY2026,actual,9,USD,70,80\n";

typedef struct store_input {
  const char *csv;
} store_input;

static const store_input inputs[] = {{csv_quarters},  {csv_cumulative}, {csv_restated},
                                     {csv_calendars}, {csv_issuers},    {csv_inferred},
                                     {csv_ranges}};

static earn_store *load(int input) {
  ck_assert_int_lt(input, COUNT_OF(inputs));
  earn_error err;
  earn_store *s = earn_store_new(NULL, &err);
  ck_assert_ptr_nonnull(s);
  if (input == 3) {
    ck_assert_int_eq(earn_store_set_fiscal_year(s, "Shop", 1, -1), EARN_OK);
    ck_assert_int_eq(earn_store_set_fiscal_year(s, "June", 6, 0), EARN_OK);
    ck_assert_int_eq(earn_store_set_fiscal_year(s, "Sept", 9, 0), EARN_OK);
  }
  const char *csv = inputs[input].csv;
  earn_status st = earn_store_add_csv(s, csv, strlen(csv), "in.csv", &err);
  ck_assert_msg(st == EARN_OK, "add_csv: %s %s at %zu", err.msg, err.detail, err.pos);
  ck_assert_int_eq(earn_store_analyze(s, &err), EARN_OK);
  return s;
}

static const earn_point *find(const earn_store *s, const char *issuer, const char *metric,
                              const char *segment, const char *period) {
  for (size_t i = 0; i < earn_store_series_count(s); i++) {
    const earn_series *se = earn_store_series(s, i);
    if (strcmp(earn_series_issuer(se), issuer) || strcmp(earn_series_metric(se), metric) ||
        strcmp(earn_series_segment(se), segment))
      continue;
    for (size_t j = 0; j < earn_series_point_count(se); j++)
      if (strcmp(earn_point_period(earn_series_point(se, j)), period) == 0)
        return earn_series_point(se, j);
  }
  return NULL;
}

/* The fields a case may check; an expectation of "" means: not known. */
typedef enum field {
  F_VALUE,
  F_ORIGIN,
  F_CALENDAR,
  F_YOY,
  F_QOQ,
  F_YOY_STATUS,
  F_YOY_CHANGE,
  F_PP,
  F_TTM,
  F_MARGIN,
  F_IMPLIED,
  F_IMPLIED_LOW,
  F_IMPLIED_HIGH,
  F_SOURCES,
  F_SOURCE1_VALUE,
  F_CAGR,
  F_YOY_RANGE,
} field;

typedef struct point_case {
  int input;
  const char *issuer, *metric, *segment, *period;
  field field;
  const char *want;
} point_case;

static const point_case point_cases[] = {
    /* (120 - 80) / 80 = 50%; (120 - 100) / 100 = 20% */
    {0, "Acme", "revenue", "", "FY2025Q4", F_YOY, "50.00"},
    {0, "Acme", "revenue", "", "FY2025Q4", F_QOQ, "20.00"},
    {0, "Acme", "revenue", "", "FY2025Q4", F_YOY_CHANGE, "40"},
    {0, "Acme", "revenue", "", "FY2025Q1", F_QOQ, "12.50"}, /* 90 / 80 */
    {0, "Acme", "revenue", "", "FY2025Q1", F_YOY, ""},      /* no FY2024Q1 */
    {0, "Acme", "revenue", "", "FY2025Q4", F_CALENDAR, "2025Q4"},
    /* TTM: 90 + 95 + 100 + 120 = 405; at Q3: 80 + 90 + 95 + 100 = 365; at Q2 FY2024Q3 lacks */
    {0, "Acme", "revenue", "", "FY2025Q4", F_TTM, "405"},
    {0, "Acme", "revenue", "", "FY2025Q3", F_TTM, "365"},
    {0, "Acme", "revenue", "", "FY2025Q2", F_TTM, ""},
    /* never for per-share figures, even with four quarters */
    {0, "Acme", "eps", "", "FY2025Q4", F_TTM, ""},
    {0, "Acme", "eps", "", "FY2025Q4", F_QOQ, "8.33"}, /* 0.01 / 0.12 = 8.333% */
    /* over a zero and a negative base: not meaningful, with the absolute change */
    {0, "Acme", "operating_income", "", "FY2025Q4", F_YOY_STATUS, "not_meaningful"},
    {0, "Acme", "operating_income", "", "FY2025Q4", F_YOY_CHANGE, "30"},
    {0, "Acme", "net_income", "", "FY2025Q4", F_YOY_STATUS, "not_meaningful"},
    {0, "Acme", "net_income", "", "FY2025Q4", F_YOY_CHANGE, "15"},
    /* margin 30 / 120 = 25%; none where revenue of the period is missing */
    {0, "Acme", "operating_income", "", "FY2025Q4", F_MARGIN, "25.00"},
    {0, "Acme", "net_income", "", "FY2025Q4", F_MARGIN, "4.17"}, /* 5 / 120 = 4.1666 */
    {0, "Acme", "revenue", "", "FY2025Q4", F_MARGIN, ""},
    /* a ratio grows in percentage points: 42.5 - 40 */
    {0, "Acme", "gross_margin", "", "FY2025Q4", F_YOY, "2.5"},
    {0, "Acme", "gross_margin", "", "FY2025Q4", F_PP, "1"},
    {0, "Acme", "gross_margin", "", "FY2025Q4", F_TTM, ""},
    {0, "Acme", "revenue", "", "FY2025Q4", F_PP, "0"},
    /* cumulative to discrete: Q2 = 580 - 280, Q3 = 900 - 580, Q4 = 1250 - 900 */
    {1, "Kabu", "revenue", "", "FY2026Q2", F_VALUE, "300"},
    {1, "Kabu", "revenue", "", "FY2026Q2", F_ORIGIN, "derived"},
    {1, "Kabu", "revenue", "", "FY2026Q3", F_VALUE, "320"},
    {1, "Kabu", "revenue", "", "FY2026Q4", F_VALUE, "350"},
    {1, "Kabu", "revenue", "", "FY2026H2", F_VALUE, "670"}, /* 1250 - 580 */
    {1, "Kabu", "revenue", "", "FY2026Q4", F_SOURCES, "2"},
    {1, "Kabu", "revenue", "", "FY2026Q4", F_TTM, "1250"}, /* 280 + 300 + 320 + 350 */
    {1, "Kabu", "revenue", "", "FY2026Q4", F_QOQ, "9.38"}, /* 30 / 320 = 9.375, half-even */
    {1, "Kabu", "revenue", "", "FY2026Q1", F_ORIGIN, "stated"},
    /* two years from 1000 to 1250: 1.25 ^ (1/2) = 1.118034, 11.80% a year */
    {1, "Kabu", "revenue", "", "FY2026", F_CAGR, "11.80 over 2"},
    {1, "Kabu", "revenue", "", "FY2024", F_CAGR, ""},
    {1, "Kabu", "users", "", "FY2026", F_CAGR, ""}, /* no earlier year */
    /* a March year end: Jan-Mar 2026 and Oct-Dec 2025 */
    {1, "Kabu", "revenue", "", "FY2026Q4", F_CALENDAR, "2026Q1"},
    {1, "Kabu", "revenue", "", "FY2026Q3", F_CALENDAR, "2025Q4"},
    /* counts are no flows: no second half from the year and the half */
    {1, "Kabu", "users", "", "FY2026H2", F_VALUE, "(none)"},
    /* the newer release restates FY2024Q4: 98 wins, 100 stays as history */
    {2, "Beta", "revenue", "", "FY2024Q4", F_VALUE, "98"},
    {2, "Beta", "revenue", "", "FY2024Q4", F_SOURCES, "2"},
    {2, "Beta", "revenue", "", "FY2024Q4", F_SOURCE1_VALUE, "100"},
    /* one figure told rounded ($13.6 billion) and in full: the finer one is the value */
    {2, "Beta", "gross_profit", "", "FY2025Q4", F_VALUE, "13589000000"},
    {2, "Beta", "gross_profit", "", "FY2025Q4", F_SOURCES, "2"},
    {2, "Beta", "revenue", "", "FY2025Q4", F_YOY, "22.86"}, /* 22.4 / 98 = 22.857 */
    /* as rounded: 120.35 / 98.5 = 22.18% to 120.45 / 97.5 = 23.54% */
    {2, "Beta", "revenue", "", "FY2025Q4", F_YOY_RANGE, "22.18 23.54"},
    /* implied prior of 109 after 9% growth: 109 / 1.09 = 100; the rate 8.5%-9.5% allows
       109 / 1.095 = 99.5434 to 109 / 1.085 = 100.4608 */
    {2, "Beta", "net_income", "", "FY2025Q4", F_IMPLIED, "100.00"},
    {2, "Beta", "net_income", "", "FY2025Q4", F_IMPLIED_LOW, "99.54"},
    {2, "Beta", "net_income", "", "FY2025Q4", F_IMPLIED_HIGH, "100.46"},
    /* fiscal calendars: a January year end numbered by its first year (FY2024 ends January
       2025): Q4 is Nov 2024-Jan 2025 (middle December), Q1 Feb-Apr 2024 (middle March) */
    {3, "Shop", "revenue", "", "FY2024Q4", F_CALENDAR, "2024Q4"},
    {3, "Shop", "revenue", "", "FY2024Q1", F_CALENDAR, "2024Q1"},
    {3, "June", "revenue", "", "FY2026Q1", F_CALENDAR, "2025Q3"}, /* Jul-Sep 2025 */
    {3, "Sept", "revenue", "", "FY2025Q1", F_CALENDAR, "2024Q4"}, /* Oct-Dec 2024 */
    {3, "Dec", "revenue", "", "FY2025Q3", F_CALENDAR, "2025Q3"},
    /* 110 / 100 and 110 / 105 across the names of one issuer */
    {4, "Example Holdings, Inc.", "revenue", "", "FY2025Q4", F_YOY, "10.00"},
    {4, "Example Holdings, Inc.", "revenue", "", "FY2025Q4", F_QOQ, "4.76"},
    /* Q4 = 1250 - 900, Jan-Mar 2026 */
    {5, "", "revenue", "", "FY2026Q4", F_CALENDAR, "2026Q1"},
    {5, "", "revenue", "", "FY2026Q4", F_VALUE, "350"},
};

static void format_or_empty(int has, earn_decimal d, char *buf) {
  buf[0] = '\0';
  if (has)
    earn_decimal_format(d, buf, EARN_DECIMAL_BUFSIZE);
}

static void read_field(const earn_point *p, field f, char *buf) {
  earn_decimal d = earn_decimal_from_int(0), change;
  earn_interval r = {0};
  switch (f) {
  case F_VALUE:
    format_or_empty(earn_point_value(p, &d), d, buf);
    return;
  case F_ORIGIN:
    strcpy(buf, earn_point_origin(p));
    return;
  case F_CALENDAR:
    strcpy(buf, earn_point_calendar_period(p));
    return;
  case F_YOY:
    format_or_empty(earn_point_yoy(p, &d, NULL) == EARN_OK, d, buf);
    return;
  case F_QOQ:
    format_or_empty(earn_point_qoq(p, &d, NULL) == EARN_OK, d, buf);
    return;
  case F_YOY_STATUS:
    strcpy(buf, earn_point_yoy(p, &d, NULL) == EARN_ERR_NOT_MEANINGFUL ? "not_meaningful" : "?");
    return;
  case F_YOY_CHANGE:
    change = earn_decimal_from_int(0);
    earn_point_yoy(p, NULL, &change);
    format_or_empty(1, change, buf);
    return;
  case F_PP:
    sprintf(buf, "%d", earn_point_growth_is_pp(p));
    return;
  case F_TTM:
    format_or_empty(earn_point_ttm(p, &d), d, buf);
    return;
  case F_MARGIN:
    format_or_empty(earn_point_margin(p, &d), d, buf);
    return;
  case F_IMPLIED:
    format_or_empty(earn_point_implied_prior(p, &d, NULL), d, buf);
    return;
  case F_IMPLIED_LOW:
    format_or_empty(earn_point_implied_prior(p, NULL, &r) && r.has_low, r.low, buf);
    return;
  case F_IMPLIED_HIGH:
    format_or_empty(earn_point_implied_prior(p, NULL, &r) && r.has_high, r.high, buf);
    return;
  case F_SOURCES:
    sprintf(buf, "%zu", earn_point_source_count(p));
    return;
  case F_CAGR: {
    int years = 0;
    int has = earn_point_cagr(p, &d, &years);
    format_or_empty(has, d, buf);
    if (has)
      sprintf(buf + strlen(buf), " over %d", years);
    return;
  }
  case F_YOY_RANGE: {
    char lo[EARN_DECIMAL_BUFSIZE], hi[EARN_DECIMAL_BUFSIZE];
    buf[0] = '\0';
    if (earn_point_yoy_range(p, &r) && r.has_low && r.has_high) {
      earn_decimal_format(r.low, lo, sizeof lo);
      earn_decimal_format(r.high, hi, sizeof hi);
      snprintf(buf, 2 * EARN_DECIMAL_BUFSIZE + 8, "%s %s", lo, hi);
    }
    return;
  }
  case F_SOURCE1_VALUE: {
    int has = 0;
    earn_point_source(p, 1, NULL, &d, &has);
    format_or_empty(has, d, buf);
    return;
  }
  }
}

START_TEST(test_point) {
  const point_case *c = &point_cases[_i];
  earn_store *s = load(c->input);
  const earn_point *p = find(s, c->issuer, c->metric, c->segment, c->period);
  char got[2 * EARN_DECIMAL_BUFSIZE + 8] = "(none)";
  if (p)
    read_field(p, c->field, got);
  ck_assert_msg(strcmp(got, c->want) == 0, "case %d: %s %s %s field %d: got '%s', want '%s'", _i,
                c->issuer, c->metric, c->period, (int)c->field, got, c->want);
  earn_store_free(s);
}
END_TEST

/* Diagnostics each input must (and must not) give, by a piece of their message. */
typedef struct diag_case {
  int input;
  const char *needle;
  earn_severity severity;
  bool present;
  const char *file0, *file1; /* the two sides, when present ("" not checked) */
} diag_case;

static const diag_case diag_cases[] = {
    {0, "segment 'Cloud' (130) exceeds the total (120)", EARN_SEV_WARNING, true, "a.csv", "a.csv"},
    {0, "does not follow", EARN_SEV_WARNING, false, "", ""}, /* 50% and 20% agree */
    {2, "restated: the newest release states 98, an older one 100", EARN_SEV_INFO, true, "new.csv",
     "old.csv"},
    /* 20% stated, [19.5, 20.5]; 120.4 / 98 gives 22.86%, 22.18% to 23.54% as rounded */
    {2, "stated yoy growth of 20% does not follow from the values 120.4", EARN_SEV_WARNING, true,
     "new.csv", "new.csv"},
    {2, "released on 20250601, before the end of the period it reports (FY2025Q3 ends on 20250930)",
     EARN_SEV_WARNING, true, "early.csv", ""},
    {2, "net_income FY2025Q4: stated", EARN_SEV_WARNING, false, "", ""}, /* no prior value */
    {2, "gross_profit FY2025Q4", EARN_SEV_WARNING, false, "", ""},       /* 13.6 billion rounded */
    {1, "", EARN_SEV_WARNING, false, "", ""},                            /* nothing to say */
    {6, "revenue FY2026: one release states two values", EARN_SEV_WARNING, false, "", ""},
    {6, "net_income FY2026: one release states two values, 7 and 9", EARN_SEV_WARNING, true, "",
     ""},
    {4, "no issuer found in the release: taken as Example Holdings, Inc., the only issuer",
     EARN_SEV_INFO, true, "e3.csv", ""},
};

START_TEST(test_diagnostic) {
  const diag_case *c = &diag_cases[_i];
  earn_store *s = load(c->input);
  bool found = false;
  for (size_t i = 0; i < earn_store_diagnostic_count(s) && !found; i++) {
    earn_severity sev;
    const char *f0, *f1;
    const char *msg = earn_store_diagnostic(s, i, &sev, &f0, NULL, &f1, NULL);
    if (!strstr(msg, c->needle) || (c->needle[0] == '\0' && sev != c->severity))
      continue;
    found = true;
    if (c->present) {
      ck_assert_int_eq(sev, c->severity);
      if (c->file0[0])
        ck_assert_str_eq(f0 ? f0 : "(none)", c->file0);
      if (c->file1[0])
        ck_assert_str_eq(f1 ? f1 : "(none)", c->file1);
    }
  }
  ck_assert_msg(found == c->present, "case %d: '%s' %s", _i, c->needle,
                c->present ? "not found" : "found");
  earn_store_free(s);
}
END_TEST

/* A malformed CSV fails with its position and adds nothing. */
typedef struct bad_csv {
  const char *csv;
  earn_status code;
  size_t pos;
} bad_csv;

static const bad_csv bad_csvs[] = {
    {"metric,period,value\nrevenue,FY2025Q4,12x\n", EARN_ERR_SYNTAX, 37},
    {"metric,period,value\nrevenue,2025Q4,12\n", EARN_ERR_SYNTAX, 28},
    {"metric,period,value,basis\nrevenue,FY2025,1,gaap\n", EARN_ERR_SYNTAX, 43},
    {"metric,period,value\nrevenue,FY2025,\n", EARN_ERR_SYNTAX, 35},
    {"metric,period,value,release_date\nrevenue,FY2025,1,March 2026\n", EARN_ERR_SYNTAX, 50},
};

START_TEST(test_bad_csv) {
  const bad_csv *c = &bad_csvs[_i];
  earn_store *s = earn_store_new(NULL, NULL);
  const char good[] = "metric,period,value\nrevenue,FY2024,5\n";
  ck_assert_int_eq(earn_store_add_csv(s, good, strlen(good), "good.csv", NULL), EARN_OK);
  earn_error err;
  ck_assert_int_eq(earn_store_add_csv(s, c->csv, strlen(c->csv), "bad.csv", &err), c->code);
  ck_assert_msg(err.pos == c->pos, "case %d: pos %zu, want %zu (%s)", _i, err.pos, c->pos,
                err.detail);
  ck_assert_int_eq(earn_store_analyze(s, NULL), EARN_OK);
  ck_assert_uint_eq(earn_store_series_count(s), 1);
  ck_assert_uint_eq(earn_series_point_count(earn_store_series(s, 0)), 1);
  earn_store_free(s);
}
END_TEST

static int append(const char *data, size_t len, void *ctx) {
  char *buf = ctx;
  size_t n = strlen(buf);
  if (n + len >= 65536)
    return -1;
  memcpy(buf + n, data, len);
  buf[n + len] = '\0';
  return 0;
}

/* Five invented quarterly releases of one issuer, each stating its growth: the growth the
   store computes from the extracted values agrees with what the releases state. */
static const char *const releases[] = {
    "Example Widgets Inc. reported results for the fourth quarter of 2024 on February 5, 2025.\n"
    "Revenue was $200.0 million, up 10% year over year.\n",
    "Example Widgets Inc. reported results for the first quarter of 2025 on May 6, 2025.\n"
    "Revenue was $210.0 million, up 5% from the previous quarter.\n",
    "Example Widgets Inc. reported results for the second quarter of 2025 on August 5, 2025.\n"
    "Revenue was $220.5 million, up 5% from the previous quarter.\n",
    "Example Widgets Inc. reported results for the third quarter of 2025 on November 4, 2025.\n"
    "Revenue was $231.5 million, up 5% from the previous quarter.\n",
    "Example Widgets Inc. reported results for the fourth quarter of 2025 on February 4, 2026.\n"
    "Revenue was $240.0 million, up 20% year over year and 3.7% from the previous quarter.\n",
};

START_TEST(test_releases) {
  earn_error err;
  earn_extractor *ex = earn_extractor_new(NULL, &err);
  earn_store *s = earn_store_new(NULL, &err);
  for (int i = 0; i < COUNT_OF(releases); i++) {
    earn_doc *doc = earn_doc_read(ex, releases[i], strlen(releases[i]), 0, &err);
    ck_assert_ptr_nonnull(doc);
    char name[16];
    sprintf(name, "r%d.txt", i);
    ck_assert_int_eq(earn_store_add_doc(s, doc, name, &err), EARN_OK);
    earn_doc_free(doc);
  }
  ck_assert_int_eq(earn_store_analyze(s, &err), EARN_OK);
  const earn_point *q4 = find(s, "Example Widgets Inc.", "revenue", "", "FY2025Q4");
  ck_assert_ptr_nonnull(q4);
  earn_decimal d;
  char buf[EARN_DECIMAL_BUFSIZE];
  /* 240 / 200 = 20.00% (stated 20%); 240 / 231.5 = 3.67% (stated 3.7%) */
  ck_assert_int_eq(earn_point_yoy(q4, &d, NULL), EARN_OK);
  earn_decimal_format(d, buf, sizeof buf);
  ck_assert_str_eq(buf, "20.00");
  ck_assert_int_eq(earn_point_qoq(q4, &d, NULL), EARN_OK);
  earn_decimal_format(d, buf, sizeof buf);
  ck_assert_str_eq(buf, "3.67");
  /* 210 + 220.5 + 231.5 + 240 = 902 million */
  ck_assert_int_eq(earn_point_ttm(q4, &d), 1);
  earn_decimal_format(d, buf, sizeof buf);
  ck_assert_str_eq(buf, "902000000");
  for (size_t i = 0; i < earn_store_diagnostic_count(s); i++) {
    earn_severity sev;
    const char *msg = earn_store_diagnostic(s, i, &sev, NULL, NULL, NULL, NULL);
    ck_assert_msg(sev != EARN_SEV_WARNING, "unexpected warning: %s", msg);
  }
  /* The releases' facts as a facts CSV (with issuer, release date and file columns) read
     back and written again are the same bytes. */
  char *first = calloc(1, 65536), *second = calloc(1, 65536);
  ck_assert_int_eq(earn_store_write_facts(s, EARN_FORMAT_CSV, 1, append, first), EARN_OK);
  ck_assert_ptr_nonnull(strstr(first, "file,issuer,release_date,"));
  earn_store *back = earn_store_new(NULL, NULL);
  ck_assert_int_eq(earn_store_add_csv(back, first, strlen(first), "x.csv", &err), EARN_OK);
  ck_assert_int_eq(earn_store_write_facts(back, EARN_FORMAT_CSV, 1, append, second), EARN_OK);
  ck_assert_str_eq(first, second);
  free(first);
  free(second);
  earn_store_free(back);
  earn_store_free(s);
  earn_extractor_free(ex);
}
END_TEST

/* The analysis table: its header, and a reader of it sees the computed cells. */

START_TEST(test_write) {
  earn_store *s = load(0);
  char *buf = calloc(1, 65536);
  ck_assert_int_eq(earn_store_write(s, EARN_FORMAT_CSV, 1, append, buf), EARN_OK);
  ck_assert_msg(strncmp(buf, EARN_ANALYSIS_COLUMNS "\r\n", strlen(EARN_ANALYSIS_COLUMNS) + 2) == 0,
                "header: %.200s", buf);
  ck_assert_ptr_nonnull(strstr(buf, "Acme,revenue,,reported,actual,FY2025Q4,2025Q4,stated,120,USD,"
                                    "50.00,20.00,40,20,pct,48.44,51.58,18.90,21.11,50,20,"));
  buf[0] = '\0';
  ck_assert_int_eq(earn_store_write(s, EARN_FORMAT_JSON, 1, append, buf), EARN_OK);
  ck_assert_ptr_nonnull(strstr(buf, "\"ttm\": \"405\""));
  free(buf);
  earn_store_free(s);
}
END_TEST

/* The long layout: what it writes reads back and writes again as the same bytes. */
static char *write_long(const earn_store *s) {
  char *buf = calloc(1, 65536);
  ck_assert_int_eq(earn_store_write_facts(s, EARN_FORMAT_CSV, 1, append, buf), EARN_OK);
  return buf;
}

START_TEST(test_long_round_trip) {
  earn_store *a = earn_store_new(NULL, NULL);
  const char *csv = inputs[_i].csv;
  ck_assert_int_eq(earn_store_add_csv(a, csv, strlen(csv), "in.csv", NULL), EARN_OK);
  char *first = write_long(a);
  earn_store *b = earn_store_new(NULL, NULL);
  earn_error err;
  ck_assert_msg(earn_store_add_csv(b, first, strlen(first), "in.csv", &err) == EARN_OK, "%s at %zu",
                err.detail, err.pos);
  char *second = write_long(b);
  ck_assert_str_eq(first, second);
  free(first);
  free(second);
  earn_store_free(a);
  earn_store_free(b);
}
END_TEST

/* Cells a spreadsheet would run as formulas are written as text and read back as they were;
   numbers, negative ones too, stay numbers. */
START_TEST(test_formula_guard) {
  const char csv[] = "metric,segment,period,value,text\n"
                     "revenue,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",FY2025,1,a\n"
                     "revenue,+1+1,FY2025,2,b\n"
                     "revenue,@SUM(A1),FY2025,3,c\n"
                     "revenue,\"\tlead\",FY2025,4,d\n"
                     "net_income,-,FY2025,-5,-e\n";
  earn_store *s = earn_store_new(NULL, NULL);
  ck_assert_int_eq(earn_store_add_csv(s, csv, strlen(csv), "h.csv", NULL), EARN_OK);
  char *out = write_long(s);
  static const char *const written[] = {"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
                                        "\"'+1+1\"",
                                        "\"'@SUM(A1)\"",
                                        "\"'\tlead\"",
                                        "\"'-\"",
                                        ",-5,",
                                        "\"'-e\""};
  for (int i = 0; i < COUNT_OF(written); i++)
    ck_assert_msg(strstr(out, written[i]), "no %s in %s", written[i], out);
  earn_store *back = earn_store_new(NULL, NULL);
  ck_assert_int_eq(earn_store_add_csv(back, out, strlen(out), "h.csv", NULL), EARN_OK);
  ck_assert_int_eq(earn_store_analyze(back, NULL), EARN_OK);
  ck_assert_ptr_nonnull(find(back, "", "revenue", "=HYPERLINK(\"http://x\",\"y\")", "FY2025"));
  ck_assert_ptr_nonnull(find(back, "", "revenue", "\tlead", "FY2025"));
  ck_assert_ptr_nonnull(find(back, "", "net_income", "-", "FY2025"));
  free(out);
  earn_store_free(s);
  earn_store_free(back);
}
END_TEST

/* The wide layout: a column per period, derived quarters included. */
START_TEST(test_wide) {
  earn_store *s = load(1);
  char *buf = calloc(1, 65536);
  ck_assert_int_eq(earn_store_write_wide(s, EARN_FORMAT_CSV, 1, append, buf), EARN_OK);
  ck_assert_msg(strstr(buf, "issuer,metric,segment,basis,kind,unit,FY2024,FY2026Q1,FY2026Q2,"
                            "FY2026H1,FY2026Q3,FY2026Q1-Q3,FY2026Q4,FY2026H2,FY2026\r\n") == buf,
                "header: %s", buf);
  ck_assert_msg(strstr(buf, "Kabu,revenue,,reported,actual,JPY,1000,280,300,580,320,900,350,670,"
                            "1250\r\n"),
                "rows: %s", buf);
  ck_assert_msg(strstr(buf, "Kabu,users,,reported,actual,users,,,,500,,,,,700\r\n"), "rows: %s",
                buf);
  buf[0] = '\0';
  ck_assert_int_eq(earn_store_write_wide(s, EARN_FORMAT_JSON, 1, append, buf), EARN_OK);
  ck_assert_msg(strstr(buf, "\"FY2026Q4\": \"350\""), "json: %s", buf);
  free(buf);
  earn_store_free(s);
}
END_TEST

START_TEST(test_null) {
  earn_store_free(NULL);
  ck_assert_uint_eq(earn_store_series_count(NULL), 0);
  ck_assert_ptr_null(earn_store_series(NULL, 0));
  ck_assert_str_eq(earn_series_metric(NULL), "");
  ck_assert_uint_eq(earn_series_point_count(NULL), 0);
  ck_assert_str_eq(earn_point_period(NULL), "");
  ck_assert_int_eq(earn_point_value(NULL, NULL), 0);
  ck_assert_int_eq(earn_point_yoy(NULL, NULL, NULL), EARN_ERR_ARG);
  ck_assert_ptr_null(earn_point_source(NULL, 0, NULL, NULL, NULL));
  ck_assert_ptr_null(earn_store_diagnostic(NULL, 0, NULL, NULL, NULL, NULL, NULL));
  ck_assert_int_eq(earn_store_add_doc(NULL, NULL, NULL, NULL), EARN_ERR_ARG);
  ck_assert_int_eq(earn_store_analyze(NULL, NULL), EARN_ERR_ARG);
  earn_store *s = earn_store_new(NULL, NULL);
  ck_assert_int_eq(earn_store_set_fiscal_year(s, "X", 13, 0), EARN_ERR_ARG);
  ck_assert_int_eq(earn_store_analyze(s, NULL), EARN_OK); /* empty is fine */
  ck_assert_uint_eq(earn_store_series_count(s), 0);
  earn_store_free(s);
}
END_TEST

/* Every allocation failing in turn: each call fails cleanly or succeeds, and nothing leaks. */
static int discard(const char *data, size_t len, void *ctx) {
  (void)data;
  (void)len;
  (void)ctx;
  return 0;
}

START_TEST(test_out_of_memory) {
  failing_alloc state;
  bool finished = false;
  for (long fail_at = 1; !finished && fail_at < 100000; fail_at++) {
    earn_alloc hooks = failing_hooks(&state, fail_at);
    earn_store *s = earn_store_new(&hooks, NULL);
    earn_status st = s ? EARN_OK : EARN_ERR_NOMEM;
    if (st == EARN_OK)
      st = earn_store_set_fiscal_year(s, "Acme", 12, 0);
    for (int i = 0; i < COUNT_OF(inputs) && st == EARN_OK; i++)
      st = earn_store_add_csv(s, inputs[i].csv, strlen(inputs[i].csv), "in.csv", NULL);
    if (st == EARN_OK)
      st = earn_store_analyze(s, NULL);
    if (st == EARN_OK)
      st = earn_store_write(s, EARN_FORMAT_CSV, 1, discard, NULL);
    ck_assert_msg(st == EARN_OK || st == EARN_ERR_NOMEM, "fail_at %ld: status %d", fail_at,
                  (int)st);
    finished = st == EARN_OK && state.calls < fail_at;
    earn_store_free(s);
    ck_assert_msg(state.live == 0, "fail_at %ld: %ld blocks leaked", fail_at, state.live);
  }
  ck_assert(finished);
}
END_TEST

Suite *store_suite(void) {
  Suite *s = suite_create("store");
  TCase *tc = tcase_create("store");
  tcase_add_loop_test(tc, test_point, 0, COUNT_OF(point_cases));
  tcase_add_loop_test(tc, test_diagnostic, 0, COUNT_OF(diag_cases));
  tcase_add_loop_test(tc, test_bad_csv, 0, COUNT_OF(bad_csvs));
  tcase_add_test(tc, test_releases);
  tcase_add_test(tc, test_write);
  tcase_add_test(tc, test_null);
  tcase_add_loop_test(tc, test_long_round_trip, 0, COUNT_OF(inputs));
  tcase_add_test(tc, test_formula_guard);
  tcase_add_test(tc, test_wide);
  tcase_add_test(tc, test_out_of_memory);
  suite_add_tcase(s, tc);
  return s;
}
