/* SPDX-License-Identifier: MIT */
/* Facts: the quantities of a document linked to the metrics they measure. The text is walked
   one sentence at a time; inside a sentence, metric words, cue words and quantities come in
   order and a small state machine decides what each figure is: the value of the metric just
   named, its growth, a comparative of an earlier period, a currency translation, a per-share
   amount, or nothing it can vouch for. Periods come from labels in the sentence, then from
   the heading above it, then from the report. */
#include <string.h>
#include <strings.h>

#include "linker.h"

static const char *const count_units[] = {"users", "members", "customers", "organizations",
                                          "units", "orders",  "employees", "stores"};

bool earn_is_count_unit(const char *unit) {
  for (size_t i = 0; i < sizeof count_units / sizeof count_units[0]; i++)
    if (strcmp(unit, count_units[i]) == 0)
      return true;
  return false;
}

long earn_new_fact(linker *lk, sentence *st) {
  earn_doc *doc = lk->doc;
  if (!earn_grow(doc->alloc, (void **)&doc->facts, &doc->facts_cap, doc->nfacts + 1,
                 sizeof *doc->facts)) {
    doc->oom = true;
    return -1;
  }
  earn_fact *f = &doc->facts[doc->nfacts];
  memset(f, 0, sizeof *f);
  f->unit = "";
  f->count_unit = "";
  f->sentence = st->start;
  f->rule = "fact.value";
  return (long)doc->nfacts++;
}

/* A fact of the same statement with its own figure: a translation, a comparative, a per-share
   amount, the high end of a range. */
long earn_clone_fact(linker *lk, sentence *st, long src, const char *rule) {
  long i = earn_new_fact(lk, st);
  if (i < 0)
    return -1;
  earn_fact *f = fact_at(lk, i), *from = fact_at(lk, src);
  *f = *from;
  f->has_value = f->has_yoy = f->has_qoq = false;
  f->unit = "";
  f->rule = rule;
  return i;
}

void earn_extend_statement(earn_fact *f, size_t start, size_t end) {
  if (start < f->fstmt[0])
    f->fstmt[0] = start;
  if (end > f->fstmt[1])
    f->fstmt[1] = end;
}

static void earn_set_value(linker *lk, sentence *st, long idx, const earn_quantity *q,
                           earn_decimal value, earn_qualifier qual) {
  earn_fact *f = fact_at(lk, idx);
  bool negative = (f->metric_flags & EARN_LEXF_NEG) ||
                  (st->loss && q->fstart >= st->loss_end && q->fstart - st->loss_end <= 12);
  /* Japanese marks losses with △ and ▲; a figure in full-width parentheses ("配当金（40.00円）")
     is an aside, not an accounting negative. */
  const earn_doc *doc = lk->doc;
  if (doc->lang == EARN_LANG_JA && (q->flags & EARN_QF_NEGATIVE_MARK) && !negative &&
      q->span.end - q->span.start >= 3 && memcmp(doc->input + q->span.start, "（", 3) == 0 &&
      earn_decimal_sign(value) < 0)
    value = earn_decimal_negate(value);
  if (negative && earn_decimal_sign(value) > 0)
    value = earn_decimal_negate(value);
  st->loss = false;
  f->has_value = true;
  f->value = value;
  f->qualifier = qual;
  if (f->value_kind == EARN_Q_COUNT)
    f->unit = earn_is_count_unit(q->unit) ? q->unit : f->count_unit;
  else if (f->value_kind == EARN_Q_PERCENT)
    f->unit = "pct";
  else
    f->unit = q->unit;
  f->fvalue[0] = q->fstart;
  f->fvalue[1] = q->fend;
  earn_extend_statement(f, q->fstart, q->fend);
  st->last_value = idx;
  st->last_value_end = q->fend;
}

/* Give fact idx the figure q: both ends of a range become two facts. */
void earn_give_figure(linker *lk, sentence *st, long idx, const earn_quantity *q) {
  if (q->is_range) {
    earn_set_value(lk, st, idx, q, q->low, EARN_QUAL_AT_LEAST);
    long hi = earn_clone_fact(lk, st, idx, "fact.range_high");
    if (hi >= 0)
      earn_set_value(lk, st, hi, q, q->high, EARN_QUAL_AT_MOST);
    st->last_value = idx;
  } else if (q->has_value) {
    earn_set_value(lk, st, idx, q, q->value, q->qualifier);
  }
}

/* Mark a cloned fact as a comparative of the sentence's earlier period: the period that came
   with its cue, or else the year before its current figure's (finish_sentence). */
void earn_make_prior(earn_fact *f, const sentence *st) {
  f->prior = true;
  f->kind = EARN_FACT_ACTUAL; /* an earlier period's figure is a result, even in an outlook */
  if (st->prior_neg >= 0)
    f->metric_flags =
        (uint8_t)((f->metric_flags & ~EARN_LEXF_NEG) | (st->prior_neg ? EARN_LEXF_NEG : 0));
  f->period_explicit = false;
  if (st->has_prior_period) {
    f->period = st->prior_period;
    f->period_explicit = true;
  }
}

/* The quantity that ends exactly at folded offset pos, or NULL. */
static const earn_quantity *earn_quantity_ending_at(const earn_doc *doc, size_t pos) {
  size_t lo = earn_doc_quantity_from(doc, pos);
  return lo > 0 && doc->q[lo - 1].fend == pos ? &doc->q[lo - 1] : NULL;
}

/* Nothing but blanks, small cue words (reported, 为, of) and period labels in [a, b)?
   ("compared with first-quarter 2021 profit per share") */
bool earn_only_cues_between(const linker *lk, size_t a, size_t b) {
  const char *s = lk->doc->text.s;
  for (int guard = 0; guard < 6; guard++) {
    b = skip_blanks_back(s, b, a);
    while (b > a && s[b - 1] == ':') /* "（去年同期：溢利…）" */
      b = skip_blanks_back(s, b - 1, a);
    if (b <= a)
      return true;
    const earn_quantity *q = earn_quantity_ending_at(lk->doc, b);
    if (q && q->fstart >= a && (q->kind == EARN_Q_PERIOD || q->kind == EARN_Q_DATE)) {
      b = q->fstart;
      continue;
    }
    const earn_kw *k = earn_kw_ending_at(&lk->kws, b);
    int cue = k && k->start >= a ? earn_kw_cue(k) : EARN_CUE_NONE;
    if (cue != EARN_CUE_FILLER && cue != EARN_CUE_REPORTED && cue != EARN_CUE_PRIOR &&
        cue != EARN_CUE_VERSUS)
      return false; /* "…last year while non-GAAP earnings": another figure */
    b = k->start;
  }
  return false;
}

/* Does a comma (or 、) stand right before pos? */
static bool after_comma(const char *s, size_t floor, size_t pos) {
  size_t b = skip_blanks_back(s, pos, floor);
  return b > floor && (s[b - 1] == ',' || (b >= floor + 3 && memcmp(s + b - 3, "、", 3) == 0));
}

/* Keep the segment as written: the input's own bytes, or the folded text where the input
   holds markup or character references there. */
bool earn_store_segment(earn_doc *doc, earn_fact *f, size_t a, size_t b) {
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
  f->seg_off = off;
  f->seg_len = n;
  return true;
}

long earn_start_fact(linker *lk, sentence *st, const earn_kw *k) {
  earn_doc *doc = lk->doc;
  const earn_lex_entry *e = k->e;
  long idx = earn_new_fact(lk, st);
  if (idx < 0)
    return -1;
  earn_fact *f = fact_at(lk, idx);
  f->metric = e->unit;
  f->value_kind = e->kind;
  f->metric_flags = e->flags;
  /* "earnings per ordinary share", "net income per Class A share": a metric word with a
     per-share phrase after it is a per-share amount. */
  const earn_kw *after = earn_kw_from(&lk->kws, skip_blanks(doc->text.s, doc->text.len, k->end));
  if (after && earn_kw_cue(after) == EARN_CUE_PER_SHARE && after->start - k->end <= 1 &&
      e->kind == EARN_Q_MONEY && !(e->flags & EARN_LEXF_PER_SHARE)) {
    /* (revenue per share and the like are no reported metric) */
    f->metric = strcmp(e->unit, "net_income") == 0 ? "eps" : "other";
    f->metric_flags |= EARN_LEXF_PER_SHARE;
    if (strstr(after->e->term, "ADS"))
      f->metric_flags |= EARN_LEXF_ADS;
  }
  f->count_unit = e->value;
  f->basis = e->basis    ? (earn_basis)(e->basis - 1)
             : st->basis ? (earn_basis)(st->basis - 1)
                         : EARN_BASIS_REPORTED;
  f->kind = st->kind;
  f->fmetric[0] = f->fstmt[0] = k->start;
  f->fmetric[1] = f->fstmt[1] = k->end;
  f->group = ++lk->group_seq;
  size_t a, b;
  if (earn_find_segment(doc, &lk->kws, st->start, k->start, k->end, &a, &b)) {
    if (!earn_store_segment(doc, f, a, b))
      return -1;
  } else if (st->cur >= 0 && k->start > st->start &&
             after_comma(doc->text.s, st->start, k->start)) {
    /* "光学模组业务实现营业收入…，毛利率为…": a metric with no name of its own after a comma
       is about the business the sentence is about. */
    const earn_fact *prev = fact_at(lk, st->cur);
    f->seg_off = prev->seg_off;
    f->seg_len = prev->seg_len;
  } else if (lk->section_seg[1] > lk->section_seg[0]) {
    if (!earn_store_segment(doc, f, lk->section_seg[0], lk->section_seg[1]))
      return -1; /* under a heading that names the segment */
  }
  if (st->has_ctx) {
    f->period = st->ctx;
    f->period_explicit = f->period_from_context = true;
  }
  st->basis = 0;
  /* "compare to revenue of $15.68 billion and net profit of $3.38 billion": metrics named
     right after a comparison word are comparatives, and so are the ones listed after them. */
  if (st->prior && (st->prior_list || earn_only_cues_between(lk, st->prior_cue_end, k->start))) {
    f->prior = true;
    st->prior_list = true;
  } else {
    st->prior = false;
    st->prior_list = false;
  }
  st->has_prior_period = false;
  st->cur = st->primary = idx;
  return idx;
}

/* "sales to retail customers", "use by commercial customers", "with external customers": a
   count noun inside a prepositional phrase is not what the sentence reports. */
static bool count_in_phrase(const linker *lk, const sentence *st, const earn_kw *k) {
  if (lk->doc->lang != EARN_LANG_EN || k->e->kind != EARN_Q_COUNT)
    return false;
  static const char *const preps[] = {"to",   "by",    "of",      "for",    "from",
                                      "with", "among", "serving", "serves", "including"};
  const char *s = lk->doc->text.s;
  size_t p = k->start;
  for (int words = 0; words < 4; words++) {
    p = skip_blanks_back(s, p, st->start);
    size_t w = p;
    while (w > st->start && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != ',')
      w--;
    if (w == p || strchr(",;.:", s[p - 1]) || (s[w] >= '0' && s[w] <= '9'))
      return false; /* the phrase ends at punctuation or a figure */
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
      if (strlen(preps[i]) == p - w && strncasecmp(s + w, preps[i], p - w) == 0)
        return true;
    p = w;
  }
  return false;
}

/* Japanese: "売上高販売管理費比率" runs the word on into a longer noun, and "営業利益の増加"
   names a change of it; neither states the metric's figure. */
static bool modifier_only(const linker *lk, const sentence *st, const earn_kw *k) {
  if (lk->doc->lang != EARN_LANG_JA || k->end >= lk->doc->text.len)
    return false;
  uint32_t cp = 0;
  earn_utf8_decode(lk->doc->text.s + k->end, lk->doc->text.len - k->end, &cp);
  bool compound = earn_is_han(cp) || earn_is_katakana(cp);
  /* "営業利益は、売上総利益率が向上したことも加わり、…": a subject inside the clause. */
  bool subordinate = cp == 0x304C /* が */ && st->cur >= 0 && !lk->doc->facts[st->cur].has_value;
  return compound || subordinate || (cp == 0x306E /* の */ && st->cur >= 0);
}

static void on_metric(linker *lk, sentence *st, const earn_kw *k) {
  if (count_in_phrase(lk, st, k) || modifier_only(lk, st, k))
    return;
  if (st->cur >= 0) {
    earn_fact *cur = fact_at(lk, st->cur);
    /* "上年同期为经营亏损…", "compared with reported earnings of": the comparative names its
       metric again, right after its cue. */
    if (st->prior && cur->has_value && same_item(cur->metric, k->e->unit) &&
        earn_only_cues_between(lk, st->prior_cue_end, k->start) && k->e->basis == 0) {
      /* "営業損失28百万円（前期は営業利益38百万円）": the comparative's own word decides. */
      st->prior_neg = (k->e->flags & EARN_LEXF_NEG) != 0;
      st->last_event_end = k->end;
      return;
    }
  }
  earn_start_fact(lk, st, k);
  st->last_event_end = k->end;
}

static void on_cue(linker *lk, sentence *st, const earn_kw *k) {
  int cue = earn_kw_cue(k);
  switch (cue) {
  case EARN_CUE_PRIOR:
  case EARN_CUE_VERSUS:
    st->prior = true;
    st->prior_time = cue == EARN_CUE_PRIOR;
    st->prior_cue_end = k->end;
    break;
  case EARN_CUE_TO: /* "rose 10% over last year to $5 million": a current level follows */
    st->prior = false;
    break;
  case EARN_CUE_LOSS:
    st->loss = true;
    st->loss_end = k->end;
    break;
  case EARN_CUE_ADJUSTED:
  case EARN_CUE_COMPARABLE:
  case EARN_CUE_REPORTED: {
    earn_basis b = cue == EARN_CUE_ADJUSTED     ? EARN_BASIS_ADJUSTED
                   : cue == EARN_CUE_COMPARABLE ? EARN_BASIS_COMPARABLE
                                                : EARN_BASIS_REPORTED;
    /* "经调整经营盈利（非国际财务报告准则）": right after its metric, before the figure. */
    if (st->cur >= 0) {
      earn_fact *f = fact_at(lk, st->cur);
      if (!f->has_value && !f->has_yoy && !f->has_qoq) {
        f->basis = b; /* "revenue on a constant currency basis grew 7%" */
        break;
      }
    }
    st->basis = (int)b + 1;
    break;
  }
  case EARN_CUE_GUIDANCE:
  case EARN_CUE_TARGET:
    st->kind = cue == EARN_CUE_GUIDANCE ? EARN_FACT_GUIDANCE : EARN_FACT_TARGET;
    if (st->cur >= 0 && !fact_at(lk, st->cur)->has_value) /* "earnings target for 2004" */
      fact_at(lk, st->cur)->kind = st->kind;
    /* Japanese and Chinese put the verb last: "…売上高は1,150億元を見込む" is an outlook for
       the figures before it. */
    if (lk->doc->lang != EARN_LANG_EN)
      for (size_t i = st->first_fact; i < lk->doc->nfacts; i++)
        if (lk->doc->facts[i].kind == EARN_FACT_ACTUAL && !lk->doc->facts[i].prior)
          lk->doc->facts[i].kind = st->kind;
    break;
  case EARN_CUE_ESTIMATE:
  case EARN_CUE_PRICE:
    st->blocked = true;
    break;
  case EARN_CUE_POINT:
    st->point = true;
    break;
  case EARN_CUE_P_TTM: {
    /* Twelve months to the report's quarter: its fiscal year at Q4, no fiscal period else. */
    earn_fperiod r = lk->doc->report.period;
    if (r.fy > 0 && r.qb == 4)
      earn_on_period(lk, st, (earn_fperiod){r.fy, 1, 4}, k->start, k->end, true);
    else
      st->no_period = true;
    break;
  }
  case EARN_CUE_P_FY:
  case EARN_CUE_P_H1:
  case EARN_CUE_P_H2:
  case EARN_CUE_P_YTD:
  case EARN_CUE_P_CURRENT: {
    earn_fperiod p = earn_report_relative(lk->doc, cue);
    /* "第3四半期累計", "third quarter year to date": to date from the year's start. */
    if (cue == EARN_CUE_P_YTD && st->has_ctx && k->end > st->ctx_end &&
        k->start <= st->ctx_end + 9 && st->ctx.qa > 1) { /* (第2四半期連結累計期間) */
      st->ctx.qa = 1;
      for (size_t i = st->first_fact; i < lk->doc->nfacts; i++)
        if (lk->doc->facts[i].period_from_context)
          lk->doc->facts[i].period.qa = 1;
      break;
    }
    if (p.fy > 0)
      earn_on_period(lk, st, p, k->start, k->end, true);
    break;
  }
  default:
    break;
  }
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

/* Periods, points in time and facts with nothing to say, once the sentence is read. */
static void finish_sentence(linker *lk, sentence *st) {
  earn_doc *doc = lk->doc;
  size_t out = st->first_fact;
  for (size_t i = st->first_fact; i < doc->nfacts; i++) {
    earn_fact f = doc->facts[i];
    if ((!f.has_value && !f.has_yoy && !f.has_qoq) || strcmp(f.metric, "other") == 0)
      continue; /* nothing said, or said of a line item that is not reported */
    /* Without a label of its own a fact is of its heading's period or the report's; a
       comparative is of the year before its current figure's period. */
    if (!f.period_explicit) {
      earn_fperiod base = lk->has_paragraph ? lk->paragraph
                          : lk->has_section ? lk->section
                                            : doc->report.period;
      if (f.prior)
        f.period = earn_fperiod_prior_year(f.period.fy > 0 ? f.period : base);
      else
        f.period = base;
    }
    /* A target for the very year a release reports ("earnings target for 2004" in the 2004
       results) is that year's guidance; a target is a long-range goal, and one without a
       named period has none. */
    const earn_report *r = &doc->report;
    if (f.kind == EARN_FACT_TARGET && f.period_explicit && r->period.fy > 0 &&
        r->period_at < st->start && f.period.fy <= r->period.fy)
      f.kind = EARN_FACT_GUIDANCE;
    if (f.kind == EARN_FACT_TARGET && !f.period_explicit)
      f.period = (earn_fperiod){0, 0, 0};
    if (st->no_period && !f.period_explicit)
      f.period = (earn_fperiod){0, 0, 0};
    if (f.value_kind == EARN_Q_COUNT && (st->point || !f.period_explicit)) {
      f.point_in_time = true;
      f.period = (earn_fperiod){0, 0, 0};
    }
    doc->facts[out++] = f;
  }
  doc->nfacts = out;
  drop_basic_eps(doc, st->first_fact);
  lk->last_fact = -1;
  for (size_t i = st->first_fact; i < out; i++)
    if (doc->facts[i].has_value && !doc->facts[i].prior)
      lk->last_fact = (long)i;
}

/* The period a sentence opens with, before any metric ("For fiscal year 2014, …", "上半年合计，"),
   becomes the paragraph's. */
static void paragraph_opening(linker *lk, const sentence *st) {
  if (st->has_ctx && st->ctx_at_start) {
    lk->has_paragraph = true;
    lk->paragraph = st->ctx;
  }
}

static void read_sentence(linker *lk, size_t start, size_t end) {
  earn_doc *doc = lk->doc;
  sentence st;
  memset(&st, 0, sizeof st);
  st.start = start;
  st.end = end;
  st.first_fact = doc->nfacts;
  st.cur = st.primary = st.last_value = -1;
  st.prior_neg = -1;
  while (!doc->oom) {
    const earn_kw *k = lk->ki < lk->kws.n ? &lk->kws.at[lk->ki] : NULL;
    const earn_quantity *q = lk->qi < doc->nq ? &doc->q[lk->qi] : NULL;
    bool kw_in = k && k->start < end, q_in = q && q->fstart < end;
    if (!kw_in && !q_in)
      break;
    /* A metric word that starts inside a name such as "1株当たり" and runs past it
       ("1株当たり当期純利益") is read instead of the name. */
    if (q_in && kw_in && q->kind == EARN_Q_LABEL && k->start >= q->fstart && k->start < q->fend &&
        k->end > q->fend) {
      lk->qi++;
      continue;
    }
    if (q_in && (!kw_in || q->fstart <= k->start)) {
      lk->qi++;
      /* Words inside a quantity (its qualifier or unit) were read with it; one that runs on
         past it ("第3四半期累計") is read after it. */
      while (lk->ki < lk->kws.n && lk->kws.at[lk->ki].start < q->fend &&
             lk->kws.at[lk->ki].start >= q->fstart && lk->kws.at[lk->ki].end <= q->fend)
        lk->ki++;
      earn_fperiod p;
      if ((q->kind == EARN_Q_PERIOD || q->kind == EARN_Q_DATE) && earn_quantity_period(doc, q, &p))
        earn_on_period(lk, &st, p, q->fstart, q->fend, false);
      else if (q->kind == EARN_Q_MONEY || q->kind == EARN_Q_PERCENT || q->kind == EARN_Q_COUNT ||
               q->kind == EARN_Q_NUMBER)
        earn_on_figure(lk, &st, q);
      st.last_event_end = q->fend;
    } else {
      lk->ki++;
      if (k == st.consumed)
        continue;
      if (k->e->category == EARN_LEX_METRIC)
        on_metric(lk, &st, k);
      else
        on_cue(lk, &st, k);
    }
  }
  finish_sentence(lk, &st);
  paragraph_opening(lk, &st);
}

static void skip_to(linker *lk, size_t end) {
  while (lk->qi < lk->doc->nq && lk->doc->q[lk->qi].fstart < end)
    lk->qi++;
  while (lk->ki < lk->kws.n && lk->kws.at[lk->ki].start < end)
    lk->ki++;
}

void earn_find_facts(earn_doc *doc) {
  linker lk;
  memset(&lk, 0, sizeof lk);
  lk.doc = doc;
  lk.last_fact = -1;
  const char *s = doc->text.s;
  size_t len = doc->text.len;
  for (size_t pos = 0; pos < len && !doc->oom;) {
    size_t end = earn_sentence_end(s, len, pos, doc->lang, doc->html);
    if (end <= pos)
      end = pos + 1;
    bool line_start = pos == 0 || s[pos - 1] == '\n';
    bool line_end = end >= len || s[end - 1] == '\n';
    if (line_start)
      lk.has_paragraph = false; /* a new line starts a new paragraph */
    /* Words are looked up only where they can matter: in a sentence with a figure or a label,
       or one that opens a paragraph (its period may hold for the paragraph). Most of a
       release's prose has neither. */
    bool figures = lk.qi < doc->nq && doc->q[lk.qi].fstart < end;
    if ((figures || line_start) && !earn_find_keywords(doc, pos, end, &lk.kws)) {
      doc->oom = true;
      break;
    }
    if (line_start && line_end && earn_is_heading_line(&lk, pos, end)) {
      earn_read_heading(&lk, pos, end);
      lk.last_fact = -1;
    } else if (earn_is_table_row(s, pos, end))
      skip_to(&lk, end); /* tables are read as tables later, never as prose */
    else
      read_sentence(&lk, pos, end);
    pos = end;
  }
  earn_dealloc(doc->alloc, lk.kws.at);
}
