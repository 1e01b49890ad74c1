/* SPDX-License-Identifier: MIT */
/* Facts: the quantities of a document linked to the metrics they measure. The text is walked
   one sentence at a time; inside a sentence, metric words, cue words and quantities come in
   order and a small state machine decides what each figure is: the value of the metric just
   named, its growth, a comparative of an earlier period, a currency translation, a per-share
   amount, or nothing it can vouch for. Periods come from labels in the sentence, then from
   the heading above it, then from the report. */
#include <string.h>
#include <strings.h>

#include "facts.h"

typedef struct sentence {
  size_t start, end;
  size_t first_fact;   /* doc->nfacts when the sentence began */
  long cur;            /* the fact being described, -1 if none */
  long primary;        /* the fact a growth figure belongs to */
  long last_value;     /* the fact whose figure came last */
  size_t last_value_end;
  size_t last_event_end; /* end of the last quantity or metric word */
  int basis;             /* a basis cue waiting for its metric: earn_basis + 1, 0 if none */
  earn_fact_kind kind;
  bool prior; /* "compared with", "上年同期为": the next figures are of an earlier period */
  bool prior_time; /* the cue named an earlier time ("a year ago", 去年同期), not a comparison */
  bool prior_list; /* "These results compare to revenue of $X and profit of $Y": every figure */
  size_t prior_cue_end;
  size_t change_end; /* end of an amount of change ("by $24 million"), 0 if none */
  int change_sign;   /* its direction, +1 or -1; 0 when only "by" said it was a change */
  int prior_neg;     /* a comparative that named its metric again: 1 a loss word, 0 not, -1 none */
  bool has_prior_period;
  earn_fperiod prior_period;
  bool loss; /* "亏损", "loss": the next figure is negative */
  size_t loss_end;
  bool blocked; /* an analyst estimate or a share price: the figures after it are no results */
  bool point;   /* "as of", "截至": counts are at a point in time */
  bool has_ctx;
  bool ctx_at_start; /* the sentence opened with its period, before any metric */
  size_t ctx_end;
  earn_fperiod ctx;
  const earn_kw *consumed; /* a metric word already used by a figure before it */
} sentence;

typedef struct linker {
  earn_doc *doc;
  earn_kwlist kws;
  size_t ki, qi; /* next keyword and quantity */
  bool has_section;
  earn_fperiod section;
  size_t section_seg[2]; /* a heading that names a segment ("①運送事業"); empty if none */
  long last_fact;         /* the last current figure of the sentence before, -1 if none */
  bool has_paragraph;     /* "For fiscal year 2014, total revenues…": the period a paragraph */
  earn_fperiod paragraph; /* opens with holds for its later sentences */
  size_t group_seq;
} linker;

static const char *const count_units[] = {"users",     "members", "customers", "organizations",
                                          "units",     "orders",  "employees", "stores"};

/* ---- small helpers ----------------------------------------------------------------------- */

static earn_fact *fact_at(linker *lk, long i) { return &lk->doc->facts[i]; }

static size_t skip_blanks(const char *s, size_t len, size_t pos) {
  while (pos < len && (s[pos] == ' ' || s[pos] == '\n'))
    pos++;
  return pos;
}

static size_t skip_blanks_back(const char *s, size_t pos, size_t floor) {
  while (pos > floor && (s[pos - 1] == ' ' || s[pos - 1] == '\n'))
    pos--;
  return pos;
}

static bool is_count_unit(const char *unit) {
  for (size_t i = 0; i < sizeof count_units / sizeof count_units[0]; i++)
    if (strcmp(unit, count_units[i]) == 0)
      return true;
  return false;
}

static earn_fperiod report_relative(const earn_doc *doc, int cue) {
  earn_fperiod p = doc->report.period, none = {0, 0, 0};
  if (p.fy <= 0)
    return none;
  switch (cue) {
  case EARN_CUE_P_FY:
    return (earn_fperiod){p.fy, 1, 4};
  case EARN_CUE_P_H1:
    return (earn_fperiod){p.fy, 1, 2};
  case EARN_CUE_P_H2:
    return (earn_fperiod){p.fy, 3, 4};
  case EARN_CUE_P_YTD:
    return (earn_fperiod){p.fy, 1, p.qb};
  default:
    return p;
  }
}

/* A period label (or a bare year after "for", "in", "fiscal") as a fiscal period. */
static bool quantity_period(const earn_doc *doc, const earn_quantity *q, earn_fperiod *out) {
  earn_plabel l;
  const char *label = doc->strings + q->label_off;
  if (!earn_plabel_parse(label, &l))
    return false;
  if (q->kind == EARN_Q_DATE && doc->lang != EARN_LANG_EN) {
    /* "2025年全年营业收入", "到2030年实现", "2025年，公司…": a year on its own (2025年, not
       2025年3月) that opens a clause or leads to a figure is that fiscal year; "2026年計画"
       (a plan) is not. */
    if (strlen(label) != 4 || strcmp(q->rule, "date.y_cjk") != 0)
      return false;
    const char *s = doc->text.s;
    size_t after = skip_blanks(s, doc->text.len, q->fend);
    static const char *const leads[] = {"全年", "年度", "实现", "归属", "归母", ",", "度"};
    bool ok = false;
    for (size_t i = 0; i < sizeof leads / sizeof leads[0] && !ok; i++)
      ok = strncmp(s + after, leads[i], strlen(leads[i])) == 0;
    static const char *const before[] = {"到", "至", "于", "在"};
    for (size_t i = 0; i < sizeof before / sizeof before[0] && !ok; i++)
      ok = q->fstart >= 3 && strncmp(s + q->fstart - 3, before[i], 3) == 0;
    if (!ok)
      return false;
  } else if (q->kind == EARN_Q_DATE) {
    /* Only a year standing for a fiscal year: "for 2025", "in 2003", "fiscal 2024". */
    if (strlen(label) != 4)
      return false;
    size_t p = skip_blanks_back(doc->text.s, q->fstart, 0);
    static const char *const before[] = {"for", "in", "during", "fiscal", "of", "year"};
    static const char *const part_of[] = {"quarter of", "period of", "half of", "months of"};
    for (size_t i = 0; i < sizeof part_of / sizeof part_of[0]; i++) {
      size_t n = strlen(part_of[i]);
      if (p >= n && strncasecmp(doc->text.s + p - n, part_of[i], n) == 0)
        return false; /* "the same quarter of 2024" is a part of that year */
    }
    bool ok = false;
    for (size_t i = 0; i < sizeof before / sizeof before[0] && !ok; i++) {
      size_t n = strlen(before[i]);
      ok = p >= n && strncasecmp(doc->text.s + p - n, before[i], n) == 0 &&
           (p == n || doc->text.s[p - n - 1] == ' ' || doc->text.s[p - n - 1] == '\n');
    }
    if (!ok)
      return false;
  }
  return earn_report_resolve(doc, &l, doc->report.period.fy, out);
}

/* ---- facts ---------------------------------------------------------------------------------- */

static long new_fact(linker *lk, sentence *st) {
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
static long clone_fact(linker *lk, sentence *st, long src, const char *rule) {
  long i = new_fact(lk, st);
  if (i < 0)
    return -1;
  earn_fact *f = fact_at(lk, i), *from = fact_at(lk, src);
  *f = *from;
  f->has_value = f->has_yoy = f->has_qoq = false;
  f->unit = "";
  f->rule = rule;
  return i;
}

static void extend_statement(earn_fact *f, size_t start, size_t end) {
  if (start < f->fstmt[0])
    f->fstmt[0] = start;
  if (end > f->fstmt[1])
    f->fstmt[1] = end;
}

static void set_value(linker *lk, sentence *st, long idx, const earn_quantity *q,
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
    f->unit = is_count_unit(q->unit) ? q->unit : f->count_unit;
  else if (f->value_kind == EARN_Q_PERCENT)
    f->unit = "pct";
  else
    f->unit = q->unit;
  f->fvalue[0] = q->fstart;
  f->fvalue[1] = q->fend;
  extend_statement(f, q->fstart, q->fend);
  st->last_value = idx;
  st->last_value_end = q->fend;
}

/* Give fact idx the figure q: both ends of a range become two facts. */
static void give_figure(linker *lk, sentence *st, long idx, const earn_quantity *q) {
  if (q->is_range) {
    set_value(lk, st, idx, q, q->low, EARN_QUAL_AT_LEAST);
    long hi = clone_fact(lk, st, idx, "fact.range_high");
    if (hi >= 0)
      set_value(lk, st, hi, q, q->high, EARN_QUAL_AT_MOST);
    st->last_value = idx;
  } else if (q->has_value) {
    set_value(lk, st, idx, q, q->value, q->qualifier);
  }
}

/* Mark a cloned fact as a comparative of the sentence's earlier period: the period that came
   with its cue, or else the year before its current figure's (finish_sentence). */
static void make_prior(earn_fact *f, const sentence *st) {
  f->prior = true;
  if (st->prior_neg >= 0)
    f->metric_flags = (uint8_t)((f->metric_flags & ~EARN_LEXF_NEG) | (st->prior_neg ? EARN_LEXF_NEG : 0));
  f->period_explicit = false;
  if (st->has_prior_period) {
    f->period = st->prior_period;
    f->period_explicit = true;
  }
}

/* ---- metric words ------------------------------------------------------------------------------ */

static bool same_item(const char *a, const char *b) { return strcmp(a, b) == 0; }

/* The quantity that ends exactly at folded offset pos, or NULL. */
static const earn_quantity *quantity_ending_at(const earn_doc *doc, size_t pos) {
  size_t lo = 0, hi = doc->nq;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (doc->q[mid].fstart < pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo > 0 && doc->q[lo - 1].fend == pos ? &doc->q[lo - 1] : NULL;
}

/* Nothing but blanks, small cue words (reported, 为, of) and period labels in [a, b)?
   ("compared with first-quarter 2021 profit per share") */
static bool only_cues_between(const linker *lk, size_t a, size_t b) {
  const char *s = lk->doc->text.s;
  for (int guard = 0; guard < 6; guard++) {
    b = skip_blanks_back(s, b, a);
    if (b <= a)
      return true;
    const earn_quantity *q = quantity_ending_at(lk->doc, b);
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
static bool store_segment(earn_doc *doc, earn_fact *f, size_t a, size_t b) {
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

static long start_fact(linker *lk, sentence *st, const earn_kw *k) {
  earn_doc *doc = lk->doc;
  const earn_lex_entry *e = k->e;
  long idx = new_fact(lk, st);
  if (idx < 0)
    return -1;
  earn_fact *f = fact_at(lk, idx);
  f->metric = e->unit;
  f->value_kind = e->kind;
  f->metric_flags = e->flags;
  f->count_unit = e->value;
  f->basis = e->basis ? (earn_basis)(e->basis - 1)
             : st->basis ? (earn_basis)(st->basis - 1)
                         : EARN_BASIS_REPORTED;
  f->kind = st->kind;
  f->fmetric[0] = f->fstmt[0] = k->start;
  f->fmetric[1] = f->fstmt[1] = k->end;
  f->group = ++lk->group_seq;
  size_t a, b;
  if (earn_find_segment(doc, &lk->kws, st->start, k->start, k->end, &a, &b)) {
    if (!store_segment(doc, f, a, b))
      return -1;
  } else if (st->cur >= 0 && k->start > st->start && after_comma(doc->text.s, st->start, k->start)) {
    /* "精密轴承业务实现营业收入…，毛利率为…": a metric with no name of its own after a comma
       is about the business the sentence is about. */
    const earn_fact *prev = fact_at(lk, st->cur);
    f->seg_off = prev->seg_off;
    f->seg_len = prev->seg_len;
  } else if (lk->section_seg[1] > lk->section_seg[0]) {
    if (!store_segment(doc, f, lk->section_seg[0], lk->section_seg[1]))
      return -1; /* under a heading that names the segment */
  }
  if (st->has_ctx) {
    f->period = st->ctx;
    f->period_explicit = f->period_from_context = true;
  }
  st->basis = 0;
  /* "compare to revenue of $15.68 billion and net profit of $3.38 billion": metrics named
     right after a comparison word are comparatives, and so are the ones listed after them. */
  if (st->prior && (st->prior_list || only_cues_between(lk, st->prior_cue_end, k->start))) {
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
  static const char *const preps[] = {"to", "by", "of", "for", "from", "with", "among",
                                      "serving", "serves", "including"};
  const char *s = lk->doc->text.s;
  size_t p = k->start;
  for (int words = 0; words < 4; words++) {
    p = skip_blanks_back(s, p, st->start);
    size_t w = p;
    while (w > st->start && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != ',')
      w--;
    if (w == p)
      return false;
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
  bool compound = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x30A0 && cp <= 0x30FF);
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
        only_cues_between(lk, st->prior_cue_end, k->start) && k->e->basis == 0) {
      /* "営業損失28百万円（前期は営業利益38百万円）": the comparative's own word decides. */
      st->prior_neg = (k->e->flags & EARN_LEXF_NEG) != 0;
      st->last_event_end = k->end;
      return;
    }
  }
  start_fact(lk, st, k);
  st->last_event_end = k->end;
}

/* ---- periods ---------------------------------------------------------------------------------- */

static void on_period(linker *lk, sentence *st, earn_fperiod p, size_t start, size_t end,
                      bool from_cue) {
  earn_doc *doc = lk->doc;
  const char *s = doc->text.s;
  /* "较一季度亏损…", "compared with … in 2003": the period of a comparative. */
  if (st->prior && start >= st->prior_cue_end && start - st->prior_cue_end <= 10) {
    st->has_prior_period = true;
    st->prior_period = p;
    /* A comparative already given its figure takes the period that follows it. */
  }
  /* A label right after a figure is that figure's period ("… billion for the fourth quarter
     of 2025"), and its translations'. */
  if (st->last_value >= 0 && st->last_event_end == st->last_value_end &&
      start >= st->last_value_end && start - st->last_value_end <= 32) {
    earn_fact *last = fact_at(lk, st->last_value);
    size_t group = last->group;
    bool prior = last->prior;
    for (size_t i = st->first_fact; i < doc->nfacts; i++) {
      earn_fact *f = &doc->facts[i];
      if (f->group == group && f->prior == prior && !f->period_explicit) {
        f->period = p;
        f->period_explicit = true;
      }
    }
    return;
  }
  if (st->has_prior_period && st->prior_period.fy == p.fy && st->prior_period.qa == p.qa)
    return; /* a comparison base: "from the fourth quarter of 2024" */
  /* After "than", "over", "from": a base of comparison, not the figure's own period. */
  size_t b = skip_blanks_back(s, start, st->start);
  const earn_kw *k = earn_kw_ending_at(&lk->kws, b);
  if (k && (earn_kw_cue(k) == EARN_CUE_PRIOR || earn_kw_cue(k) == EARN_CUE_YOY))
    return;
  if (st->cur >= 0) {
    earn_fact *cur = fact_at(lk, st->cur);
    if (!cur->has_value &&
        (!cur->period_explicit || (cur->period_from_context && !from_cue))) {
      cur->period = p; /* "full-year earnings for 2003 were": the nearer label */
      cur->period_explicit = true;
      cur->period_from_context = false;
    }
  }
  /* A period word keeps an earlier label ("2028年度までに…年間"), unless it opens a new clause
     or names its metric's period ("…；上半年归母净利润"). */
  const earn_kw *next = earn_kw_from(&lk->kws, end);
  bool names_metric = next && next->e->category == EARN_LEX_METRIC && next->start - end <= 3;
  bool new_clause = st->has_ctx && start > st->ctx_end &&
                    memchr(s + st->ctx_end, ';', start - st->ctx_end) != NULL;
  if (!from_cue || !st->has_ctx || names_metric || new_clause) {
    st->ctx_at_start = !st->has_ctx && st->cur < 0 && start - st->start <= 48;
    st->has_ctx = true;
    st->ctx = p;
    st->ctx_end = end;
  }
}

/* ---- growth ----------------------------------------------------------------------------------- */

typedef struct growth {
  int sign; /* +1, -1; 0 = not a growth figure */
  bool qoq;
} growth;

/* Is the percentage q a stated growth ("同比增长12%", "up 16.4%", "36%増", "a 5.2% decrease",
   "an increase of 11.6%", "增速加快至20%")? */
static growth growth_of(const linker *lk, const sentence *st, const earn_quantity *q) {
  const char *s = lk->doc->text.s;
  growth g = {0, false};
  bool to = false;
  size_t pos = q->fstart, floor = st->start;
  if (pos > floor + 64)
    floor = pos - 64;
  /* Back from the figure over "同比增长", "an increase of", "up": the direction decides, and
     a yoy or qoq word anywhere in the phrase says which comparison. */
  for (int guard = 0; guard < 8; guard++) {
    pos = skip_blanks_back(s, pos, floor);
    const earn_kw *k = earn_kw_ending_at(&lk->kws, pos);
    if (!k || k->start < floor)
      break;
    int cue = earn_kw_cue(k);
    /* Past the direction word only "同比" / "环比" belong to this figure: "up 6%
       sequentially and up 19%" must not give 19 the 6's comparison. */
    if (g.sign && cue != EARN_CUE_YOY && cue != EARN_CUE_QOQ)
      break;
    if (cue == EARN_CUE_YOY || cue == EARN_CUE_FILLER || cue == EARN_CUE_QOQ) {
      g.qoq |= cue == EARN_CUE_QOQ;
    } else if (cue == EARN_CUE_TO) {
      to = true;
    } else if ((cue == EARN_CUE_UP || cue == EARN_CUE_DOWN) && !g.sign && !to) {
      g.sign = cue == EARN_CUE_UP ? 1 : -1;
    } else {
      break;
    }
    pos = k->start;
  }
  /* "增速加快至20%": a growth rate is a growth even after "to". */
  if (!g.sign) {
    const earn_kw *k = earn_kw_from(&lk->kws, floor);
    for (size_t i = k ? (size_t)(k - lk->kws.at) : lk->kws.n;
         i < lk->kws.n && lk->kws.at[i].end <= q->fstart; i++)
      if (earn_kw_cue(&lk->kws.at[i]) == EARN_CUE_RATE && q->fstart - lk->kws.at[i].end <= 16)
        g.sign = 1;
  }
  /* After it: "36%増", "5.2% decrease", "0.7% below", then "year over year". */
  pos = skip_blanks(s, lk->doc->text.len, q->fend);
  for (int guard = 0; guard < 4; guard++) {
    const earn_kw *k = earn_kw_from(&lk->kws, pos);
    if (!k || k->start != pos || k->start >= st->end)
      break;
    int cue = earn_kw_cue(k);
    if ((cue == EARN_CUE_UP || cue == EARN_CUE_DOWN) && !g.sign)
      g.sign = cue == EARN_CUE_UP ? 1 : -1;
    else if (cue == EARN_CUE_QOQ || cue == EARN_CUE_YOY)
      g.qoq = cue == EARN_CUE_QOQ; /* said right after the figure, it decides */
    else if (cue != EARN_CUE_FILLER)
      break;
    pos = skip_blanks(s, lk->doc->text.len, k->end);
  }
  return g;
}

/* Is one of `set` among s[0..n)? */
static bool strpbrk_n(const char *s, size_t n, const char *set) {
  for (size_t i = 0; i < n; i++)
    if (strchr(set, s[i]))
      return true;
  return false;
}

/* The basis a growth figure names right after it ("up 7% in constant currency"), or -1. */
static int basis_after(const linker *lk, const sentence *st, const earn_quantity *q) {
  const char *s = lk->doc->text.s;
  for (const earn_kw *k = earn_kw_from(&lk->kws, q->fend);
       k && k < lk->kws.at + lk->kws.n && k->start - q->fend <= 24 && k->end <= st->end; k++) {
    if (strpbrk_n(s + q->fend, k->start - q->fend, ",;.(\n"))
      break; /* in the same clause only */
    int cue = earn_kw_cue(k);
    if (cue == EARN_CUE_COMPARABLE)
      return EARN_BASIS_COMPARABLE;
    if (cue == EARN_CUE_ADJUSTED)
      return EARN_BASIS_ADJUSTED;
    if (cue == EARN_CUE_REPORTED)
      return EARN_BASIS_REPORTED;
    if (cue == EARN_CUE_UP || cue == EARN_CUE_DOWN || k->e->category == EARN_LEX_METRIC)
      break;
  }
  return -1;
}

static void on_growth(linker *lk, sentence *st, const earn_quantity *q, growth g) {
  st->prior = st->prior_list = false;
  if (st->primary < 0 || q->is_range || !q->has_value)
    return;
  earn_fact *f = fact_at(lk, st->primary);
  int basis = basis_after(lk, st, q);
  if (basis >= 0 && (earn_basis)basis != f->basis && (f->has_yoy || f->has_value)) {
    /* A second growth on another basis is a fact of that basis. */
    long other = clone_fact(lk, st, st->primary, "fact.basis");
    if (other < 0)
      return;
    f = fact_at(lk, other);
    f->basis = (earn_basis)basis;
  }
  earn_decimal v = q->value;
  if (g.sign < 0 && earn_decimal_sign(v) > 0)
    v = earn_decimal_negate(v);
  earn_qualifier qual = (q->flags & EARN_QF_LOWER_BOUND_WORD) ? EARN_QUAL_AT_LEAST : q->qualifier;
  if (g.qoq && !f->has_qoq) {
    f->has_qoq = true;
    f->qoq = v;
    f->qoq_qualifier = qual;
  } else if (!g.qoq && !f->has_yoy) {
    f->has_yoy = true;
    f->yoy = v;
    f->yoy_qualifier = qual;
  } else {
    return;
  }
  if (!f->has_value) {
    f->fvalue[0] = q->fstart;
    f->fvalue[1] = q->fend;
  }
  extend_statement(f, q->fstart, q->fend);
}

/* ---- figures ---------------------------------------------------------------------------------- */

/* "RMB9.4 billion (US$1.3 billion)": an amount in parentheses right after another in a
   different currency. */
static bool is_translation(const linker *lk, const sentence *st, const earn_quantity *q) {
  if (st->last_value < 0 || st->last_event_end != st->last_value_end)
    return false;
  const earn_fact *last = &lk->doc->facts[st->last_value];
  if (!last->has_value || strcmp(last->unit, q->unit) == 0 || last->value_kind == EARN_Q_COUNT)
    return false;
  const char *s = lk->doc->text.s;
  size_t len = lk->doc->text.len, p = skip_blanks(s, len, st->last_value_end);
  if (p >= q->fstart || s[p] != '(')
    return false;
  p = skip_blanks(s, len, p + 1);
  if (p == q->fstart)
    return true; /* "(US$1.3 billion)", "（約8,800億円）" with its qualifier */
  /* "（合1.81美元）", "(approximately US$1.8 billion)" */
  static const char *const words[] = {"合", "约", "約", "折合", "相当于", "approximately", "about",
                                      "or"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strncmp(s + p, words[i], strlen(words[i])) == 0) {
      p = skip_blanks(s, len, p + strlen(words[i]));
      break;
    }
  return p == q->fstart;
}

/* Does "diluted" (摊薄, 稀释) stand in s[a, b) before the clause ends? */
static bool says_diluted(const linker *lk, size_t a, size_t b) {
  const char *s = lk->doc->text.s;
  if (b > lk->doc->text.len)
    b = lk->doc->text.len;
  static const char *const words[] = {"diluted", "摊薄", "稀释"};
  for (size_t i = a; i < b && s[i] != ';' && s[i] != '.'; i++)
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
      if (strncmp(s + i, words[w], strlen(words[w])) == 0)
        return true;
  return false;
}

/* The quantity that starts at folded offset pos, or NULL. */
static const earn_quantity *quantity_at(const earn_doc *doc, size_t pos) {
  size_t lo = 0, hi = doc->nq;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (doc->q[mid].fstart < pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < doc->nq && doc->q[lo].fstart == pos ? &doc->q[lo] : NULL;
}

/* The per-share cue after q ("$2.07 per share", "27 cents a share", "3.71 (US$0.53) per
   share", "0.86元/股", "$1.94 and $1.99 per share"), or NULL. */
static const earn_kw *per_share_after(const linker *lk, const earn_quantity *q, int depth) {
  const char *s = lk->doc->text.s;
  size_t len = lk->doc->text.len, p = skip_blanks(s, len, q->fend);
  if (p < len && s[p] == '(') {
    const char *close = memchr(s + p, ')', len - p < 48 ? len - p : 48);
    if (!close)
      return NULL;
    p = skip_blanks(s, len, (size_t)(close - s) + 1);
  }
  const earn_kw *k = earn_kw_from(&lk->kws, p);
  if (k && k->start == p && earn_kw_cue(k) == EARN_CUE_PER_SHARE)
    return k;
  /* The low end of a pair whose high end says "per share". */
  static const char *const joins[] = {"and", "to", "-", "~"};
  for (size_t i = 0; i < sizeof joins / sizeof joins[0] && depth == 0; i++) {
    size_t n = strlen(joins[i]);
    if (strncmp(s + p, joins[i], n) == 0 && (n == 1 || s[p + n] == ' ' || s[p + n] == '\n')) {
      const earn_quantity *next = quantity_at(lk->doc, skip_blanks(s, len, p + n));
      return next && next->kind == q->kind ? per_share_after(lk, next, 1) : NULL;
    }
  }
  return NULL;
}

static bool takes_count(const earn_quantity *q) {
  if (!q->has_value && !q->is_range)
    return false;
  if (q->kind == EARN_Q_COUNT)
    return strcmp(q->unit, "shares") != 0;
  /* A bare number counts things only when it is a whole number of some size. */
  earn_decimal whole;
  return q->kind == EARN_Q_NUMBER && q->has_value &&
         earn_decimal_round(q->value, 0, EARN_ROUND_DOWN, &whole) == EARN_OK &&
         earn_decimal_cmp(whole, q->value) == 0 &&
         earn_decimal_cmp(q->value, earn_decimal_from_int(10)) >= 0;
}

/* "47万枚を納品", "$5 billion in revenue": a figure whose metric follows it. */
static const earn_kw *metric_after(const linker *lk, const sentence *st, const earn_quantity *q) {
  const char *s = lk->doc->text.s;
  size_t p = skip_blanks(s, lk->doc->text.len, q->fend);
  static const char *const links[] = {"を", "の", "的", "in ", "of "};
  for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
    size_t n = strlen(links[i]);
    if (strncmp(s + p, links[i], n) == 0) {
      p = skip_blanks(s, lk->doc->text.len, p + n);
      break;
    }
  }
  const earn_kw *k = earn_kw_from(&lk->kws, p);
  if (!k || k->start != p || k->end > st->end || k->e->category != EARN_LEX_METRIC)
    return NULL;
  bool fits = (q->kind == EARN_Q_MONEY) ? k->e->kind == EARN_Q_MONEY && !(k->e->flags & EARN_LEXF_PER_SHARE)
                                        : k->e->kind == EARN_Q_COUNT;
  return fits ? k : NULL;
}

/* ", the adjusted gain for 2003 was": a new subject between a metric and a figure (2: the
   metric is left without a figure); "経常利益は為替差益が930百万円発生し": a figure of another
   subject (1: skip it, the metric's own figure follows). */
static int clause_break(const linker *lk, size_t a, size_t b) {
  const char *s = lk->doc->text.s;
  if (lk->doc->lang == EARN_LANG_JA && b >= a + 6 && memcmp(s + b - 3, "が", 3) == 0)
    return 1;
  static const char *const breaks[] = {", the ", "; "};
  for (size_t i = a; i < b; i++)
    if (s[i] == ',' || s[i] == ';')
      for (size_t k = 0; k < sizeof breaks / sizeof breaks[0]; k++)
        if (strncasecmp(s + i, breaks[k], strlen(breaks[k])) == 0 && i + strlen(breaks[k]) <= b)
          return 2;
  return 0;
}

/* An amount right after "by" or after a direction word ("up $5 million", "增加3亿元") is the
   size of a change; a level comes after "to" or stands alone. */
static bool is_change(const linker *lk, const sentence *st, const earn_quantity *q, int *sign) {
  const char *s = lk->doc->text.s;
  size_t pos = q->fstart;
  *sign = 0;
  for (int guard = 0; guard < 4; guard++) {
    pos = skip_blanks_back(s, pos, st->start);
    if (pos >= st->start + 2 && strncasecmp(s + pos - 2, "by", 2) == 0 &&
        (pos == st->start + 2 || s[pos - 3] == ' ')) {
      const earn_kw *k = earn_kw_ending_at(&lk->kws, skip_blanks_back(s, pos - 2, st->start));
      *sign = !k ? 0 : earn_kw_cue(k) == EARN_CUE_UP ? 1 : earn_kw_cue(k) == EARN_CUE_DOWN ? -1 : 0;
      return true;
    }
    const earn_kw *k = earn_kw_ending_at(&lk->kws, pos);
    if (!k || k->start < st->start)
      return false;
    int cue = earn_kw_cue(k);
    if (cue == EARN_CUE_UP || cue == EARN_CUE_DOWN) {
      *sign = cue == EARN_CUE_UP ? 1 : -1;
      return true;
    }
    /* "an increase of $5 million", "增加了3亿元"; but "9%増の2848億元" names a level. */
    bool small = cue == EARN_CUE_FILLER && (strcmp(k->e->term, "of") == 0 ||
                                            strcmp(k->e->term, "了") == 0);
    if (!small && cue != EARN_CUE_YOY && cue != EARN_CUE_QOQ)
      return false;
    pos = k->start;
  }
  return false;
}

static void on_figure(linker *lk, sentence *st, const earn_quantity *q) {
  earn_doc *doc = lk->doc;
  if (st->blocked)
    return;
  if (q->kind == EARN_Q_PERCENT) {
    growth g = growth_of(lk, st, q);
    /* "an increase of $41 million, or 2%": the change again, in percent */
    if (!g.sign && st->change_end && st->change_sign && q->fstart >= st->change_end &&
        q->fstart - st->change_end <= 6 &&
        memchr(lk->doc->text.s + st->change_end, 'o', q->fstart - st->change_end))
      g.sign = st->change_sign;
    if (g.sign) {
      on_growth(lk, st, q, g);
      return;
    }
  }
  const earn_kw *per_share = (q->kind == EARN_Q_MONEY || q->kind == EARN_Q_NUMBER)
                                 ? per_share_after(lk, q, 0)
                                 : NULL;
  long cur = st->cur;
  earn_fact *f = cur >= 0 ? fact_at(lk, cur) : NULL;
  if (q->kind == EARN_Q_MONEY && is_translation(lk, st, q)) {
    long t = clone_fact(lk, st, st->last_value, "fact.translation");
    if (t >= 0) {
      bool negative = earn_decimal_sign(fact_at(lk, st->last_value)->value) < 0;
      give_figure(lk, st, t, q);
      earn_fact *tf = fact_at(lk, t);
      if (negative && earn_decimal_sign(tf->value) > 0) /* "a loss of RMB2.8 billion (US$0.4 billion)" */
        tf->value = earn_decimal_negate(tf->value);
    }
    return;
  }
  int sign;
  if (q->kind != EARN_Q_PERCENT && is_change(lk, st, q, &sign)) {
    st->change_end = q->fend;
    st->change_sign = sign;
    return; /* "increased by $24 million", "同比增加3亿元": a change, not a level */
  }
  if (per_share && st->change_end && q->fstart >= st->change_end && q->fstart - st->change_end <= 6)
    return; /* "by $24 million, or 3 cents per share": the change per share */
  if (per_share && f && (q->kind == EARN_Q_MONEY || f->has_value)) {
    /* An amount per share: the metric's own figure, or a per-share fact of the statement. */
    long target = cur;
    bool ads = strstr(per_share->e->term, "ADS") || strstr(per_share->e->term, "depositary");
    if (!(f->metric_flags & EARN_LEXF_PER_SHARE) || f->has_value) {
      target = clone_fact(lk, st, cur, "fact.per_share");
      if (target < 0)
        return;
      f = fact_at(lk, target);
      if (!(f->metric_flags & EARN_LEXF_PER_SHARE)) {
        f->metric = "eps";
        f->value_kind = EARN_Q_MONEY;
      }
      f->metric_flags = (uint8_t)((f->metric_flags & ~(EARN_LEXF_ADS | EARN_LEXF_DILUTED |
                                                       EARN_LEXF_BASIC)) |
                                  EARN_LEXF_PER_SHARE | (ads ? EARN_LEXF_ADS : 0));
      if (st->prior)
        make_prior(f, st);
    }
    const char *unit = q->kind == EARN_Q_MONEY ? NULL : fact_at(lk, cur)->unit;
    if (says_diluted(lk, per_share->start, per_share->end + 24))
      fact_at(lk, target)->metric_flags |= EARN_LEXF_DILUTED; /* "per share on a diluted basis" */
    give_figure(lk, st, target, q);
    if (unit)
      fact_at(lk, target)->unit = unit; /* "or 2.03 per share" after "$1.47 billion" */
    return;
  }
  /* An amount per share is small: "$269 million" after "earnings per share" is another figure. */
  if (f && (f->metric_flags & EARN_LEXF_PER_SHARE) && q->has_value &&
      earn_decimal_cmp(q->value, earn_decimal_from_int(10000)) >= 0)
    f = NULL;
  bool fits = f && ((q->kind == EARN_Q_MONEY && f->value_kind == EARN_Q_MONEY) ||
                    (q->kind == EARN_Q_PERCENT && f->value_kind == EARN_Q_PERCENT) ||
                    (f->value_kind == EARN_Q_COUNT && takes_count(q)));
  /* "earnings for the fourth quarter a year ago were $162.3 million", "毛利率由去年同期的
     51.6%上升至54.0%": a figure after a word for an earlier time is a comparative even
     before the current figure is given. */
  bool time_before = st->prior && f && st->prior_cue_end > f->fmetric[1] &&
                     (st->prior_time ||
                      (q->fstart >= st->prior_cue_end && q->fstart - st->prior_cue_end <= 3));
  /* ("narrowed from $7.79 million … to $4.90 million": right after "from" is the earlier) */
  const earn_kw *named_after = q->kind == EARN_Q_PERCENT ? NULL : metric_after(lk, st, q);
  /* "58.2 million monthly active users", "400以上の企業顧客": the quantity reader took the count
     noun into the quantity; it names the metric. */
  if (!named_after && q->kind == EARN_Q_COUNT)
    for (const earn_kw *k = earn_kw_from(&lk->kws, q->fstart);
         k && k < lk->kws.at + lk->kws.n && k->end <= q->fend; k++)
      if (k->e->category == EARN_LEX_METRIC && k->e->kind == EARN_Q_COUNT)
        named_after = k;
  /* "外部顧客のAIタスクに対応し、400以上の企業顧客": a count belongs to the count noun right
     after it rather than to one far before. */
  size_t after = named_after && named_after->start > q->fend ? named_after->start - q->fend : 0;
  bool nearer_after = fits && named_after && f->value_kind == EARN_Q_COUNT &&
                      named_after->e->kind == EARN_Q_COUNT &&
                      q->fstart - f->fmetric[1] > 2 * after + 6;
  if (fits && !f->has_value && !time_before && !nearer_after) {
    int brk = clause_break(lk, f->fmetric[1], q->fstart);
    if (brk) {
      if (brk == 2)
        st->cur = -1; /* "After adjusting for revenues …, the adjusted gain was $83 million" */
      return;
    }
    give_figure(lk, st, cur, q);
    return;
  }
  if (fits && (st->prior || time_before) && !named_after) {
    long p = clone_fact(lk, st, cur, "fact.prior");
    if (p < 0)
      return;
    make_prior(fact_at(lk, p), st);
    give_figure(lk, st, p, q);
    return;
  }
  if (named_after && st->prior && !(f && same_item(f->metric, named_after->e->unit))) {
    st->consumed = named_after; /* "which contributed RMB15 billion of revenue in 2024" */
    return;
  }
  /* "…純利益は48億円となりました。前期は31億円でした。": a sentence that opens with a word for
     the earlier period gives the comparative of the sentence before. */
  if (!f && !named_after && st->prior && lk->last_fact >= 0 && st->prior_cue_end - st->start <= 16 &&
      q->kind == EARN_Q_MONEY && strcmp(q->unit, fact_at(lk, lk->last_fact)->unit) == 0) {
    long p = clone_fact(lk, st, lk->last_fact, "fact.prior");
    if (p >= 0) {
      make_prior(fact_at(lk, p), st);
      give_figure(lk, st, p, q);
    }
    lk->last_fact = -1;
    return;
  }
  if (named_after && st->prior && f) {
    long p = clone_fact(lk, st, cur, "fact.prior");
    if (p >= 0) {
      st->prior_neg = (named_after->e->flags & EARN_LEXF_NEG) != 0;
      make_prior(fact_at(lk, p), st);
      give_figure(lk, st, p, q);
    }
    st->consumed = named_after;
    return;
  }
  if (named_after) {
    const earn_kw *k = named_after;
    if (q->kind != EARN_Q_NUMBER || takes_count(q)) {
      long idx = start_fact(lk, st, k);
      if (idx >= 0) {
        /* The name stands before the figure: read it from there. */
        size_t a, b;
        earn_fact *nf = fact_at(lk, idx);
        nf->fstmt[0] = q->fstart;
        if (nf->seg_len == 0 &&
            earn_find_segment(doc, &lk->kws, st->start, q->fstart, q->fend, &a, &b))
          store_segment(doc, nf, a, b);
        give_figure(lk, st, idx, q);
      }
      st->consumed = k;
    }
  }
}

/* ---- cue words -------------------------------------------------------------------------------- */

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
  case EARN_CUE_P_FY:
  case EARN_CUE_P_H1:
  case EARN_CUE_P_H2:
  case EARN_CUE_P_YTD:
  case EARN_CUE_P_CURRENT: {
    earn_fperiod p = report_relative(lk->doc, cue);
    /* "第3四半期累計", "third quarter year to date": to date from the year's start. */
    if (cue == EARN_CUE_P_YTD && st->has_ctx && k->end > st->ctx_end &&
        k->start <= st->ctx_end + 3 && st->ctx.qa > 1) {
      st->ctx.qa = 1;
      for (size_t i = st->first_fact; i < lk->doc->nfacts; i++)
        if (lk->doc->facts[i].period_from_context)
          lk->doc->facts[i].period.qa = 1;
      break;
    }
    if (p.fy > 0)
      on_period(lk, st, p, k->start, k->end, true);
    break;
  }
  default:
    break;
  }
}

/* ---- sentences -------------------------------------------------------------------------------- */

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
      if ((q->kind == EARN_Q_PERIOD || q->kind == EARN_Q_DATE) && quantity_period(doc, q, &p))
        on_period(lk, &st, p, q->fstart, q->fend, false);
      else if (q->kind == EARN_Q_MONEY || q->kind == EARN_Q_PERCENT || q->kind == EARN_Q_COUNT ||
               q->kind == EARN_Q_NUMBER)
        on_figure(lk, &st, q);
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

/* A line that reads as a heading: short, no sentence ending, no amount in it. */
static bool is_heading_line(const linker *lk, size_t start, size_t end) {
  const earn_doc *doc = lk->doc;
  if (!earn_is_heading(doc->text.s, start, end))
    return false;
  for (size_t i = lk->qi; i < doc->nq && doc->q[i].fstart < end; i++) {
    earn_qkind k = doc->q[i].kind;
    if (k == EARN_Q_MONEY || k == EARN_Q_PERCENT || k == EARN_Q_COUNT || k == EARN_Q_PP)
      return false;
  }
  return true;
}

static bool ends_with_word(const char *s, size_t start, size_t end, const char *word) {
  size_t n = strlen(word);
  return end > start && end - start > n && strncasecmp(s + end - n, word, n) == 0;
}

/* Words of section titles, never of a business's name. */
static bool is_section_word(const char *w, size_t n) {
  static const char *const words[] = {
      "highlights", "results",   "reporting",  "report",      "outlook",    "overview",
      "summary",    "review",    "performance", "statement",  "statements", "commentary",
      "call",       "guidance",  "liquidity",  "dividend",    "dividends",  "about",
      "financial",  "business",  "operating",  "information", "data",       "notes",
      "safe",       "harbor",    "conference", "webcast",     "contact",    "contacts",
      "investor",   "relations", "media",      "appendix",    "reconciliation", "measures",
      "key",        "metrics",   "segment",    "segments",    "corporate",  "recent",
      "developments", "update",  "updates",    "management",  "board",      "capital",
      "returns",    "share",     "repurchase", "balance",     "sheet",      "table",
      "tables",     "forward-looking", "quarterly", "annual",  "fiscal",     "unaudited",
      "consolidated", "selected", "supplemental", "use",      "non-gaap",   "gaap"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0)
      return true;
  return false;
}

/* A short heading in title case that is no section title: "Marine Systems", "All Others". */
static bool names_business(const linker *lk, size_t start, size_t end) {
  const char *s = lk->doc->text.s;
  int words = 0;
  for (size_t i = start; i < end;) {
    size_t w = i;
    while (w < end && s[w] != ' ')
      w++;
    bool joiner = (w - i == 1 && s[i] == '&') || (w - i == 3 && strncmp(s + i, "and", 3) == 0);
    if (!joiner && (!(s[i] >= 'A' && s[i] <= 'Z') || is_section_word(s + i, w - i)))
      return false;
    for (size_t k = i; k < w; k++)
      if ((s[k] >= '0' && s[k] <= '9') || (unsigned char)s[k] >= 0x80)
        return false;
    words++;
    i = w < end ? w + 1 : w;
  }
  const earn_kw *k = earn_kw_from(&lk->kws, start);
  bool has_word = k && k->start < end;
  return words >= 1 && words <= 4 && !has_word;
}

/* The segment a heading names: "①運送事業", "(2) 倉庫事業", "【半導体事業】", "Example Cloud
   Group", "Marine Systems"; false for section titles ("Segment Reporting", "二、分产品经营情况"). */
static bool heading_segment(const linker *lk, size_t start, size_t end, size_t *a, size_t *b) {
  const char *s = lk->doc->text.s;
  while (end > start && (s[end - 1] == '\n' || s[end - 1] == ' '))
    end--;
  while (start < end && s[start] == ' ')
    start++;
  bool marker = false;
  uint32_t cp = 0;
  size_t n = earn_utf8_decode(s + start, end - start, &cp);
  if (cp >= 0x2460 && cp <= 0x2473) { /* ①-⑳ */
    start += n;
    marker = true;
  } else if (s[start] == '(' && start + 3 < end && s[start + 1] >= '0' && s[start + 1] <= '9' &&
             s[start + 2] == ')') {
    start += 3;
    marker = true;
  } else if (cp == 0x3010 && end - start > 6 && memcmp(s + end - 3, "】", 3) == 0) {
    start += n; /* 【半導体事業】 */
    end -= 3;
    marker = true;
  }
  while (start < end && s[start] == ' ')
    start++;
  static const char *const suffixes[] = {"事業", "部門", "事業部", "业务", "分部", "セグメント",
                                         " Group", " Segment", " Division", " Business",
                                         " Businesses"};
  bool named = false;
  for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0] && !named; i++)
    named = ends_with_word(s, start, end, suffixes[i]);
  size_t chars = 0;
  for (size_t i = start; i < end; i++)
    chars += ((unsigned char)s[i] & 0xC0) != 0x80;
  if (start >= end || chars > 40 ||
      !(named || (marker && chars <= 16) || names_business(lk, start, end)))
    return false;
  *a = start;
  *b = end;
  return true;
}

/* A heading sets the period and the segment of what follows it, or clears them. */
static void read_heading(linker *lk, size_t start, size_t end) {
  earn_doc *doc = lk->doc;
  lk->has_section = false;
  lk->section_seg[0] = lk->section_seg[1] = 0;
  for (; lk->qi < doc->nq && doc->q[lk->qi].fstart < end; lk->qi++) {
    earn_fperiod p;
    if (!lk->has_section && quantity_period(doc, &doc->q[lk->qi], &p) && p.fy > 0) {
      lk->has_section = true;
      lk->section = p;
    }
  }
  for (; lk->ki < lk->kws.n && lk->kws.at[lk->ki].start < end; lk->ki++) {
    int cue = earn_kw_cue(&lk->kws.at[lk->ki]);
    if (!lk->has_section && cue >= EARN_CUE_P_FY && cue <= EARN_CUE_P_CURRENT) {
      earn_fperiod p = report_relative(doc, cue);
      if (p.fy > 0) {
        lk->has_section = true;
        lk->section = p;
      }
    }
  }
  size_t a, b;
  if (!lk->has_section && heading_segment(lk, start, end, &a, &b) &&
      !earn_names_issuer(doc, &lk->kws, a, b)) {
    lk->section_seg[0] = a;
    lk->section_seg[1] = b;
  }
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
  if (!earn_find_keywords(doc, &lk.kws)) {
    doc->oom = true;
    earn_dealloc(doc->alloc, lk.kws.at);
    return;
  }
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
    if (line_start && line_end && is_heading_line(&lk, pos, end)) {
      read_heading(&lk, pos, end);
      lk.last_fact = -1;
    }
    else if (earn_is_table_row(s, pos, end))
      skip_to(&lk, end); /* tables are read as tables later, never as prose */
    else
      read_sentence(&lk, pos, end);
    pos = end;
  }
  earn_dealloc(doc->alloc, lk.kws.at);
}
