/* SPDX-License-Identifier: MIT */
/* The store's getters: series, points and diagnostics. NULL gives neutral values. */
#include "store.h"

size_t earn_store_series_count(const earn_store *s) { return s ? s->nseries : 0; }

const earn_series *earn_store_series(const earn_store *s, size_t i) {
  return s && i < s->nseries ? &s->series[i] : NULL;
}

static const char *series_str(const earn_series *se, earn_sid id) {
  return se ? earn_store_str(se->store, id) : "";
}

const char *earn_series_issuer(const earn_series *se) {
  return series_str(se, se ? se->issuer : 0);
}
const char *earn_series_metric(const earn_series *se) {
  return series_str(se, se ? se->metric : 0);
}
const char *earn_series_segment(const earn_series *se) {
  return series_str(se, se ? se->segment : 0);
}
const char *earn_series_unit(const earn_series *se) { return series_str(se, se ? se->unit : 0); }
earn_basis earn_series_basis(const earn_series *se) { return se ? se->basis : EARN_BASIS_REPORTED; }
earn_fact_kind earn_series_kind(const earn_series *se) { return se ? se->kind : EARN_FACT_ACTUAL; }
size_t earn_series_point_count(const earn_series *se) { return se ? se->np : 0; }

const earn_point *earn_series_point(const earn_series *se, size_t i) {
  return se && i < se->np ? &se->store->points[se->p0 + i] : NULL;
}

const char *earn_point_period(const earn_point *p) { return p ? p->period_name : ""; }
const char *earn_point_calendar_period(const earn_point *p) { return p ? p->calendar_name : ""; }

const char *earn_point_origin(const earn_point *p) {
  static const char *const names[] = {"stated", "derived", "growth"};
  return p ? names[p->origin] : "";
}

static int give(bool has, earn_decimal d, earn_decimal *out) {
  if (has && out)
    *out = d;
  return has;
}

int earn_point_value(const earn_point *p, earn_decimal *out) {
  return p ? give(p->has_value, p->value, out) : 0;
}

earn_qualifier earn_point_qualifier(const earn_point *p) {
  return p ? p->qualifier : EARN_QUAL_EXACT;
}

static int stated(bool has, earn_decimal d, earn_qualifier q, earn_decimal *pct,
                  earn_qualifier *qual) {
  if (has && qual)
    *qual = q;
  return give(has, d, pct);
}

int earn_point_stated_yoy(const earn_point *p, earn_decimal *pct, earn_qualifier *q) {
  return p ? stated(p->has_yoy, p->yoy, p->yoy_q, pct, q) : 0;
}

int earn_point_stated_qoq(const earn_point *p, earn_decimal *pct, earn_qualifier *q) {
  return p ? stated(p->has_qoq, p->qoq, p->qoq_q, pct, q) : 0;
}

static earn_status computed(const earn_computed *g, earn_decimal *pct, earn_decimal *change) {
  give(g->has_change, g->change, change);
  if (g->st == EARN_OK)
    give(true, g->pct, pct);
  return g->st;
}

earn_status earn_point_yoy(const earn_point *p, earn_decimal *pct, earn_decimal *change) {
  return p ? computed(&p->yoy_c, pct, change) : EARN_ERR_ARG;
}

earn_status earn_point_qoq(const earn_point *p, earn_decimal *pct, earn_decimal *change) {
  return p ? computed(&p->qoq_c, pct, change) : EARN_ERR_ARG;
}

static int range_of(const earn_computed *g, earn_interval *out) {
  if (g->has_range && out)
    *out = g->range;
  return g->has_range;
}

int earn_point_yoy_range(const earn_point *p, earn_interval *range) {
  return p ? range_of(&p->yoy_c, range) : 0;
}

int earn_point_qoq_range(const earn_point *p, earn_interval *range) {
  return p ? range_of(&p->qoq_c, range) : 0;
}

int earn_point_growth_is_pp(const earn_point *p) { return p && p->pp; }

int earn_point_ttm(const earn_point *p, earn_decimal *out) {
  return p ? give(p->has_ttm, p->ttm, out) : 0;
}

int earn_point_margin(const earn_point *p, earn_decimal *pct) {
  return p ? give(p->has_margin, p->margin, pct) : 0;
}

int earn_point_cagr(const earn_point *p, earn_decimal *pct, int *years) {
  if (p && p->has_cagr && years)
    *years = p->cagr_years;
  return p ? give(p->has_cagr, p->cagr, pct) : 0;
}

int earn_point_implied_prior(const earn_point *p, earn_decimal *point, earn_interval *range) {
  if (!p || !p->has_implied)
    return 0;
  if (range)
    *range = p->implied_range;
  return give(true, p->implied, point);
}

size_t earn_point_source_count(const earn_point *p) { return p ? p->nsrc : 0; }

const char *earn_point_source(const earn_point *p, size_t i, earn_span *span, earn_decimal *value,
                              int *has_value) {
  if (!p || i >= p->nsrc)
    return NULL;
  const earn_srec *r = &p->store->rec[p->store->srcs[p->src0 + i]];
  if (span)
    *span = r->span;
  if (has_value)
    *has_value = r->has_value;
  give(r->has_value, r->value, value);
  return earn_store_str(p->store, r->file);
}

size_t earn_store_diagnostic_count(const earn_store *s) { return s ? s->ndiags : 0; }

const char *earn_store_diagnostic(const earn_store *s, size_t i, earn_severity *severity,
                                  const char **file0, earn_span *span0, const char **file1,
                                  earn_span *span1) {
  if (!s || i >= s->ndiags)
    return NULL;
  const earn_sdiag *d = &s->diags[i];
  if (severity)
    *severity = d->sev;
  const char **files[2] = {file0, file1};
  earn_span *spans[2] = {span0, span1};
  for (int k = 0; k < 2; k++) {
    if (files[k])
      *files[k] = d->has[k] ? earn_store_str(s, d->file[k]) : NULL;
    if (spans[k])
      *spans[k] = d->has[k] ? d->span[k] : (earn_span){0, 0};
  }
  return d->msg;
}
