/* SPDX-License-Identifier: MIT */
/* Building the series of the store: facts grouped by issuer, metric, segment, basis, kind, unit
   and period, the newest release's figure winning; discrete quarters derived from cumulative
   figures; growth, TTM, margins and implied priors computed from the values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "store.h"

/* ---- metrics -------------------------------------------------------------------------- */

/* The canonical metric ids of the facts CSV format, by what may be done with them. */
static const struct {
  const char *metric;
  earn_metric_nature nature;
  bool margin;
} metric_natures[] = {
    {"capex", EARN_MN_FLOW, false},
    {"cash", EARN_MN_STOCK, false},
    {"cost_of_revenue", EARN_MN_FLOW, false},
    {"customers", EARN_MN_STOCK, false},
    {"dividend_per_share", EARN_MN_PER_SHARE, false},
    {"ebit", EARN_MN_FLOW, true},
    {"ebita", EARN_MN_FLOW, true},
    {"ebitda", EARN_MN_FLOW, true},
    {"eps", EARN_MN_PER_SHARE, false},
    {"free_cash_flow", EARN_MN_FLOW, true},
    {"gmv", EARN_MN_FLOW, false},
    {"gross_margin", EARN_MN_RATIO, false},
    {"gross_profit", EARN_MN_FLOW, true},
    {"headcount", EARN_MN_STOCK, false},
    {"members", EARN_MN_STOCK, false},
    {"net_income", EARN_MN_FLOW, true},
    {"operating_cash_flow", EARN_MN_FLOW, true},
    {"operating_income", EARN_MN_FLOW, true},
    {"operating_margin", EARN_MN_RATIO, false},
    {"orders", EARN_MN_FLOW, false},
    {"ordinary_income", EARN_MN_FLOW, true},
    {"pretax_income", EARN_MN_FLOW, true},
    {"revenue", EARN_MN_FLOW, false},
    {"shipments", EARN_MN_FLOW, false},
    {"users", EARN_MN_STOCK, false},
};

static int metric_index(const char *metric) {
  size_t lo = 0, hi = sizeof metric_natures / sizeof metric_natures[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = strcmp(metric, metric_natures[mid].metric);
    if (c == 0)
      return (int)mid;
    if (c < 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  return -1;
}

/* An unknown metric (from a spreadsheet) is a stock: nothing is summed or derived. */
earn_metric_nature earn_metric_nature_of(const char *metric) {
  int i = metric_index(metric);
  return i < 0 ? EARN_MN_STOCK : metric_natures[i].nature;
}

bool earn_metric_has_margin(const char *metric) {
  int i = metric_index(metric);
  return i >= 0 && metric_natures[i].margin;
}

/* ---- ordering ------------------------------------------------------------------------- */

int earn_period_key(earn_fperiod p) {
  return p.fy <= 0 ? 0 : p.fy * 100 + p.qb * 10 + (p.qb - p.qa);
}

typedef struct named {
  const char *str;
  uint32_t sid;
} named;

static int cmp_named(const void *a, const void *b) {
  return strcmp(((const named *)a)->str, ((const named *)b)->str);
}

/* rank[sid]: the place of each interned string in byte order, so that records sort by
   integers. */
static uint32_t *string_ranks(earn_store *s) {
  named *n = earn_calloc(&s->alloc, s->nstr, sizeof *n);
  uint32_t *rank = earn_calloc(&s->alloc, s->nstr, sizeof *rank);
  if (!n || !rank) {
    earn_dealloc(&s->alloc, n);
    earn_dealloc(&s->alloc, rank);
    return NULL;
  }
  for (size_t i = 0; i < s->nstr; i++)
    n[i] = (named){s->str[i], (uint32_t)i};
  qsort(n, s->nstr, sizeof *n, cmp_named);
  for (size_t i = 0; i < s->nstr; i++)
    rank[n[i].sid] = (uint32_t)i;
  earn_dealloc(&s->alloc, n);
  return rank;
}

typedef struct rel_order {
  long when; /* release date, else the end of the period it reports, else 0 */
  uint32_t seq;
} rel_order;

static int cmp_rel_order(const void *a, const void *b) {
  const rel_order *x = a, *y = b;
  if (x->when != y->when)
    return x->when < y->when ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The standard name of an issuer's period: the fiscal year named by the calendar year it
   ends in. */
static earn_fperiod standard_period(earn_fperiod p, const earn_issuer_cal *c) {
  if (p.fy > 0)
    p.fy = (short)(p.fy - c->fy_offset);
  return p;
}

/* rel[i].recent: the newest release has the highest rank. */
static bool rank_releases(earn_store *s) {
  for (size_t i = 0; i < s->nrel; i++)
    s->rel[i].recent = s->rel[i].seq; /* calendars read before the ranks break ties by order */
  rel_order *o = earn_calloc(&s->alloc, s->nrel ? s->nrel : 1, sizeof *o);
  if (!o)
    return false;
  for (size_t i = 0; i < s->nrel; i++) {
    const earn_release *r = &s->rel[i];
    earn_issuer_cal c = earn_store_calendar(s, r->issuer);
    long when = r->date ? r->date : earn_fperiod_end_date(standard_period(r->period, &c), c.fye);
    o[i] = (rel_order){when, r->seq};
  }
  qsort(o, s->nrel, sizeof *o, cmp_rel_order);
  for (size_t i = 0; i < s->nrel; i++)
    s->rel[o[i].seq].recent = (uint32_t)i;
  earn_dealloc(&s->alloc, o);
  return true;
}

typedef struct rkey {
  uint32_t issuer, metric, segment, unit; /* string ranks */
  uint8_t basis, kind;
  int pkey;
  uint32_t undated; /* for figures without a period: their release, kept apart */
  uint32_t recent;
  uint32_t idx;
} rkey;

static int cmp3(uint32_t a, uint32_t b) { return a < b ? -1 : a > b; }

static int cmp_series_key(const rkey *x, const rkey *y) {
  int c;
  if ((c = cmp3(x->issuer, y->issuer)) || (c = cmp3(x->metric, y->metric)) ||
      (c = cmp3(x->segment, y->segment)) || (c = cmp3(x->basis, y->basis)) ||
      (c = cmp3(x->kind, y->kind)) || (c = cmp3(x->unit, y->unit)))
    return c;
  return 0;
}

static int cmp_group_key(const rkey *x, const rkey *y) {
  int c = cmp_series_key(x, y);
  if (c || (c = cmp3((uint32_t)x->pkey, (uint32_t)y->pkey)) || (c = cmp3(x->undated, y->undated)))
    return c;
  return 0;
}

/* Newest first within a period; within one release, in the order the facts were added. */
static int cmp_rkey(const void *a, const void *b) {
  const rkey *x = a, *y = b;
  int c = cmp_group_key(x, y);
  if (c || (c = cmp3(y->recent, x->recent)))
    return c;
  return cmp3(x->idx, y->idx);
}

/* ---- building points ------------------------------------------------------------------ */

typedef struct builder {
  earn_store *s;
  const uint32_t *rank;
  earn_issuer_cal cal; /* of the series' issuer */
} builder;

static earn_point *new_point(earn_store *s) {
  if (!earn_grow(&s->alloc, (void **)&s->points, &s->points_cap, s->npoints + 1, sizeof *s->points))
    return NULL;
  earn_point *p = &s->points[s->npoints++];
  memset(p, 0, sizeof *p);
  p->store = s;
  p->winner = UINT32_MAX;
  p->yoy_c.st = p->qoq_c.st = EARN_ERR_ARG;
  p->src0 = s->nsrcs;
  return p;
}

static bool add_src(earn_store *s, earn_point *p, uint32_t rec) {
  if (!earn_grow(&s->alloc, (void **)&s->srcs, &s->srcs_cap, s->nsrcs + 1, sizeof *s->srcs))
    return false;
  s->srcs[s->nsrcs++] = rec;
  p->nsrc++;
  return true;
}

static void name_point(const builder *b, earn_point *p, earn_sid calendar) {
  earn_fperiod_name(p->period, p->period_name, sizeof p->period_name);
  if (calendar && strlen(earn_store_str(b->s, calendar)) < sizeof p->calendar_name)
    strcpy(p->calendar_name, earn_store_str(b->s, calendar));
  else if (p->period.fy > 0)
    earn_fperiod_calendar_name(standard_period(p->period, &b->cal), b->cal.fye, p->calendar_name,
                               sizeof p->calendar_name);
}

/* Half a unit of a value's last written digit. A run of three or more trailing zeros is taken
   for a scale word's (9400000000 from a facts CSV was "9.4 billion": 9.35 to 9.45 billion);
   fewer are digits as written (120 is 119.5 to 120.5). */
earn_decimal earn_value_half_unit(earn_decimal v) {
  earn_decimal n = earn_decimal_normalize(v);
  int exponent = n.exponent - v.exponent >= 3 ? n.exponent : v.exponent;
  return earn_decimal_make(5, false, exponent - 1);
}

bool earn_values_agree(earn_decimal a, earn_decimal b) {
  earn_decimal d, tol;
  if (earn_decimal_sub(a, b, &d) ||
      earn_decimal_add(earn_value_half_unit(a), earn_value_half_unit(b), &tol))
    return false;
  return earn_decimal_cmp(earn_decimal_sign(d) < 0 ? earn_decimal_negate(d) : d, tol) <= 0;
}

/* The same figure told twice by one release, rounded ("$13.6 billion") and in full
   ("$13,589 million"): the finer one computes better. */
static size_t finest_of_release(const earn_store *s, const rkey *keys, size_t win, size_t g1) {
  const earn_srec *w = &s->rec[keys[win].idx];
  size_t best = win;
  for (size_t i = win + 1; i < g1 && keys[i].recent == keys[win].recent; i++) {
    const earn_srec *r = &s->rec[keys[i].idx];
    if (r->has_value && r->release == w->release && earn_values_agree(r->value, w->value) &&
        earn_decimal_cmp(earn_value_half_unit(r->value),
                         earn_value_half_unit(s->rec[keys[best].idx].value)) < 0)
      best = i;
  }
  return best;
}

/* One point from the records of a period, keys[g0, g1), newest first. */
static bool point_from_group(builder *b, const rkey *keys, size_t g0, size_t g1) {
  earn_store *s = b->s;
  earn_point *p = new_point(s);
  if (!p)
    return false;
  size_t win = g0;
  for (size_t i = g0; i < g1; i++)
    if (s->rec[keys[i].idx].has_value) {
      win = i;
      break;
    }
  win = finest_of_release(s, keys, win, g1);
  const earn_srec *w = &s->rec[keys[win].idx];
  p->winner = keys[win].idx;
  p->period = w->period;
  p->origin = w->has_value ? EARN_ORIGIN_STATED : EARN_ORIGIN_GROWTH;
  p->has_value = w->has_value;
  p->value = w->value;
  p->qualifier = w->qualifier;
  /* Stated growth: the winner's, else the newest statement of it. */
  for (size_t k = 0; k <= g1 - g0; k++) {
    const earn_srec *r = &s->rec[keys[k == 0 ? win : g0 + k - 1].idx];
    if (!p->has_yoy && r->has_yoy) {
      p->has_yoy = true;
      p->yoy = r->yoy;
      p->yoy_q = r->yoy_q;
    }
    if (!p->has_qoq && r->has_qoq) {
      p->has_qoq = true;
      p->qoq = r->qoq;
      p->qoq_q = r->qoq_q;
    }
  }
  name_point(b, p, w->calendar);
  if (!add_src(s, p, keys[win].idx))
    return false;
  for (size_t i = g0; i < g1; i++)
    if (i != win && !add_src(s, p, keys[i].idx))
      return false;
  return true;
}

earn_point *earn_series_find(const earn_store *s, const earn_series *se, earn_fperiod period) {
  int key = earn_period_key(period);
  if (key == 0)
    return NULL;
  size_t lo = se->p0, hi = se->p0 + se->np;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int k = earn_period_key(s->points[mid].period);
    if (k == key)
      return &s->points[mid];
    if (k < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

static earn_point *find_unsorted(earn_store *s, size_t p0, earn_fperiod period) {
  int key = earn_period_key(period);
  for (size_t i = p0; i < s->npoints; i++)
    if (earn_period_key(s->points[i].period) == key)
      return &s->points[i];
  return NULL;
}

/* The sources of a derived point: the statements of its inputs. */
static bool add_input_srcs(earn_store *s, earn_point *p, size_t input) {
  size_t n = s->points[input].origin == EARN_ORIGIN_DERIVED ? s->points[input].nsrc : 1;
  for (size_t k = 0; k < n; k++)
    if (!add_src(s, p, s->srcs[s->points[input].src0 + k]))
      return false;
  return true;
}

/* Derivations of discrete periods from cumulative ones: target = whole - part. */
static const struct {
  unsigned char target[2], whole[2], part[2];
} derivations[] = {
    {{4, 4}, {1, 4}, {1, 3}}, /* Q4 = FY - Q1-Q3 */
    {{2, 2}, {1, 2}, {1, 1}}, /* Q2 = H1 - Q1 */
    {{3, 3}, {1, 3}, {1, 2}}, /* Q3 = Q1-Q3 - H1 */
    {{3, 4}, {1, 4}, {1, 2}}, /* H2 = FY - H1 */
    {{4, 4}, {3, 4}, {3, 3}}, /* Q4 = H2 - Q3 */
    {{1, 1}, {1, 2}, {2, 2}}, /* Q1 = H1 - Q2 */
};

static bool usable(const earn_point *p) {
  return p && p->has_value && p->qualifier == EARN_QUAL_EXACT;
}

/* Add the discrete periods that cumulative figures of the series' fiscal year give. */
static bool derive(builder *b, size_t p0) {
  earn_store *s = b->s;
  for (int pass = 0, added = 1; added && pass < 4; pass++) {
    added = 0;
    for (size_t i = p0, n = s->npoints; i < n; i++) {
      short fy = s->points[i].period.fy;
      if (fy <= 0)
        continue;
      for (size_t d = 0; d < sizeof derivations / sizeof derivations[0]; d++) {
        earn_fperiod t = {fy, derivations[d].target[0], derivations[d].target[1]};
        earn_fperiod w = {fy, derivations[d].whole[0], derivations[d].whole[1]};
        earn_fperiod q = {fy, derivations[d].part[0], derivations[d].part[1]};
        if (earn_period_key(s->points[i].period) != earn_period_key(w))
          continue;
        earn_point *have = find_unsorted(s, p0, t);
        if (have && have->has_value)
          continue;
        earn_point *whole = &s->points[i], *part = find_unsorted(s, p0, q);
        earn_decimal v;
        if (!usable(whole) || !usable(part) || earn_decimal_sub(whole->value, part->value, &v))
          continue;
        size_t wi = (size_t)(whole - s->points), qi = (size_t)(part - s->points);
        earn_point *p = have ? have : new_point(s);
        if (!p)
          return false;
        if (have) /* a growth statement of that period: the value comes from elsewhere */
          have->src0 = s->nsrcs, have->nsrc = 0;
        p->period = t;
        p->origin = EARN_ORIGIN_DERIVED;
        p->winner = UINT32_MAX;
        p->has_value = true;
        p->value = v;
        p->qualifier = EARN_QUAL_EXACT;
        name_point(b, p, 0);
        if (!add_input_srcs(s, p, wi) || !add_input_srcs(s, p, qi))
          return false;
        added = 1;
      }
    }
  }
  return true;
}

static int cmp_point(const void *a, const void *b) {
  const earn_point *x = a, *y = b;
  int c = cmp3((uint32_t)earn_period_key(x->period), (uint32_t)earn_period_key(y->period));
  return c ? c : cmp3((uint32_t)x->src0, (uint32_t)y->src0);
}

static earn_series *new_series(earn_store *s, const earn_srec *r) {
  if (!earn_grow(&s->alloc, (void **)&s->series, &s->series_cap, s->nseries + 1, sizeof *s->series))
    return NULL;
  earn_series *se = &s->series[s->nseries++];
  *se =
      (earn_series){s, r->issuer, r->metric, r->segment, r->unit, r->basis, r->kind, s->npoints, 0};
  return se;
}

/* The series of keys[k0, k1), all of one series key. */
static bool build_series(builder *b, const rkey *keys, size_t k0, size_t k1) {
  earn_store *s = b->s;
  const earn_srec *first = &s->rec[keys[k0].idx];
  b->cal = earn_store_calendar(s, first->issuer);
  size_t si = s->nseries;
  if (!new_series(s, first))
    return false;
  size_t p0 = s->npoints;
  for (size_t g0 = k0, g1; g0 < k1; g0 = g1) {
    for (g1 = g0 + 1; g1 < k1 && cmp_group_key(&keys[g0], &keys[g1]) == 0; g1++)
      ;
    if (!point_from_group(b, keys, g0, g1))
      return false;
  }
  const char *metric = earn_store_str(s, first->metric);
  if (first->kind == EARN_FACT_ACTUAL && earn_metric_nature_of(metric) == EARN_MN_FLOW &&
      strcmp(earn_store_str(s, first->unit), "pct") != 0 && !derive(b, p0))
    return false;
  qsort(s->points + p0, s->npoints - p0, sizeof *s->points, cmp_point);
  s->series[si].p0 = p0;
  s->series[si].np = s->npoints - p0;
  return true;
}

/* ---- computing ------------------------------------------------------------------------ */

/* a / b * 100 - 100 rounded in `mode` to two places. */
static bool ratio_pct(earn_decimal a, earn_decimal b, earn_rounding mode, earn_decimal *out) {
  earn_decimal x;
  return earn_decimal_mul(a, earn_decimal_from_int(100), &x) == EARN_OK &&
         earn_decimal_div(x, b, 2, mode, &x) == EARN_OK &&
         earn_decimal_sub(x, earn_decimal_from_int(100), out) == EARN_OK;
}

/* The growth that the values as written allow: each anywhere within its rounding. The lowest
   growth is the lowest current over a base end, the highest the highest current over one. */
static bool growth_range(earn_decimal cur, earn_decimal prev, bool pp, earn_interval *out) {
  earn_decimal hc = earn_value_half_unit(cur), hp = earn_value_half_unit(prev), c[2], b[2];
  if (earn_decimal_sub(cur, hc, &c[0]) || earn_decimal_add(cur, hc, &c[1]) ||
      earn_decimal_sub(prev, hp, &b[0]) || earn_decimal_add(prev, hp, &b[1]))
    return false;
  if (pp) /* points: the difference of the ends */
    return !earn_decimal_sub(c[0], b[1], &out->low) && !earn_decimal_sub(c[1], b[0], &out->high) &&
           (out->has_low = out->has_high = 1);
  if (earn_decimal_sign(b[0]) <= 0)
    return false;
  earn_decimal lo[2], hi[2];
  for (int k = 0; k < 2; k++)
    if (!ratio_pct(c[0], b[k], EARN_ROUND_FLOOR, &lo[k]) ||
        !ratio_pct(c[1], b[k], EARN_ROUND_CEILING, &hi[k]))
      return false;
  out->low = earn_decimal_cmp(lo[0], lo[1]) < 0 ? lo[0] : lo[1];
  out->high = earn_decimal_cmp(hi[0], hi[1]) > 0 ? hi[0] : hi[1];
  out->has_low = out->has_high = 1;
  return true;
}

/* Growth of p over the point `prior` of the same series. */
static void growth_over(const earn_point *p, const earn_point *prior, bool pp, earn_computed *g) {
  g->st = EARN_ERR_ARG;
  if (!prior || !p->has_value || !prior->has_value ||
      earn_decimal_sub(p->value, prior->value, &g->change) != EARN_OK)
    return;
  g->has_change = true;
  if (pp) {
    g->pct = g->change;
    g->st = EARN_OK;
  } else {
    g->st = earn_growth_pct(p->value, prior->value, 2, &g->pct);
    if (g->st != EARN_OK && g->st != EARN_ERR_NOT_MEANINGFUL)
      g->st = EARN_ERR_ARG;
  }
  g->has_range = g->st == EARN_OK && growth_range(p->value, prior->value, pp, &g->range);
}

static void trailing_twelve_months(earn_store *s, const earn_series *se, earn_point *p) {
  if (p->period.qa != p->period.qb || !p->has_value)
    return;
  earn_decimal sum = p->value;
  earn_fperiod q = p->period;
  for (int k = 0; k < 3; k++) {
    q = earn_fperiod_prior_quarter(q);
    const earn_point *o = earn_series_find(s, se, q);
    if (!o || !o->has_value || earn_decimal_add(sum, o->value, &sum) != EARN_OK)
      return;
  }
  p->has_ttm = true;
  p->ttm = sum;
}

/* A full year's compound annual growth since the series' first full year of positive value. */
static void cagr_since_first(earn_store *s, const earn_series *se, earn_point *p) {
  if (p->period.qa != 1 || p->period.qb != 4 || !p->has_value)
    return;
  for (size_t j = se->p0; j < se->p0 + se->np; j++) {
    const earn_point *first = &s->points[j];
    if (first->period.fy <= 0 || first->period.qa != 1 || first->period.qb != 4 ||
        !first->has_value || earn_decimal_sign(first->value) <= 0)
      continue;
    int years = p->period.fy - first->period.fy;
    if (years > 0 && earn_cagr(first->value, p->value, years, 2, &p->cagr) == EARN_OK) {
      p->has_cagr = true;
      p->cagr_years = years;
    }
    return;
  }
}

static void implied_prior(earn_point *p) {
  if (!p->has_value || !p->has_yoy)
    return;
  /* Two places more than the value has: a prior of 99.54 tells more than 100. */
  int scale = (p->value.exponent < 0 ? -p->value.exponent : 0) + 2;
  p->has_implied = earn_implied_prior(p->value, p->yoy, p->yoy_q, scale, &p->implied,
                                      &p->implied_range) == EARN_OK;
}

/* The series with these keys, by binary search over the series (sorted by rank). */
static const earn_series *find_series(const earn_store *s, const uint32_t *rank,
                                      const earn_series *like, earn_sid metric, earn_basis basis) {
  rkey want = {rank[like->issuer],
               rank[metric],
               rank[like->segment],
               rank[like->unit],
               (uint8_t)basis,
               (uint8_t)EARN_FACT_ACTUAL,
               0,
               0,
               0,
               0};
  size_t lo = 0, hi = s->nseries;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    const earn_series *m = &s->series[mid];
    rkey have = {rank[m->issuer],
                 rank[m->metric],
                 rank[m->segment],
                 rank[m->unit],
                 (uint8_t)m->basis,
                 (uint8_t)m->kind,
                 0,
                 0,
                 0,
                 0};
    int c = cmp_series_key(&have, &want);
    if (c == 0)
      return m;
    if (c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return NULL;
}

static void margin_of(earn_store *s, const uint32_t *rank, const earn_series *se, earn_sid revenue,
                      earn_point *p) {
  if (!p->has_value || revenue == UINT32_MAX)
    return;
  const earn_series *rs = find_series(s, rank, se, revenue, EARN_BASIS_REPORTED);
  const earn_point *r = rs ? earn_series_find(s, rs, p->period) : NULL;
  if (!r || !r->has_value) {
    rs = find_series(s, rank, se, revenue, se->basis);
    r = rs ? earn_series_find(s, rs, p->period) : NULL;
  }
  earn_decimal hundred = earn_decimal_from_int(100), x;
  if (!r || !r->has_value || earn_decimal_sign(r->value) <= 0 ||
      earn_decimal_mul(p->value, hundred, &x) != EARN_OK)
    return;
  p->has_margin = earn_decimal_div(x, r->value, 2, EARN_ROUND_HALF_EVEN, &p->margin) == EARN_OK;
}

static void compute(earn_store *s, const uint32_t *rank, size_t nranked) {
  earn_sid revenue = earn_store_intern(s, "revenue", 7);
  if (revenue >= nranked) /* no fact names it */
    revenue = UINT32_MAX;
  for (size_t i = 0; i < s->nseries; i++) {
    const earn_series *se = &s->series[i];
    const char *metric = earn_store_str(s, se->metric);
    bool pp = strcmp(earn_store_str(s, se->unit), "pct") == 0;
    bool flow = earn_metric_nature_of(metric) == EARN_MN_FLOW && !pp;
    for (size_t j = se->p0; j < se->p0 + se->np; j++) {
      earn_point *p = &s->points[j];
      p->pp = pp;
      implied_prior(p);
      if (se->kind != EARN_FACT_ACTUAL || p->period.fy <= 0)
        continue;
      growth_over(p, earn_series_find(s, se, earn_fperiod_prior_year(p->period)), pp, &p->yoy_c);
      if (p->period.qa == p->period.qb)
        growth_over(p, earn_series_find(s, se, earn_fperiod_prior_quarter(p->period)), pp,
                    &p->qoq_c);
      if (flow)
        trailing_twelve_months(s, se, p);
      if (!pp)
        cagr_since_first(s, se, p);
      if (earn_metric_has_margin(metric))
        margin_of(s, rank, se, revenue, p);
    }
  }
}

/* Unnamed releases that report the same period cannot all be one issuer's: each is kept apart
   under its file's name. */
static bool split_unnamed(earn_store *s) {
  bool clash = false;
  for (size_t i = 0; i < s->nrel && !clash; i++)
    for (size_t k = i + 1; k < s->nrel && !clash; k++)
      clash = s->rel[i].issuer == 0 && s->rel[k].issuer == 0 && s->rel[i].period.fy > 0 &&
              earn_period_key(s->rel[i].period) == earn_period_key(s->rel[k].period);
  for (size_t i = 0; clash && i < s->nrel; i++) {
    earn_release *r = &s->rel[i];
    if (r->issuer != 0)
      continue;
    char name[300];
    snprintf(name, sizeof name, "(unnamed: %s)", earn_store_str(s, r->file));
    earn_sid id = earn_store_intern(s, name, strlen(name));
    earn_srec side = {0};
    side.file = r->file;
    if (id == UINT32_MAX ||
        !earn_store_add_diag(s, EARN_SEV_INFO, SIZE_MAX, &side, NULL,
                             "no issuer found, and other unnamed releases report the same "
                             "period: its figures are kept apart as %s",
                             name))
      return false;
    r->issuer = id;
  }
  return true;
}

/* Releases whose issuer the reader did not find belong to the store's only issuer, when it has
   exactly one: said in a note, since the text did not say it. Else unnamed releases stay
   together, unless they report the same period. */
static bool settle_unnamed(earn_store *s) {
  earn_sid only = 0;
  bool several = false;
  for (size_t i = 0; i < s->nrel; i++)
    s->rel[i].issuer = s->rel[i].named;
  for (size_t i = 0; i < s->nrel; i++) {
    earn_sid id = s->rel[i].issuer;
    several |= id != 0 && only != 0 && id != only;
    if (id != 0)
      only = id;
  }
  for (size_t i = 0; !several && only != 0 && i < s->nrel; i++) {
    earn_release *r = &s->rel[i];
    if (r->issuer != 0)
      continue;
    r->issuer = only;
    earn_srec side = {0};
    side.file = r->file;
    if (!earn_store_add_diag(s, EARN_SEV_INFO, SIZE_MAX, &side, NULL,
                             "no issuer found in the release: taken as %s, the only issuer",
                             earn_store_str(s, only)))
      return false;
  }
  if (!split_unnamed(s))
    return false;
  for (size_t i = 0; i < s->nrec; i++)
    s->rec[i].issuer = s->rel[s->rec[i].release].issuer;
  return true;
}

earn_status earn_store_build(earn_store *s) {
  if (!settle_unnamed(s) || !rank_releases(s))
    return EARN_ERR_NOMEM;
  uint32_t *rank = string_ranks(s);
  size_t nranked = s->nstr;
  rkey *keys = earn_calloc(&s->alloc, s->nrec ? s->nrec : 1, sizeof *keys);
  earn_status st = rank && keys ? EARN_OK : EARN_ERR_NOMEM;
  for (size_t i = 0; i < s->nrec && st == EARN_OK; i++) {
    const earn_srec *r = &s->rec[i];
    int pkey = earn_period_key(r->period);
    keys[i] = (rkey){rank[r->issuer],
                     rank[r->metric],
                     rank[r->segment],
                     rank[r->unit],
                     (uint8_t)r->basis,
                     (uint8_t)r->kind,
                     pkey,
                     pkey ? 0 : s->rel[r->release].recent,
                     s->rel[r->release].recent,
                     (uint32_t)i};
  }
  if (st == EARN_OK) {
    qsort(keys, s->nrec, sizeof *keys, cmp_rkey);
    builder b = {s, rank, {0, 12, 0, false}};
    for (size_t k0 = 0, k1; k0 < s->nrec && st == EARN_OK; k0 = k1) {
      for (k1 = k0 + 1; k1 < s->nrec && cmp_series_key(&keys[k0], &keys[k1]) == 0; k1++)
        ;
      if (!build_series(&b, keys, k0, k1))
        st = EARN_ERR_NOMEM;
    }
  }
  if (st == EARN_OK)
    compute(s, rank, nranked);
  earn_dealloc(&s->alloc, keys);
  earn_dealloc(&s->alloc, rank);
  return st;
}
