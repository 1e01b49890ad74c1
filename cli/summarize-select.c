/* SPDX-License-Identifier: MIT */
/* Which facts of a release the summary shows, in which section and order: the figures of the
   period the release reports, its year so far, its businesses, its outlook and its counts.
   Prior-period comparatives are not shown; they give the growth a release leaves unstated. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "summarize.h"

static bool is_money_unit(const char *unit) {
  return strlen(unit) == 3 && isupper((unsigned char)unit[0]) && isupper((unsigned char)unit[1]) &&
         isupper((unsigned char)unit[2]);
}

/* Users, orders and other counts; a metric the table does not know is one if it counts
   something rather than money or a ratio. */
static bool is_operating(const earn_fact *f) {
  const char *unit = earn_fact_unit(f);
  return sum_metric_is_operating(earn_fact_metric(f)) ||
         (unit[0] && !is_money_unit(unit) && strcmp(unit, "pct") != 0 && strcmp(unit, "x") != 0);
}

/* The year of a fiscal period label ("FY2026Q2" is 2026, with "Q2" left in *rest), or -1. */
static int fiscal_year(const char *period, const char **rest) {
  if (strncmp(period, "FY", 2) != 0)
    return -1;
  int year = 0;
  for (size_t i = 2; i < 6; i++) {
    if (!isdigit((unsigned char)period[i]))
      return -1;
    year = year * 10 + (period[i] - '0');
  }
  *rest = period + 6;
  return year;
}

/* Whether `period` runs within the fiscal year of `report` from its start or is one of its
   halves: the full year, H1, H2, Q1-Q3. A single other quarter is a prior period. */
static bool in_year_to_date(const char *period, const char *report) {
  const char *rest, *report_rest;
  int year = fiscal_year(period, &rest);
  if (year < 0 || year != fiscal_year(report, &report_rest))
    return false;
  return rest[0] == '\0' || rest[0] == 'H' || strchr(rest, '-') != NULL;
}

/* The section a fact goes to, or -1 when the summary leaves it out. */
static int section_of(const earn_doc *doc, const earn_fact *f) {
  const char *rule = earn_fact_rule(f);
  /* A translation repeats a figure in another currency (約2兆5,900億円 for 1,236.50億元);
     a prior-period figure is a comparative, used for growth below. */
  if (strcmp(rule, "fact.translation") == 0 || strcmp(rule, "fact.prior") == 0)
    return -1;
  if (earn_fact_kind_of(f) != EARN_FACT_ACTUAL)
    return SUM_GUIDANCE;
  const char *period = earn_fact_period(f), *report = earn_doc_period(doc);
  /* A count as of a day has no period; a release whose period is unknown shows all. */
  bool current = !report[0] || !period[0] || strcmp(period, report) == 0;
  if (!current && !in_year_to_date(period, report))
    return -1;
  if (is_operating(f))
    return SUM_OPERATING;
  if (earn_fact_segment(f)[0])
    return SUM_SEGMENTS;
  return current ? SUM_HEADLINE : SUM_YEAR;
}

static bool same_series(const earn_fact *a, const earn_fact *b) {
  return strcmp(earn_fact_metric(a), earn_fact_metric(b)) == 0 &&
         strcmp(earn_fact_segment(a), earn_fact_segment(b)) == 0 &&
         earn_fact_basis(a) == earn_fact_basis(b) && earn_fact_kind_of(a) == earn_fact_kind_of(b) &&
         strcmp(earn_fact_unit(a), earn_fact_unit(b)) == 0;
}

/* The row whose range `high` closes: the same series and period, read from the same words. */
static sum_row *range_low(sum_report *r, int section, const earn_fact *high) {
  earn_span hs = earn_fact_value_span(high);
  for (size_t i = r->count[section]; i-- > 0;) {
    sum_row *row = &r->rows[section][i];
    earn_span ls = earn_fact_value_span(row->fact);
    if (!row->high && ls.start == hs.start && ls.end == hs.end && same_series(row->fact, high) &&
        strcmp(earn_fact_period(row->fact), earn_fact_period(high)) == 0)
      return row;
  }
  return NULL;
}

/* The fact of the same series for the same period a year before `f`'s, if the release
   states it (a comparative: "compared with $318 million a year ago"). */
static const earn_fact *year_earlier(const earn_doc *doc, const earn_fact *f) {
  const char *rest;
  int year = fiscal_year(earn_fact_period(f), &rest);
  if (year < 1)
    return NULL;
  char want[32];
  snprintf(want, sizeof want, "FY%04d%.16s", year - 1, rest);
  earn_decimal v;
  for (size_t i = 0; i < earn_doc_fact_count(doc); i++) {
    const earn_fact *g = earn_doc_fact(doc, i);
    if (g != f && same_series(f, g) && strcmp(earn_fact_period(g), want) == 0 &&
        earn_fact_value(g, &v))
      return g;
  }
  return NULL;
}

/* Growth the release leaves unstated, from the figure a year earlier it gives: a rate to one
   place, or for a ratio the change in points. Nothing over a zero or negative base. */
static void computed_yoy(const earn_doc *doc, sum_row *row) {
  const earn_fact *f = row->fact;
  earn_decimal now, before, change;
  if (row->yoy.has || row->high || earn_fact_kind_of(f) != EARN_FACT_ACTUAL ||
      !earn_fact_value(f, &now) || earn_fact_qualifier(f) != EARN_QUAL_EXACT)
    return;
  const earn_fact *prior = year_earlier(doc, f);
  if (!prior || !earn_fact_value(prior, &before) || earn_fact_qualifier(prior) != EARN_QUAL_EXACT)
    return;
  bool pp = strcmp(earn_fact_unit(f), "pct") == 0;
  earn_status st =
      pp ? earn_decimal_sub(now, before, &change) : earn_growth_pct(now, before, 1, &change);
  if (st == EARN_OK)
    row->yoy = (sum_growth){true, true, pp, change, EARN_QUAL_EXACT};
}

static int add_row(sum_report *r, int section, const earn_fact *f, size_t *cap) {
  if (r->count[section] == cap[section]) {
    size_t more = cap[section] ? cap[section] * 2 : 8;
    sum_row *rows = realloc(r->rows[section], more * sizeof *rows);
    if (!rows)
      return -1;
    r->rows[section] = rows;
    cap[section] = more;
  }
  sum_row *row = &r->rows[section][r->count[section]++];
  *row = (sum_row){f, NULL, {0}, {0}};
  earn_decimal v;
  earn_qualifier q = EARN_QUAL_EXACT;
  if (earn_fact_yoy(f, &v, &q))
    row->yoy = (sum_growth){true, false, false, v, q};
  q = EARN_QUAL_EXACT;
  if (earn_fact_qoq(f, &v, &q))
    row->qoq = (sum_growth){true, false, false, v, q};
  return 0;
}

/* ---- order ---------------------------------------------------------------------------- */

/* Sort keys of a row: (group, metric rank, basis), ties kept in the order of the release. */
typedef struct keyed {
  size_t group;
  int rank;
  int basis;
  size_t seq;
  sum_row row;
} keyed;

static int keyed_cmp(const void *pa, const void *pb) {
  const keyed *a = pa, *b = pb;
  if (a->group != b->group)
    return a->group < b->group ? -1 : 1;
  if (a->rank != b->rank)
    return a->rank < b->rank ? -1 : 1;
  if (a->basis != b->basis)
    return a->basis < b->basis ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* Segments keep the order the release names them in; guidance comes before targets. */
static size_t group_of(const sum_row *rows, size_t i, int section) {
  if (section == SUM_GUIDANCE)
    return (size_t)earn_fact_kind_of(rows[i].fact);
  if (section != SUM_SEGMENTS)
    return 0;
  const char *segment = earn_fact_segment(rows[i].fact);
  size_t first = 0;
  while (strcmp(earn_fact_segment(rows[first].fact), segment) != 0)
    first++;
  return first;
}

static int sort_section(sum_report *r, int section) {
  size_t n = r->count[section];
  if (n < 2)
    return 0;
  keyed *k = malloc(n * sizeof *k);
  if (!k)
    return -1;
  sum_row *rows = r->rows[section];
  for (size_t i = 0; i < n; i++)
    k[i] = (keyed){group_of(rows, i, section), sum_metric_rank(earn_fact_metric(rows[i].fact)),
                   (int)earn_fact_basis(rows[i].fact), i, rows[i]};
  qsort(k, n, sizeof *k, keyed_cmp); /* seq makes every key distinct: stable */
  for (size_t i = 0; i < n; i++)
    rows[i] = k[i].row;
  free(k);
  return 0;
}

/* ---- the report ----------------------------------------------------------------------- */

static int add_diagnostics(sum_report *r) {
  size_t n = earn_doc_diagnostic_count(r->doc), len = 0;
  if (n == 0)
    return 0;
  r->diags = calloc(n, sizeof *r->diags);
  if (!r->diags)
    return -1;
  const char *input = earn_doc_input(r->doc, &len);
  for (size_t i = 0; i < n; i++) {
    sum_diag *d = &r->diags[r->ndiags++];
    earn_span span = {0, 0};
    d->message = earn_doc_diagnostic(r->doc, i, &span, &d->severity);
    earn_locate(input, len, span.start, &d->line, &d->column);
  }
  return 0;
}

int sum_report_build(sum_report *r, const earn_doc *doc, const char *file, earn_lang labels) {
  *r = (sum_report){.file = file, .doc = doc, .labels = labels};
  size_t cap[SUM_FACT_SECTIONS] = {0};
  for (size_t i = 0; i < earn_doc_fact_count(doc); i++) {
    const earn_fact *f = earn_doc_fact(doc, i);
    int section = section_of(doc, f);
    if (section < 0)
      continue;
    sum_row *low =
        strcmp(earn_fact_rule(f), "fact.range_high") == 0 ? range_low(r, section, f) : NULL;
    if (low) {
      low->high = f;
      continue;
    }
    if (add_row(r, section, f, cap) != 0)
      return -1;
    computed_yoy(doc, &r->rows[section][r->count[section] - 1]);
  }
  for (int s = 0; s < SUM_FACT_SECTIONS; s++)
    if (sort_section(r, s) != 0)
      return -1;
  return add_diagnostics(r);
}

void sum_report_free(sum_report *r) {
  for (int s = 0; s < SUM_FACT_SECTIONS; s++)
    free(r->rows[s]);
  free(r->diags);
  *r = (sum_report){0};
}
