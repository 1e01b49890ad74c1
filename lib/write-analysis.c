/* SPDX-License-Identifier: MIT */
/* The analysis table: one row per point of every series of a store. */
#include <stdio.h>
#include <string.h>

#include "store.h"

/* The columns of EARN_ANALYSIS_COLUMNS, in order. */
enum {
  ISSUER,
  METRIC,
  SEGMENT,
  BASIS,
  KIND,
  PERIOD,
  CALENDAR,
  ORIGIN,
  VALUE,
  UNIT,
  YOY,
  QOQ,
  YOY_CHANGE,
  QOQ_CHANGE,
  GROWTH_UNIT,
  YOY_LOW,
  YOY_HIGH,
  QOQ_LOW,
  QOQ_HIGH,
  STATED_YOY,
  STATED_QOQ,
  STATED_YOY_QUAL,
  STATED_QOQ_QUAL,
  IMPLIED_LOW,
  IMPLIED_HIGH,
  TTM,
  MARGIN,
  CAGR,
  CAGR_YEARS,
  SOURCES,
  DIAGNOSTIC,
  NCOLS
};
// clang-format off
static const char *const analysis_columns[NCOLS] = {
    "issuer", "metric", "segment", "basis", "kind", "period", "calendar_period", "origin",
    "value", "unit", "yoy_pct", "qoq_pct", "yoy_change", "qoq_change", "growth_unit",
    "yoy_low", "yoy_high", "qoq_low", "qoq_high", "stated_yoy_pct", "stated_qoq_pct",
    "stated_yoy_qualifier", "stated_qoq_qualifier", "implied_prior_low", "implied_prior_high",
    "ttm", "margin_pct", "cagr_pct", "cagr_years", "sources", "diagnostic"};
// clang-format on

typedef struct row_at {
  const earn_series *series;
  const earn_point *point;
} row_at;

/* Row i: series and point, by a binary search over the series' first points. */
static row_at locate(const earn_store *s, size_t i) {
  size_t lo = 0, hi = s->nseries;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (s->series[mid].p0 <= i)
      lo = mid;
    else
      hi = mid;
  }
  return (row_at){&s->series[lo], &s->points[i]};
}

static void cell(earn_row *row, int col, const char *s) {
  row->cell[col] = s;
  row->cell_len[col] = strlen(s);
}

/* A decimal in the column's own buffer; empty when unknown. */
static void number(earn_row *row, int col, bool has, earn_decimal d) {
  row->wide[col][0] = '\0';
  if (has)
    earn_decimal_format(d, row->wide[col], EARN_DECIMAL_BUFSIZE);
  cell(row, col, row->wide[col]);
}

/* A stated rate's qualifier when it is a bound (triple-digit: at_least). */
static const char *bound(bool has, earn_qualifier q) {
  return has && q != EARN_QUAL_EXACT ? earn_qualifier_name(q) : "";
}

/* Append an item to a list cell when it fits whole. */
static void list_add(char *buf, size_t cap, const char *sep, const char *item) {
  size_t n = strlen(buf), need = (n ? strlen(sep) : 0) + strlen(item);
  if (n + need + 1 > cap)
    return;
  snprintf(buf + n, cap - n, "%s%s", n ? sep : "", item);
}

static void fill_sources(const earn_store *s, const earn_point *p, earn_row *row) {
  char *buf = row->list[0];
  buf[0] = '\0';
  for (size_t k = 0; k < p->nsrc; k++) {
    const earn_srec *r = &s->rec[s->srcs[p->src0 + k]];
    char item[300];
    snprintf(item, sizeof item, "%s@%zu-%zu", earn_store_str(s, r->file), r->span.start,
             r->span.end);
    list_add(buf, sizeof row->list[0], " ", item);
  }
  cell(row, SOURCES, buf);
}

static void fill_diagnostics(const earn_store *s, const earn_point *p, earn_row *row) {
  char *buf = row->list[1];
  buf[0] = '\0';
  for (size_t k = 0; k < p->ndiag; k++)
    list_add(buf, sizeof row->list[1], "; ", s->diags[s->pdiags[p->diag0 + k]].msg);
  cell(row, DIAGNOSTIC, buf);
}

static void fill_growth(const earn_point *p, earn_row *row) {
  const earn_computed *y = &p->yoy_c, *q = &p->qoq_c;
  number(row, YOY, y->st == EARN_OK, y->pct);
  number(row, QOQ, q->st == EARN_OK, q->pct);
  number(row, YOY_CHANGE, y->has_change, y->change);
  number(row, QOQ_CHANGE, q->has_change, q->change);
  cell(row, GROWTH_UNIT, y->st == EARN_OK || q->st == EARN_OK ? (p->pp ? "pp" : "pct") : "");
  number(row, YOY_LOW, y->has_range, y->range.low);
  number(row, YOY_HIGH, y->has_range, y->range.high);
  number(row, QOQ_LOW, q->has_range, q->range.low);
  number(row, QOQ_HIGH, q->has_range, q->range.high);
  number(row, STATED_YOY, p->has_yoy, p->yoy);
  number(row, STATED_QOQ, p->has_qoq, p->qoq);
  cell(row, STATED_YOY_QUAL, bound(p->has_yoy, p->yoy_q));
  cell(row, STATED_QOQ_QUAL, bound(p->has_qoq, p->qoq_q));
  number(row, IMPLIED_LOW, p->has_implied && p->implied_range.has_low, p->implied_range.low);
  number(row, IMPLIED_HIGH, p->has_implied && p->implied_range.has_high, p->implied_range.high);
  number(row, TTM, p->has_ttm, p->ttm);
  number(row, MARGIN, p->has_margin, p->margin);
  number(row, CAGR, p->has_cagr, p->cagr);
  row->cagr_years[0] = '\0';
  if (p->has_cagr)
    snprintf(row->cagr_years, sizeof row->cagr_years, "%d", p->cagr_years);
  cell(row, CAGR_YEARS, row->cagr_years);
}

static void fill_point(const void *src, size_t i, earn_row *row) {
  const earn_store *s = src;
  row_at at = locate(s, i);
  const earn_series *se = at.series;
  const earn_point *p = at.point;
  cell(row, ISSUER, earn_store_str(s, se->issuer));
  cell(row, METRIC, earn_store_str(s, se->metric));
  cell(row, SEGMENT, earn_store_str(s, se->segment));
  cell(row, BASIS, earn_basis_name(se->basis));
  cell(row, KIND, earn_fact_kind_name(se->kind));
  cell(row, PERIOD, p->period_name);
  cell(row, CALENDAR, p->calendar_name);
  cell(row, ORIGIN, earn_point_origin(p));
  number(row, VALUE, p->has_value, p->value);
  cell(row, UNIT, earn_store_str(s, se->unit));
  fill_growth(p, row);
  fill_sources(s, p, row);
  fill_diagnostics(s, p, row);
}

earn_status earn_store_write(const earn_store *s, earn_format format, int header,
                             earn_write_fn write, void *ctx) {
  if (!s)
    return EARN_ERR_ARG;
  earn_table t = {analysis_columns, NCOLS,         s->npoints, fill_point,
                  1u << CAGR_YEARS, 1u << SEGMENT, s,          &s->alloc};
  return earn_write_table(&t, format, header, write, ctx);
}
