/* SPDX-License-Identifier: MIT */
/* Facts: the fact reader's driver and its last stage. The text is read one sentence at a
   time through the stages of reader.h (scope, events and clauses, roles, frames); each frame
   becomes one fact (two for a range) with its period (the frame's own, else the sentence's,
   the heading's or the report's; a comparative's is the year or quarter before), its kind
   and its unit. */
#include <strings.h>

#include "reader.h"

static const char *const count_units[] = {"users", "members", "customers", "organizations",
                                          "units", "orders",  "employees", "stores"};

bool earn_is_count_unit(const char *unit) {
  for (size_t i = 0; i < sizeof count_units / sizeof count_units[0]; i++)
    if (strcmp(unit, count_units[i]) == 0)
      return true;
  return false;
}

/* Keep the segment as written: the input's own bytes, or the folded text where the input
   holds markup or character references there. */
static bool store_segment(earn_doc *doc, earn_fact *f, size_t a, size_t b) {
  if (b <= a)
    return true;
  earn_span sp = earn_doc_span(doc, a, b);
  const char *src = doc->input + sp.start;
  size_t n = sp.end - sp.start;
  if (n == 0 || n > 4 * (b - a) + 8 || memchr(src, '<', n) || memchr(src, '&', n)) {
    src = doc->text.s + a;
    n = b - a;
  }
  size_t off;
  if (!earn_doc_store(doc, src, n, &off))
    return false;
  for (char *c = doc->strings + off; c < doc->strings + off + n; c++)
    if (*c == '\n' || *c == '\r' || *c == '\t')
      *c = ' '; /* (a name wrapped over two lines is one name) */
  f->seg_off = off;
  f->seg_len = n;
  return true;
}

static bool add_fact(earn_doc *doc, const earn_fact *f) {
  if (!earn_grow(doc->alloc, (void **)&doc->facts, &doc->facts_cap, doc->nfacts + 1,
                 sizeof *doc->facts)) {
    doc->oom = true;
    return false;
  }
  doc->facts[doc->nfacts++] = *f;
  return true;
}

/* What one sentence's frames need to become facts. */
typedef struct sentence_facts {
  earn_doc *doc;
  const char **currency; /* the document's currency, for amounts that name none (found when
                            first needed) */
  const earn_sentence *sent;
  const earn_sentence_events *se;
  const earn_figures *figs;
  const earn_frames *frames;
  bool point;     /* "as of", 截至: counts are at a point in time */
  bool no_period; /* "trailing twelve months" before a fiscal year's end */
} sentence_facts;

static const earn_quantity *figure_q(const sentence_facts *sf, long fi) {
  return sf->se->ev[sf->figs->at[fi].ev].q;
}

/* The period of a frame that names none: the sentence's, the paragraph's, the heading's or
   the report's; a comparative's is the year (or quarter) before the period of the figure it
   is compared with. */
static earn_fperiod frame_period(const sentence_facts *sf, long i, bool *explicit_period) {
  const earn_frame *f = &sf->frames->at[i];
  const earn_doc *doc = sf->doc;
  *explicit_period = f->has_period;
  if (f->has_period)
    return f->period;
  earn_fperiod base = sf->sent->scope.has_paragraph ? sf->sent->scope.paragraph
                      : sf->sent->scope.has_period  ? sf->sent->scope.period
                                                    : doc->report.period;
  if (!f->prior)
    return base;
  earn_fperiod cur = base;
  for (long k = i; k >= 0; k = sf->frames->at[k].of) {
    const earn_frame *at = &sf->frames->at[k];
    long current = !at->prior ? k : at->compared;
    if (current >= 0) {
      bool e;
      cur = frame_period(sf, current, &e);
      break;
    }
  }
  return f->prior_qoq ? earn_fperiod_prior_quarter(cur) : earn_fperiod_prior_year(cur);
}

static void set_growth(earn_fact *fact, const sentence_facts *sf, long fi, bool qoq, int end) {
  const earn_figure *fig = &sf->figs->at[fi];
  const earn_quantity *q = figure_q(sf, fi);
  earn_decimal v = q->has_value ? q->value : end > 0 ? q->high : q->low;
  if (q->is_range) {
    /* The low value pairs with the lowest rate, whatever order they are written in: 下降0%-25%
       gives -25 to the low end, 下降43.49%至29.37% gives it -43.49. */
    earn_decimal a = q->low, b = q->high;
    if (fig->sign < 0) {
      a = earn_decimal_negate(a);
      b = earn_decimal_negate(b);
    }
    bool a_lower = earn_decimal_cmp(a, b) <= 0;
    v = (end > 0) == a_lower ? q->high : q->low;
  }
  if (fig->magnitude && earn_decimal_sign(v) < 0)
    v = earn_decimal_negate(v);
  if (fig->ratio) { /* 前期比101.2％ is +1.2% */
    earn_decimal d;
    if (earn_decimal_sub(v, earn_decimal_from_int(100), &d) != EARN_OK)
      return;
    v = d;
  } else if (fig->sign < 0 && earn_decimal_sign(v) > 0) {
    v = earn_decimal_negate(v);
  }
  earn_qualifier qual = (q->flags & EARN_QF_LOWER_BOUND_WORD) ? EARN_QUAL_AT_LEAST
                        : q->is_range                         ? EARN_QUAL_EXACT
                                                              : q->qualifier;
  if (qoq) {
    fact->has_qoq = true;
    fact->qoq = v;
    fact->qoq_qualifier = qual;
  } else {
    fact->has_yoy = true;
    fact->yoy = v;
    fact->yoy_qualifier = qual;
  }
}

/* The currency most of the document's amounts are in; else the one its language implies. */
static const char *document_currency(const earn_doc *doc) {
  const char *best = "";
  size_t best_n = 0;
  for (size_t i = 0; i < doc->nq && best_n * 2 <= doc->nq; i++) {
    const earn_quantity *q = &doc->q[i];
    if (q->kind != EARN_Q_MONEY || !q->unit[0] || strcmp(q->unit, best) == 0)
      continue;
    size_t n = 0;
    for (size_t j = i; j < doc->nq; j++)
      n += doc->q[j].kind == EARN_Q_MONEY && strcmp(doc->q[j].unit, q->unit) == 0;
    if (n > best_n) {
      best_n = n;
      best = q->unit;
    }
  }
  if (best_n)
    return best;
  return doc->lang == EARN_LANG_ZH ? "CNY" : doc->lang == EARN_LANG_JA ? "JPY" : "";
}

/* The unit of the value q of frame f. */
static const char *value_unit(const sentence_facts *sf, const earn_frame *f,
                              const earn_quantity *q) {
  if (f->value_kind == EARN_Q_COUNT)
    return earn_is_count_unit(q->unit) ? q->unit : f->count_unit;
  if (f->value_kind == EARN_Q_PERCENT)
    return "pct";
  if (earn_bare_amount(sf->doc, q) && f->value_kind == EARN_Q_MONEY) {
    if (!*sf->currency)
      *sf->currency = document_currency(sf->doc);
    if ((*sf->currency)[0]) {
      earn_doc_add_diag(sf->doc, q->fstart, q->fend, EARN_SEV_INFO,
                        "an amount without a currency; taken as %s, the document's", *sf->currency);
      return *sf->currency;
    }
  }
  if (q->kind != EARN_Q_MONEY && f->of >= 0) {
    /* "or 2.03 per share" after "$1.47 billion": the currency of the amount it divides */
    const earn_frame *src = &sf->frames->at[f->of];
    if (src->value >= 0)
      return figure_q(sf, src->value)->unit;
  }
  return q->unit;
}

/* The folded span of one end of range q ("$120 million to $2.4 billion", "3亿元至45亿元"): the
   text after (end > 0) or before (end < 0) its last separator. */
static void range_end_span(const char *s, const earn_quantity *q, int end, size_t span[2]) {
  static const char *const seps[] = {" to ", "至", "到", "~", "-", " and "};
  size_t at = 0, n = 0;
  for (size_t i = q->fstart + 1; i < q->fend; i++)
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
      size_t m = strlen(seps[k]);
      if (i + m < q->fend && strncmp(s + i, seps[k], m) == 0) {
        at = i;
        n = m;
      }
    }
  if (!n)
    return;
  if (end > 0) {
    span[0] = at + n;
    while (span[0] < q->fend && s[span[0]] == ' ')
      span[0]++;
  } else {
    span[1] = at;
    while (span[1] > q->fstart && s[span[1] - 1] == ' ')
      span[1]--;
  }
}

/* One fact of frame i; `end` picks the end of a range (-1 low, +1 high, 0 none). */
static bool frame_fact(sentence_facts *sf, long i, int end) {
  const earn_frame *f = &sf->frames->at[i];
  earn_doc *doc = sf->doc;
  earn_fact fact;
  memset(&fact, 0, sizeof fact);
  fact.metric = f->metric;
  fact.value_kind = f->value_kind;
  fact.metric_flags = f->metric_flags;
  fact.basis = f->basis;
  fact.kind = f->kind;
  fact.prior = f->prior;
  fact.unit = "";
  fact.count_unit = f->count_unit;
  fact.rule = end > 0 ? "fact.range_high" : f->rule;
  fact.sentence = sf->sent->start;
  fact.group = (size_t)(sf->sent->start << 8) + f->group;
  fact.fmetric[0] = f->metric_span[0];
  fact.fmetric[1] = f->metric_span[1];
  fact.fstmt[0] = f->stmt[0];
  fact.fstmt[1] = f->stmt[1];
  if (f->value >= 0) {
    const earn_quantity *q = figure_q(sf, f->value);
    if (f->value_end)
      end = f->value_end; /* one end of a range read as a change and a level */
    bool negative = f->negative;
    /* A loss of 7.6亿元-11.4亿元 runs from -11.4亿 (its low end) to -7.6亿. */
    bool swap = negative && q->is_range && !f->value_end && earn_decimal_sign(q->low) > 0;
    earn_decimal v = q->is_range ? ((end > 0) != swap ? q->high : q->low) : q->value;
    /* A figure in full-width parentheses ("配当金（40.00円）") is an aside, not an accounting
       negative. */
    if (doc->lang == EARN_LANG_JA && (q->flags & EARN_QF_NEGATIVE_MARK) && !negative &&
        q->span.end - q->span.start >= 3 && memcmp(doc->input + q->span.start, "（", 3) == 0 &&
        earn_decimal_sign(v) < 0)
      v = earn_decimal_negate(v);
    if (negative && earn_decimal_sign(v) > 0)
      v = earn_decimal_negate(v);
    fact.has_value = true;
    fact.value = v;
    fact.qualifier = !q->is_range   ? q->qualifier
                     : f->value_end ? EARN_QUAL_EXACT
                     : end > 0      ? EARN_QUAL_AT_MOST
                                    : EARN_QUAL_AT_LEAST;
    fact.unit = value_unit(sf, f, q);
    fact.fvalue[0] = q->fstart;
    fact.fvalue[1] = q->fend;
    if (q->is_range && f->value_end)
      range_end_span(doc->text.s, q, f->value_end, fact.fvalue);
  }
  if (f->yoy >= 0)
    set_growth(&fact, sf, f->yoy, false, end);
  if (f->qoq >= 0)
    set_growth(&fact, sf, f->qoq, true, end);
  if (!fact.has_value) { /* a growth statement: its figure is the rate */
    long g = f->yoy >= 0 ? f->yoy : f->qoq;
    fact.fvalue[0] = figure_q(sf, g)->fstart;
    fact.fvalue[1] = figure_q(sf, g)->fend;
  }
  bool explicit_period;
  fact.period = frame_period(sf, i, &explicit_period);
  fact.period_explicit = explicit_period;
  const earn_report *r = &doc->report;
  /* A target for the very year a release reports ("earnings target for 2004" in the 2004
     results) is that year's guidance; a target is a long-range goal, and one without a named
     period has none. */
  bool named = f->has_period && !f->period_weak;
  bool dated = f->has_period;
  if (fact.kind == EARN_FACT_TARGET && dated && r->period.fy > 0 &&
      r->period_at < sf->sent->start && fact.period.fy <= r->period.fy)
    fact.kind = EARN_FACT_GUIDANCE;
  if (fact.kind == EARN_FACT_TARGET && !dated)
    fact.period = (earn_fperiod){0, 0, 0};
  if (fact.kind == EARN_FACT_GUIDANCE && r->preliminary && fact.period.fy > 0 &&
      fact.period.fy <= r->period.fy)
    fact.kind = EARN_FACT_ACTUAL; /* 业绩快报: "预计2021年营业收入…" are the year's results */
  /* 业绩预告: "2021年公司预盈2.7亿元-3.2亿元" is the company's expected profit (a product's
     growth the forecast cites, "MOSFET产品营收同比增长130%", is no forecast) */
  if (fact.kind == EARN_FACT_ACTUAL && r->forecast && !fact.prior && r->period.fy > 0 &&
      fact.period.fy == r->period.fy && fact.period.qa == r->period.qa &&
      fact.period.qb == r->period.qb && f->seg[1] <= f->seg[0] && strcmp(f->metric, "revenue") != 0)
    fact.kind = EARN_FACT_GUIDANCE;
  /* "Forecasting first-quarter 2023 revenue …; expecting first-quarter EPS of $(0.80)" in the
     fourth-quarter 2022 release: an outlook for a quarter its text names without a year, which
     would come before the quarter reported, is of the next year's */
  if (fact.kind == EARN_FACT_GUIDANCE && fact.period.fy > 0 && fact.period.qa == fact.period.qb &&
      fact.period.fy == r->period.fy && r->period.qa == r->period.qb &&
      fact.period.qb < r->period.qa && f->yearless)
    fact.period.fy++;
  if ((sf->no_period && !named) || f->many_periods)
    fact.period = (earn_fperiod){0, 0, 0};
  if (fact.value_kind == EARN_Q_COUNT && (sf->point || !dated)) {
    fact.point_in_time = true;
    fact.period = (earn_fperiod){0, 0, 0};
  }
  if (!store_segment(doc, &fact, f->seg[0], f->seg[1]))
    return false;
  return add_fact(doc, &fact);
}

/* "$0.89 per share ($0.88 per share on a diluted basis)", "基本每股收益0.86元，稀释每股收益
   0.85元": where a sentence gives both, the diluted figure is the company's EPS. */
static void drop_basic_eps(earn_doc *doc, size_t first) {
  size_t out = first;
  for (size_t i = first; i < doc->nfacts; i++) {
    const earn_fact *f = &doc->facts[i];
    bool basic = strcmp(f->metric, "eps") == 0 && !(f->metric_flags & EARN_LEXF_DILUTED);
    bool superseded = false;
    for (size_t j = first; j < doc->nfacts && basic && !superseded; j++) {
      const earn_fact *d = &doc->facts[j];
      superseded = j != i && strcmp(d->metric, "eps") == 0 &&
                   (d->metric_flags & EARN_LEXF_DILUTED) && d->basis == f->basis &&
                   d->prior == f->prior && d->kind == f->kind &&
                   ((d->metric_flags ^ f->metric_flags) & EARN_LEXF_ADS) == 0 &&
                   strcmp(d->unit, f->unit) == 0 && d->period.fy == f->period.fy &&
                   d->period.qa == f->period.qa && d->period.qb == f->period.qb;
    }
    if (!superseded)
      doc->facts[out++] = doc->facts[i];
  }
  doc->nfacts = out;
}

/* The frames of a sentence as facts; returns false on OOM. */
static bool sentence_to_facts(sentence_facts *sf) {
  earn_doc *doc = sf->doc;
  size_t first = doc->nfacts;
  for (size_t i = 0; i < sf->se->n; i++) {
    int cue = earn_ev_cue(sf->se, i);
    if (cue == EARN_CUE_POINT)
      sf->point = true;
    if (cue == EARN_CUE_P_TTM) {
      earn_fperiod r = doc->report.period;
      sf->no_period |= !(r.fy > 0 && r.qb == 4);
    }
  }
  for (size_t i = 0; i < sf->frames->n; i++) {
    const earn_frame *f = &sf->frames->at[i];
    if ((f->value < 0 && f->yoy < 0 && f->qoq < 0) || strcmp(f->metric, "other") == 0)
      continue; /* nothing said, or said of a line item that is not reported */
    const earn_quantity *v = f->value >= 0 ? figure_q(sf, f->value) : NULL;
    const earn_quantity *g = f->yoy >= 0 ? figure_q(sf, f->yoy) : NULL;
    bool range = (v && v->is_range && !f->value_end) || (g && g->is_range && !v);
    if (!frame_fact(sf, (long)i, range ? -1 : 0))
      return false;
    if (range && !frame_fact(sf, (long)i, 1))
      return false;
  }
  drop_basic_eps(doc, first);
  return true;
}

/* Might the sentence open a breakdown (内訳, 構成, 构成, 明细)? A test of bytes, for sentences
   whose words are otherwise not looked up. */
static bool opens_breakdown(const char *s, size_t start, size_t end) {
  static const unsigned char firsts[][6] = {
      {0xE5, 0x86, 0x85, 0xE8, 0xA8, 0xB3}, /* 内訳 */
      {0xE6, 0xA7, 0x8B, 0xE6, 0x88, 0x90}, /* 構成 */
      {0xE6, 0x9E, 0x84, 0xE6, 0x88, 0x90}, /* 构成 */
      {0xE6, 0x98, 0x8E, 0xE7, 0xBB, 0x86}  /* 明细 */
  };
  for (size_t i = start; i + 6 <= end; i++)
    if ((unsigned char)s[i] == 0xE5 || (unsigned char)s[i] == 0xE6)
      for (size_t k = 0; k < sizeof firsts / sizeof firsts[0]; k++)
        if (memcmp(s + i, firsts[k], 6) == 0)
          return true;
  return false;
}

/* What the next sentence may refer back to: its last current fact. */
static void carry_forward(earn_carry *carry, const earn_frames *frames,
                          const earn_sentence_events *se, const earn_figures *figs) {
  carry->has_fact = carry->has_subject = false;
  for (size_t i = frames->n; i-- > 0;) {
    const earn_frame *f = &frames->at[i];
    if (!carry->has_subject && (f->value >= 0 || f->yoy >= 0) && !f->prior && f->of < 0) {
      carry->has_subject = true;
      carry->subject = *f;
    }
    if (f->value >= 0 && !f->prior && f->of < 0) {
      carry->has_fact = carry->has_stated = true;
      carry->last = carry->stated = *f;
      carry->last_value = se->ev[figs->at[f->value].ev].q;
      return;
    }
  }
}

#ifdef EARN_DEBUG_STAGES
#include <stdio.h>
/* A development aid (build with -DEARN_DEBUG_STAGES): every stage's output on stderr. */
static void dump_stages(const earn_doc *doc, const earn_sentence *sent,
                        const earn_sentence_events *se, const earn_figures *figs,
                        const earn_frames *frames) {
  const char *s = doc->text.s;
  fprintf(stderr, "== sentence [%zu,%zu) scope: period=%d%s fy%d q%d-%d kind=%d para=%d\n",
          sent->start, sent->end, sent->scope.has_period, "", sent->scope.period.fy,
          sent->scope.period.qa, sent->scope.period.qb, sent->scope.kind,
          sent->scope.has_paragraph);
  size_t fi = 0;
  for (size_t i = 0; i < se->n; i++) {
    const earn_event *e = &se->ev[i];
    fprintf(stderr, "  ev%zu c%u %s '%.*s'", i, e->clause,
            e->type == EARN_EV_METRIC ? "M"
            : e->type == EARN_EV_CUE  ? "C"
            : e->type == EARN_EV_QTY  ? "Q"
                                      : "P",
            (int)(e->end - e->start), s + e->start);
    if (e->type == EARN_EV_CUE)
      fprintf(stderr, " cue=%d", e->cue);
    if (earn_ev_is_figure(e)) {
      const earn_figure *f = &figs->at[fi++];
      fprintf(stderr, " role=%d sign=%d qoq=%d ratio=%d ps=%d basis=%d named=%s item='%.*s'",
              f->role, f->sign, f->qoq, f->ratio, f->per_share, f->basis,
              f->named_after ? f->named_after->term : "", (int)(f->item[1] - f->item[0]),
              s + f->item[0]);
    }
    fprintf(stderr, "\n");
  }
  for (size_t i = 0; i < frames->n; i++) {
    const earn_frame *f = &frames->at[i];
    fprintf(stderr,
            "  frame%zu %s basis=%d kind=%d prior=%d seg='%.*s' value=%ld yoy=%ld qoq=%ld of=%ld "
            "per=%d fy%d q%d-%d weak=%d rule=%s\n",
            i, f->metric, f->basis, f->kind, f->prior, (int)(f->seg[1] - f->seg[0]), s + f->seg[0],
            f->value, f->yoy, f->qoq, f->of, f->has_period, f->period.fy, f->period.qa,
            f->period.qb, f->period_weak, f->rule);
  }
}
#endif

void earn_find_facts(earn_doc *doc) {
  earn_kwlist kws = {NULL, 0, 0};
  const char *currency = NULL; /* found when first needed */
  earn_scope_reader sr;
  memset(&sr, 0, sizeof sr);
  earn_sentence_events se;
  memset(&se, 0, sizeof se);
  earn_figures figs = {NULL, 0, 0};
  earn_frames frames = {NULL, 0, 0};
  earn_carry carry;
  memset(&carry, 0, sizeof carry);
  const char *s = doc->text.s;
  size_t len = doc->text.len, qi = 0;
  for (size_t pos = 0; pos < len && !doc->oom;) {
    size_t end = earn_sentence_end(s, len, pos, doc->lang, doc->html);
    if (end <= pos)
      end = pos + 1;
    while (qi < doc->nq && doc->q[qi].fstart < pos)
      qi++;
    bool line_start = pos == 0 || s[pos - 1] == '\n';
    /* Words are looked up only where they can matter: in a sentence with a figure or a label,
       or one that opens a line (a heading or a period opener). Most of a release's prose has
       neither. */
    bool figures = qi < doc->nq && doc->q[qi].fstart < end;
    bool words = figures || line_start || opens_breakdown(s, pos, end);
    if (words && !earn_find_keywords(doc, pos, end, &kws)) {
      doc->oom = true;
      break;
    }
    earn_sentence sent = earn_scope_sentence(&sr, doc, &kws, pos, end, !words);
    if (sent.type == EARN_SENT_PROSE && figures) {
      if (!earn_read_events(doc, &kws, pos, end, &se) || !earn_read_roles(doc, &se, &figs) ||
          !earn_read_frames(doc, &kws, &sent, &se, &figs, &carry, &frames)) {
        doc->oom = true;
        break;
      }
#ifdef EARN_DEBUG_STAGES
      dump_stages(doc, &sent, &se, &figs, &frames);
#endif
      sentence_facts sf = {doc, &currency, &sent, &se, &figs, &frames, false, false};
      if (!sentence_to_facts(&sf))
        break;
      carry_forward(&carry, &frames, &se, &figs);
    } else if (sent.type != EARN_SENT_PROSE) {
      carry.has_fact = carry.has_subject = false;
    }
    pos = end;
  }
  earn_dealloc(doc->alloc, kws.at);
  earn_sentence_events_free(&se, doc->alloc);
  earn_dealloc(doc->alloc, figs.at);
  earn_dealloc(doc->alloc, frames.at);
}
