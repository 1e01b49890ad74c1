/* SPDX-License-Identifier: MIT */
/* Repeated facts: a release states its headline figures in the title, the highlights and the
   body, and an article may repeat itself whole. The same fact stated several times becomes
   one fact with several mentions; different values for the same item are both kept, with a
   diagnostic (fact-checks.c). Facts are sorted by key so that the work stays near linear. */
#include <stdlib.h>
#include <string.h>

#include "facts.h"

/* qsort has no context argument; the document being sorted is passed through this. Each
   call sorts indexes of one document, so only one sort per thread runs at a time. */
static _Thread_local const earn_doc *sorting;

static int cmp_period(earn_fperiod a, earn_fperiod b) {
  if (a.fy != b.fy)
    return a.fy < b.fy ? -1 : 1;
  if (a.qa != b.qa)
    return a.qa < b.qa ? -1 : 1;
  return a.qb == b.qb ? 0 : a.qb < b.qb ? -1 : 1;
}

/* The item a fact is about, short of its figures and segment. */
static int cmp_item(const earn_fact *a, const earn_fact *b) {
  int c = strcmp(a->metric, b->metric);
  if (c)
    return c;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  if ((c = cmp_period(a->period, b->period)) != 0)
    return c;
  int ads_a = (a->metric_flags & EARN_LEXF_ADS) != 0,
      ads_b = (b->metric_flags & EARN_LEXF_ADS) != 0;
  return ads_a - ads_b;
}

static int cmp_opt(bool ha, earn_decimal a, bool hb, earn_decimal b) {
  if (ha != hb)
    return ha ? 1 : -1;
  return ha ? earn_decimal_cmp(a, b) : 0;
}

static int cmp_key(const void *pa, const void *pb) {
  const earn_fact *a = &sorting->facts[*(const size_t *)pa];
  const earn_fact *b = &sorting->facts[*(const size_t *)pb];
  int c = cmp_item(a, b);
  if (!c)
    c = cmp_opt(a->has_value, a->value, b->has_value, b->value);
  if (!c)
    c = strcmp(a->unit, b->unit);
  if (!c)
    c = cmp_opt(a->has_yoy, a->yoy, b->has_yoy, b->yoy);
  if (!c)
    c = cmp_opt(a->has_qoq, a->qoq, b->has_qoq, b->qoq);
  if (!c) {
    size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
    c = ia < ib ? -1 : ia > ib; /* first mention first */
  }
  return c;
}

static bool is_bound(earn_qualifier q) {
  return q == EARN_QUAL_AT_LEAST || q == EARN_QUAL_MORE_THAN || q == EARN_QUAL_AT_MOST ||
         q == EARN_QUAL_LESS_THAN;
}

/* Can two stated growth rates be one: equal, or one a bound the other meets ("净利润同比降逾
   四成" in a headline and "同比下降41.9%" in the body)? */
static bool same_growth(bool ha, earn_decimal a, earn_qualifier qa, bool hb, earn_decimal b,
                        earn_qualifier qb) {
  if (!ha || !hb || earn_decimal_cmp(a, b) == 0)
    return true;
  if (is_bound(qb) && !is_bound(qa))
    return same_growth(hb, b, qb, ha, a, qa);
  if (!is_bound(qa) || is_bound(qb) || earn_decimal_sign(a) != earn_decimal_sign(b))
    return false;
  /* a is a bound on the size of the change; b is a figure */
  earn_decimal ma = earn_decimal_sign(a) < 0 ? earn_decimal_negate(a) : a;
  earn_decimal mb = earn_decimal_sign(b) < 0 ? earn_decimal_negate(b) : b;
  int c = earn_decimal_cmp(mb, ma);
  switch (qa) {
  case EARN_QUAL_AT_LEAST:
    return c >= 0;
  case EARN_QUAL_MORE_THAN:
    return c > 0;
  case EARN_QUAL_AT_MOST:
    return c <= 0;
  default:
    return c < 0;
  }
}

/* Segments that name the same business: equal, one inside the other, or both the company. */
static bool segments_agree(const earn_doc *doc, const earn_fact *a, const earn_fact *b) {
  if (a->seg_len == 0 || b->seg_len == 0)
    return a->seg_len == b->seg_len;
  const char *sa = doc->strings + a->seg_off, *sb = doc->strings + b->seg_off;
  size_t na = a->seg_len, nb = b->seg_len;
  const char *lng = na >= nb ? sa : sb, *sht = na >= nb ? sb : sa;
  size_t nl = na >= nb ? na : nb, ns = na >= nb ? nb : na;
  for (size_t i = 0; i + ns <= nl; i++)
    if (memcmp(lng + i, sht, ns) == 0)
      return true;
  return false;
}

/* Can fact b be another statement of fact a? */
static bool mergeable(const earn_doc *doc, const earn_fact *a, const earn_fact *b) {
  if (cmp_item(a, b) != 0 || a->prior != b->prior || a->basis != b->basis)
    return false; /* ("up 11% Y/Y, up 11% in constant currency": two facts) */
  if (!same_growth(a->has_yoy, a->yoy, a->yoy_qualifier, b->has_yoy, b->yoy, b->yoy_qualifier) ||
      !same_growth(a->has_qoq, a->qoq, a->qoq_qualifier, b->has_qoq, b->qoq, b->qoq_qualifier))
    return false;
  if (a->has_value && b->has_value)
    return earn_decimal_cmp(a->value, b->value) == 0 && strcmp(a->unit, b->unit) == 0;
  /* A growth statement without a figure ("Revenue Grows 71 Percent" in a headline) is the
     growth of the same business's figure of the same period: it agrees with what the other
     says, or adds what it does not say. */
  bool says_growth = b->has_yoy || b->has_qoq;
  return says_growth && segments_agree(doc, a, b);
}

static void absorb(earn_fact *into, const earn_fact *from) {
  if (!into->has_yoy && from->has_yoy) {
    into->has_yoy = true;
    into->yoy = from->yoy;
    into->yoy_qualifier = from->yoy_qualifier;
  }
  if (!into->has_qoq && from->has_qoq) {
    into->has_qoq = true;
    into->qoq = from->qoq;
    into->qoq_qualifier = from->qoq_qualifier;
  }
  if (into->seg_len == 0 && from->seg_len) {
    into->seg_off = from->seg_off;
    into->seg_len = from->seg_len;
  }
}

/* Merge repeated facts; returns false on OOM. */
static bool merge_facts(earn_doc *doc) {
  size_t n = doc->nfacts;
  if (n == 0)
    return true;
  size_t *order = earn_malloc(doc->alloc, n * sizeof *order);
  size_t *canon =
      n <= SIZE_MAX / (2 * sizeof *canon) ? earn_malloc(doc->alloc, 2 * n * sizeof *canon) : NULL;
  if (!order || !canon) {
    earn_dealloc(doc->alloc, order);
    earn_dealloc(doc->alloc, canon);
    return false;
  }
  for (size_t i = 0; i < n; i++) {
    order[i] = i;
    canon[i] = i;
  }
  sorting = doc;
  qsort(order, n, sizeof *order, cmp_key);
  sorting = NULL;
  /* Within a run of one item, each fact merges into the first survivor it agrees with. The
     survivors of a run are few (its distinct figures), so each fact is checked against a
     short list and the work stays close to linear. Figures go first, so that growth-only
     statements can join a fact with a figure. */
  size_t *survivors = canon + n; /* room after canon */
  for (size_t r = 0; r < n;) {
    size_t e = r + 1;
    while (e < n && cmp_item(&doc->facts[order[r]], &doc->facts[order[e]]) == 0)
      e++;
    size_t ns = 0;
    for (int pass = 0; pass < 2; pass++)
      for (size_t i = r; i < e; i++) {
        size_t b_idx = order[i];
        earn_fact *b = &doc->facts[b_idx];
        if (b->has_value != (pass == 0))
          continue;
        bool merged = false;
        for (size_t j = 0; j < ns && !merged; j++) {
          earn_fact *a = &doc->facts[survivors[j]];
          if (!mergeable(doc, a, b))
            continue;
          if (b_idx < survivors[j] && b->has_value == a->has_value) {
            /* The first mention speaks for the fact: b takes a's place. */
            absorb(b, a);
            canon[survivors[j]] = b_idx;
            survivors[j] = b_idx;
          } else {
            absorb(a, b);
            canon[b_idx] = survivors[j];
          }
          merged = true;
        }
        if (!merged)
          survivors[ns++] = b_idx;
      }
    r = e;
  }
  /* A survivor may have given way to an earlier mention: follow to the end. */
  for (size_t i = 0; i < n; i++)
    while (canon[canon[i]] != canon[i])
      canon[i] = canon[canon[i]];
  /* Mentions: every statement span, grouped by the fact that survives. */
  size_t *count = order; /* reuse: mentions per survivor */
  memset(count, 0, n * sizeof *count);
  for (size_t i = 0; i < n; i++)
    count[canon[i]]++;
  if (!earn_grow(doc->alloc, (void **)&doc->mentions, &doc->mentions_cap, n,
                 sizeof *doc->mentions)) {
    earn_dealloc(doc->alloc, order);
    earn_dealloc(doc->alloc, canon);
    return false;
  }
  /* The survivor's own statement first, then the others in text order. */
  size_t next = 0;
  for (size_t i = 0; i < n; i++)
    if (canon[i] == i) {
      earn_fact *f = &doc->facts[i];
      f->mention0 = next;
      f->mentions = 1;
      doc->mentions[next] = earn_doc_span(doc, f->fstmt[0], f->fstmt[1]);
      next += count[i];
    }
  for (size_t i = 0; i < n; i++) {
    earn_fact *c = &doc->facts[canon[i]];
    const earn_fact *f = &doc->facts[i];
    if (canon[i] != i)
      doc->mentions[c->mention0 + c->mentions++] = earn_doc_span(doc, f->fstmt[0], f->fstmt[1]);
  }
  doc->nmentions = n;
  size_t out = 0;
  for (size_t i = 0; i < n; i++)
    if (canon[i] == i)
      doc->facts[out++] = doc->facts[i];
  doc->nfacts = out;
  earn_dealloc(doc->alloc, order);
  earn_dealloc(doc->alloc, canon);
  return true;
}

void earn_finish_facts(earn_doc *doc) {
  if (!merge_facts(doc)) {
    doc->oom = true;
    return;
  }
  earn_check_facts(doc);
}
