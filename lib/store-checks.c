/* SPDX-License-Identifier: MIT */
/* The store's consistency checks, each a diagnostic naming both sides: stated growth against
   the growth of two stated values, segments against their total, sources that disagree on a
   figure, and a report period that does not follow from its release date. */
#include <string.h>

#include "store.h"

/* The statement behind a point: its winner, else (derived) its first input. */
static const earn_srec *statement_of(const earn_store *s, const earn_point *p) {
  if (p->winner != UINT32_MAX)
    return &s->rec[p->winner];
  return p->nsrc ? &s->rec[s->srcs[p->src0]] : NULL;
}

static const char *dec(earn_decimal d, char *buf) {
  earn_decimal_format(d, buf, EARN_DECIMAL_BUFSIZE);
  return buf;
}

static size_t point_index(const earn_store *s, const earn_point *p) {
  return (size_t)(p - s->points);
}

/* A stated rate that two values of the series contradict: the rates its rounding allows and
   the rates the rounding of the two values allows have nothing in common. */
static bool check_stated(earn_store *s, const earn_series *se, const earn_point *p, bool yoy) {
  const earn_computed *g = yoy ? &p->yoy_c : &p->qoq_c;
  earn_interval stated;
  if (!(yoy ? p->has_yoy : p->has_qoq) || !g->has_range ||
      earn_stated_rate_interval(yoy ? p->yoy : p->qoq, yoy ? p->yoy_q : p->qoq_q, &stated) !=
          EARN_OK)
    return true;
  bool below = stated.has_high && earn_decimal_cmp(stated.high, g->range.low) < 0;
  bool above = stated.has_low && earn_decimal_cmp(stated.low, g->range.high) > 0;
  if (!below && !above)
    return true;
  earn_fperiod before =
      yoy ? earn_fperiod_prior_year(p->period) : earn_fperiod_prior_quarter(p->period);
  const earn_point *prior = earn_series_find(s, se, before);
  char a[EARN_DECIMAL_BUFSIZE], b[EARN_DECIMAL_BUFSIZE], c[EARN_DECIMAL_BUFSIZE],
      d[EARN_DECIMAL_BUFSIZE], e[EARN_DECIMAL_BUFSIZE], f[EARN_DECIMAL_BUFSIZE];
  return earn_store_add_diag(
      s, EARN_SEV_WARNING, point_index(s, p), statement_of(s, p), statement_of(s, prior),
      "%s %s: stated %s growth of %s%% does not follow from the values %s (%s) and %s (%s), "
      "which give %s%% (%s%% to %s%% as rounded)",
      earn_store_str(s, se->metric), p->period_name, yoy ? "yoy" : "qoq",
      dec(yoy ? p->yoy : p->qoq, a), dec(p->value, b), p->period_name, dec(prior->value, c),
      prior->period_name, dec(g->pct, d), dec(g->range.low, e), dec(g->range.high, f));
}

/* Sources of one point that state another value: in one release a conflict, across releases
   a restatement (the newest wins). */
static bool check_sources(earn_store *s, const earn_series *se, const earn_point *p) {
  if (p->origin != EARN_ORIGIN_STATED)
    return true;
  const earn_srec *w = &s->rec[p->winner];
  for (size_t k = 0; k < p->nsrc; k++) {
    const earn_srec *r = &s->rec[s->srcs[p->src0 + k]];
    if (r == w || !r->has_value || earn_values_agree(r->value, w->value))
      continue; /* the same figure, perhaps at another rounding */
    if (r->release == w->release && r->has_span && w->has_span && r->span.start == w->span.start &&
        r->span.end == w->span.end)
      continue; /* one statement with two figures: the ends of a range (1,150億～1,200億元) */
    char a[EARN_DECIMAL_BUFSIZE], b[EARN_DECIMAL_BUFSIZE];
    bool same = r->release == w->release;
    bool ok = earn_store_add_diag(
        s, same ? EARN_SEV_WARNING : EARN_SEV_INFO, point_index(s, p), w, r,
        same ? "%s %s: one release states two values, %s and %s (%s and %s)"
             : "%s %s: restated: the newest release states %s, an older one %s (%s, %s)",
        earn_store_str(s, se->metric), p->period_name[0] ? p->period_name : "(no period)",
        dec(w->value, a), dec(r->value, b), earn_store_str(s, w->source),
        earn_store_str(s, r->source));
    if (!ok)
      return false;
  }
  return true;
}

/* Segments of a flow against the total of the same period: one segment above the total is a
   contradiction; several summing above it may be nested segments or sales between them. */
static bool check_segments(earn_store *s, const earn_series *total, const earn_series *first,
                           const earn_series *end) {
  for (size_t j = total->p0; j < total->p0 + total->np; j++) {
    const earn_point *t = &s->points[j];
    if (!t->has_value || t->period.fy <= 0 || earn_decimal_sign(t->value) <= 0)
      continue;
    earn_decimal sum = earn_decimal_from_int(0);
    int parts = 0;
    for (const earn_series *se = first; se < end; se++) {
      if (se->basis != total->basis || se->kind != total->kind || se->unit != total->unit ||
          se->segment == 0)
        continue;
      const earn_point *p = earn_series_find(s, se, t->period);
      if (!p || !p->has_value || earn_decimal_add(sum, p->value, &sum) != EARN_OK)
        continue;
      parts++;
      char a[EARN_DECIMAL_BUFSIZE], b[EARN_DECIMAL_BUFSIZE];
      if (earn_decimal_cmp(p->value, t->value) > 0 &&
          !earn_store_add_diag(
              s, EARN_SEV_WARNING, point_index(s, p), statement_of(s, p), statement_of(s, t),
              "%s %s: segment '%s' (%s) exceeds the total (%s)", earn_store_str(s, se->metric),
              t->period_name, earn_store_str(s, se->segment), dec(p->value, a), dec(t->value, b)))
        return false;
    }
    char a[EARN_DECIMAL_BUFSIZE], b[EARN_DECIMAL_BUFSIZE];
    if (parts > 1 && earn_decimal_cmp(sum, t->value) > 0 &&
        !earn_store_add_diag(s, EARN_SEV_INFO, j, statement_of(s, t), NULL,
                             "%s %s: %d segments sum to %s, more than the total %s (nested "
                             "segments, or sales between segments?)",
                             earn_store_str(s, total->metric), t->period_name, parts, dec(sum, a),
                             dec(t->value, b)))
      return false;
  }
  return true;
}

/* Days since 0000-03-01 of a yyyymmdd date (a civil-calendar day count). */
static long day_number(long ymd) {
  long y = ymd / 10000, m = ymd / 100 % 100, d = ymd % 100;
  if (m <= 2) {
    y--;
    m += 12;
  }
  return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d - 1;
}

/* Releases come after the period they report, within about half a year. */
static bool check_release(earn_store *s, const earn_release *r) {
  if (!r->date || r->period.fy <= 0)
    return true;
  earn_issuer_cal c = earn_store_calendar(s, r->issuer);
  earn_fperiod std = r->period;
  std.fy = (short)(std.fy - c.fy_offset);
  long end = earn_fperiod_end_date(std, c.fye);
  long gap = day_number(r->date) - day_number(end);
  char name[20];
  earn_fperiod_name(r->period, name, sizeof name);
  earn_srec side = {0};
  side.file = r->file;
  side.span = r->date_span;
  if (gap < 0)
    return earn_store_add_diag(s, EARN_SEV_WARNING, SIZE_MAX, &side, NULL,
                               "released on %08ld, before the end of the period it reports "
                               "(%s ends on %08ld)",
                               r->date, name, end);
  if (gap > 200)
    return earn_store_add_diag(s, EARN_SEV_INFO, SIZE_MAX, &side, NULL,
                               "released on %08ld, %ld days after the end of the period it "
                               "reports (%s ends on %08ld): is the period right?",
                               r->date, gap, name, end);
  return true;
}

/* pdiags: the diagnostics of each point together, in the order they were found. */
static bool index_by_point(earn_store *s) {
  earn_dealloc(&s->alloc, s->pdiags);
  s->pdiags = earn_calloc(&s->alloc, s->ndiags ? s->ndiags : 1, sizeof *s->pdiags);
  if (!s->pdiags)
    return false;
  for (size_t i = 0; i < s->npoints; i++)
    s->points[i].ndiag = 0;
  for (size_t i = 0; i < s->ndiags; i++)
    if (s->diags[i].point != SIZE_MAX)
      s->points[s->diags[i].point].ndiag++;
  size_t at = 0;
  for (size_t i = 0; i < s->npoints; i++) {
    s->points[i].diag0 = at;
    at += s->points[i].ndiag;
    s->points[i].ndiag = 0;
  }
  for (size_t i = 0; i < s->ndiags; i++)
    if (s->diags[i].point != SIZE_MAX) {
      earn_point *p = &s->points[s->diags[i].point];
      s->pdiags[p->diag0 + p->ndiag++] = (uint32_t)i;
    }
  return true;
}

earn_status earn_store_check(earn_store *s) {
  for (size_t i = 0; i < s->nrel; i++)
    if (!check_release(s, &s->rel[i]))
      return EARN_ERR_NOMEM;
  for (size_t i = 0; i < s->nseries; i++) {
    const earn_series *se = &s->series[i];
    for (size_t j = se->p0; j < se->p0 + se->np; j++) {
      const earn_point *p = &s->points[j];
      if (!check_sources(s, se, p) ||
          (se->kind == EARN_FACT_ACTUAL && strcmp(earn_store_str(s, se->unit), "pct") != 0 &&
           (!check_stated(s, se, p, true) || !check_stated(s, se, p, false))))
        return EARN_ERR_NOMEM;
    }
  }
  /* Series of one issuer and metric are adjacent, the whole company's ("") first. */
  for (size_t i = 0, k; i < s->nseries; i = k) {
    const earn_series *se = &s->series[i];
    for (k = i + 1;
         k < s->nseries && s->series[k].issuer == se->issuer && s->series[k].metric == se->metric;
         k++)
      ;
    if (earn_metric_nature_of(earn_store_str(s, se->metric)) != EARN_MN_FLOW)
      continue;
    for (size_t t = i; t < k && s->series[t].segment == 0; t++)
      if (!check_segments(s, &s->series[t], &s->series[i], &s->series[k]))
        return EARN_ERR_NOMEM;
  }
  return index_by_point(s) ? EARN_OK : EARN_ERR_NOMEM;
}
