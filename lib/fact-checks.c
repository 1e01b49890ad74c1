/* SPDX-License-Identifier: MIT */
/* What can be checked once a document's facts are merged, and the names of their periods. */
#include <stdio.h>
#include <string.h>

#include "facts.h"

/* The calendar name of a fiscal period numbered the issuer's way. */
static void calendar_name(const earn_report *r, earn_fperiod p, char *out, size_t cap) {
  if (p.fy > 0)
    p.fy = (short)(p.fy - r->fy_offset);
  earn_fperiod_calendar_name(p, r->fye, out, cap);
}

static void name_periods(earn_doc *doc) {
  earn_report *r = &doc->report;
  earn_fperiod_name(r->period, r->period_name, sizeof r->period_name);
  calendar_name(r, r->period, r->calendar_name, sizeof r->calendar_name);
  for (size_t i = 0; i < doc->nfacts; i++) {
    earn_fact *f = &doc->facts[i];
    earn_fperiod_name(f->period, f->period_name, sizeof f->period_name);
    calendar_name(r, f->period, f->calendar_name, sizeof f->calendar_name);
  }
}

/* The currency of most money facts. */
static void main_currency(earn_doc *doc) {
  const char *best = "";
  size_t best_n = 0;
  for (size_t i = 0; i < doc->nfacts; i++) {
    const earn_fact *f = &doc->facts[i];
    if (!f->has_value || f->value_kind != EARN_Q_MONEY || !f->unit[0])
      continue;
    size_t n = 0;
    for (size_t j = 0; j < doc->nfacts; j++)
      n += doc->facts[j].has_value && strcmp(doc->facts[j].unit, f->unit) == 0;
    if (n > best_n) {
      best_n = n;
      best = f->unit;
    }
    if (best_n * 2 > doc->nfacts)
      break;
  }
  doc->report.currency = best;
}

static void check_release_date(earn_doc *doc) {
  const earn_report *r = &doc->report;
  if (!r->release_date || r->period.fy <= 0)
    return;
  earn_fperiod by_end = r->period;
  by_end.fy = (short)(by_end.fy - r->fy_offset);
  long end = earn_fperiod_end_date(by_end, r->fye);
  if (r->release_date < end)
    earn_doc_add_diag(doc, r->fdate[0], r->fdate[1], EARN_SEV_WARNING,
                      "release date %04ld-%02ld-%02ld comes before the end of the period it "
                      "reports, %s (ends %04ld-%02ld-%02ld)",
                      r->release_date / 10000, r->release_date / 100 % 100, r->release_date % 100,
                      r->period_name, end / 10000, end / 100 % 100, end % 100);
}

static bool same_segment(const earn_doc *doc, const earn_fact *a, const earn_fact *b) {
  return a->seg_len == b->seg_len &&
         memcmp(doc->strings + a->seg_off, doc->strings + b->seg_off, a->seg_len) == 0;
}

/* Same metric, segment, basis, kind, period and unit, but another figure. */
static bool same_key(const earn_doc *doc, const earn_fact *a, const earn_fact *b) {
  /* The two ends of a range, or bounds, are not two values of one figure. */
  bool bounds = (a->qualifier != EARN_QUAL_EXACT && a->qualifier != EARN_QUAL_APPROX) ||
                (b->qualifier != EARN_QUAL_EXACT && b->qualifier != EARN_QUAL_APPROX);
  return !bounds && strcmp(a->metric, b->metric) == 0 && a->basis == b->basis &&
         a->kind == b->kind && a->period.fy == b->period.fy && a->period.qa == b->period.qa &&
         a->period.qb == b->period.qb && a->point_in_time == b->point_in_time &&
         ((a->metric_flags ^ b->metric_flags) & EARN_LEXF_ADS) == 0 &&
         strcmp(a->unit, b->unit) == 0 && same_segment(doc, a, b);
}

/* Half a unit in the last place of d: the rounding a figure as written allows. */
static earn_decimal half_ulp(earn_decimal d) {
  earn_decimal h = earn_decimal_from_int(5), out;
  return earn_decimal_shift(h, d.exponent - 1, &out) == EARN_OK ? out : h;
}

static earn_decimal abs_dec(earn_decimal d) {
  return earn_decimal_sign(d) < 0 ? earn_decimal_negate(d) : d;
}

/* Does the stated growth of `cur` over `prior` disagree with their values by more than the
   rounding of all three allows? Exact decimals throughout. */
static bool growth_contradicts(const earn_fact *cur, const earn_fact *prior,
                               earn_decimal *computed) {
  earn_decimal diff, ratio, hundred = earn_decimal_from_int(100);
  earn_decimal base = abs_dec(prior->value);
  if (earn_decimal_sign(base) == 0)
    return false;
  if (earn_decimal_sub(cur->value, prior->value, &diff) != EARN_OK ||
      earn_decimal_mul(diff, hundred, &diff) != EARN_OK ||
      earn_decimal_div(diff, base, 4, EARN_ROUND_HALF_EVEN, &ratio) != EARN_OK)
    return false;
  *computed = ratio;
  /* tolerance = half ulp of the rate + (100 + |rate|) * (hv/|v| + hp/|p|) */
  earn_decimal rv, rp, rel, tol, gap, scale;
  earn_decimal v = abs_dec(cur->value);
  if (earn_decimal_sign(v) == 0 ||
      earn_decimal_div(half_ulp(cur->value), v, 8, EARN_ROUND_CEILING, &rv) != EARN_OK ||
      earn_decimal_div(half_ulp(prior->value), base, 8, EARN_ROUND_CEILING, &rp) != EARN_OK ||
      earn_decimal_add(rv, rp, &rel) != EARN_OK ||
      earn_decimal_add(hundred, abs_dec(ratio), &scale) != EARN_OK ||
      earn_decimal_mul(rel, scale, &tol) != EARN_OK ||
      earn_decimal_add(tol, half_ulp(cur->yoy), &tol) != EARN_OK ||
      earn_decimal_sub(ratio, cur->yoy, &gap) != EARN_OK)
    return false;
  return earn_decimal_cmp(abs_dec(gap), tol) > 0;
}

static void check_pairs(earn_doc *doc) {
  /* Facts of one statement sit together, and so do the two sides of a growth check; a
     window keeps this linear on long documents. */
  const size_t window = 64;
  for (size_t i = 0; i < doc->nfacts; i++) {
    size_t stop = i + window < doc->nfacts ? i + window : doc->nfacts;
    for (size_t j = i + 1; j < stop; j++) {
      earn_fact *a = &doc->facts[i], *b = &doc->facts[j];
      if (!a->has_value || !b->has_value)
        continue;
      if (a->prior == b->prior && same_key(doc, a, b) && earn_decimal_cmp(a->value, b->value)) {
        char va[EARN_DECIMAL_BUFSIZE], vb[EARN_DECIMAL_BUFSIZE];
        earn_decimal_format(a->value, va, sizeof va);
        earn_decimal_format(b->value, vb, sizeof vb);
        earn_doc_add_diag(doc, b->fvalue[0], b->fvalue[1], EARN_SEV_INFO,
                          "%s%s%s is stated as %s here and as %s at byte %zu; both are kept",
                          a->metric, a->period_name[0] ? " " : "", a->period_name, vb, va,
                          a->value_span.start);
        continue;
      }
      /* A current figure with its stated growth and the comparative it grew from. */
      earn_fact *cur = a->prior ? b : a, *prior = a->prior ? a : b;
      if (cur->prior || !prior->prior || !cur->has_yoy || cur->kind != EARN_FACT_ACTUAL)
        continue;
      earn_fperiod want = earn_fperiod_prior_year(cur->period);
      if (strcmp(cur->metric, prior->metric) || cur->basis != prior->basis ||
          strcmp(cur->unit, prior->unit) || prior->period.fy != want.fy ||
          prior->period.qa != want.qa || prior->period.qb != want.qb ||
          !same_segment(doc, cur, prior))
        continue;
      earn_decimal computed;
      if (growth_contradicts(cur, prior, &computed)) {
        char c[EARN_DECIMAL_BUFSIZE], s[EARN_DECIMAL_BUFSIZE];
        earn_decimal_format(earn_decimal_normalize(computed), c, sizeof c);
        earn_decimal_format(cur->yoy, s, sizeof s);
        earn_doc_add_diag(doc, cur->fstmt[0], cur->fstmt[1], EARN_SEV_WARNING,
                          "%s%s%s: stated growth %s%% but the stated values give %s%%", cur->metric,
                          cur->period_name[0] ? " " : "", cur->period_name, s, c);
      }
    }
  }
}

void earn_check_facts(earn_doc *doc) {
  for (size_t i = 0; i < doc->nfacts; i++) {
    earn_fact *f = &doc->facts[i];
    f->value_span = earn_doc_span(doc, f->fvalue[0], f->fvalue[1]);
    f->metric_span = earn_doc_span(doc, f->fmetric[0], f->fmetric[1]);
    f->stmt_span = earn_doc_span(doc, f->fstmt[0], f->fstmt[1]);
  }
  name_periods(doc);
  main_currency(doc);
  check_release_date(doc);
  check_pairs(doc);
}
