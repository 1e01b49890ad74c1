/* SPDX-License-Identifier: MIT */
/* Frames: the subjects of a sentence (metric words with their segment and basis) and the
   figures bound to each. A level goes to the subject it follows; a rate to the subject whose
   figure it follows; a comparative, a translation and a per-share amount become frames of
   their own that repeat their subject. Subjects listed together ("A and B", 甲、乙) take
   levels and rates listed after them by position ("X and Y, respectively", 分别为X、Y) or one
   for all ("both", ともに); a period named next to a figure, a subject or at the head of the
   sentence dates them. */
#include <ctype.h>
#include <strings.h>

#include "reader.h"

typedef struct binder {
  const earn_doc *doc;
  const earn_kwlist *kws;
  const earn_sentence *sent;
  const earn_sentence_events *se;
  const earn_figures *figs;
  const earn_carry *carry;
  earn_frames *out;
  long cur;        /* the subject plain figures go to, -1 */
  size_t group0;   /* first frame of the current list of subjects */
  bool group_open; /* no figure since the last subject: a new one joins its list */
  long last_value; /* the frame whose value came last, -1 */
  size_t last_value_ev;
  int basis;           /* a basis word waiting for its metric, + 1 */
  bool basis_said;     /* ... and its clause said more than the basis: it is that clause's */
  earn_fact_kind kind; /* the sentence's kind so far */
  bool each, all;      /* respectively / both seen */
  bool has_ctx;        /* a period that holds for the rest of the sentence */
  bool ctx_yearless;   /* ... named by a label without a year */
  bool label_yearless; /* the label on_period reads names no year */
  earn_fperiod ctx;
  size_t ctx_end;     /* where the label that set it ends */
  int prior_clause;   /* the clause that speaks of an earlier time, -1 */
  long prior_subject; /* a subject named in that clause, -1 */
  int prior_neg;      /* the comparative's own metric word: 1 a loss word, 0 not, -1 none */
  bool has_prior_period;
  earn_fperiod prior_period;
  size_t group_seq;
  /* Periods listed together ("2019年、2020年", "in 2023 and 2024") that figures listed after
     them take by position: the events of the list and the periods not yet given. */
  size_t plist_first, plist_last;
  earn_fperiod plist[8];
  size_t plist_n, plist_next;
  long broken_down; /* a subject whose breakdown the sentence gives ("売上収益の内訳は"), -1 */
  bool share_of_sales; /* "As a percentage of net sales, …": percentages are margins */
  bool oom;
} binder;

static const earn_event *ev(const binder *b, size_t i) { return &b->se->ev[i]; }

/* The clause of frame f's metric word. */
static uint16_t frame_clause(const binder *b, long f) {
  size_t at = b->out->at[f].metric_span[0];
  for (size_t i = 0; i < b->se->n; i++)
    if (b->se->ev[i].start == at)
      return b->se->ev[i].clause;
  return UINT16_MAX;
}

/* Does clause c open with a subject the reader does not know: a name before its first word
   ("…，资产管理规模较年初增长2.0%至3767.07亿元", "、受注高は1,011億円", ", gross bookings grew 10%
   to $7 billion")? Its figures are that subject's, not those of a metric named before it. */
static bool foreign_subject(const binder *b, uint16_t c) {
  const earn_clause *cl = &b->se->cl[c];
  if (c == 0 || cl->parent >= 0 || cl->first_event >= b->se->n)
    return false;
  const earn_event *first = &b->se->ev[cl->first_event];
  if (first->type == EARN_EV_METRIC || first->type == EARN_EV_PUNCT)
    return false;
  /* A name before a subject particle (受注高は, 资产规模为) is a subject; one before の or 的
     modifies the next word ("業務の効率化により"). Japanese runs words together ("コスト削減"
     holds 減), so there only a particle says it. */
  bool particle = first->type == EARN_EV_CUE && first->cue == EARN_CUE_FILLER &&
                  (strcmp(first->e->term, "は") == 0 || strcmp(first->e->term, "が") == 0 ||
                   strcmp(first->e->term, "为") == 0 || strcmp(first->e->term, "為") == 0 ||
                   strcmp(first->e->term, "是") == 0);
  if ((first->type == EARN_EV_CUE && first->cue == EARN_CUE_FILLER && !particle) ||
      (b->doc->lang == EARN_LANG_JA && !particle))
    return false;
  const char *s = b->doc->text.s;
  size_t a = cl->first_event ? b->se->ev[cl->first_event - 1].end : b->sent->start;
  size_t z = first->start;
  a = skip_blanks(s, z, a);
  if (b->doc->lang == EARN_LANG_EN) {
    static const char *const openers[] = {"which", "that",   "primarily",  "mainly", "largely",
                                          "due",   "driven", "reflecting", "an",     "a",
                                          "or",    "mostly", "partially",  "partly", "compared",
                                          "as",    "with",   "in",         "for",    "the"};
    size_t words = 0;
    for (size_t p = a; p < z;) {
      size_t w = p;
      while (w < z && s[w] != ' ')
        w++;
      if (words == 0)
        for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++)
          if (strlen(openers[k]) == w - p && strncasecmp(s + p, openers[k], w - p) == 0)
            return false;
      words += w > p;
      p = skip_blanks(s, z, w);
    }
    return words >= 2;
  }
  /* A run of name characters, then at most a particle (は, が, 为). */
  size_t p = a, chars = 0;
  while (p < z) {
    uint32_t cp = 0;
    size_t n = earn_utf8_decode(s + p, z - p, &cp);
    if (!(earn_is_han(cp) || earn_is_katakana(cp) || (cp < 0x80 && cp != ' ')))
      break;
    p += n;
    chars++;
  }
  /* (a business named in a list of the same metric is read as its item: 、産業機械事業が860億円) */
  static const char *const units[] = {"事業", "部門", "业务", "板块", "分部", "セグメント"};
  for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
    size_t n = strlen(units[k]);
    if (p - a >= n && memcmp(s + p - n, units[k], n) == 0)
      return false;
  }
  return chars >= 2 && skip_blanks(s, z, p) == z;
}

/* Does clause c speak of the earlier time: the comparative's clause or a parenthesis in it? */
static bool in_prior_clause(const binder *b, int c) {
  for (int guard = 0; c >= 0 && guard < 16; guard++, c = b->se->cl[c].parent)
    if (c == b->prior_clause)
      return true;
  return false;
}

static earn_frame *frame_at(binder *b, long i) { return &b->out->at[i]; }
static const earn_frame *frame_at_c(const binder *b, long i) { return &b->out->at[i]; }

static long new_frame(binder *b) {
  if (!earn_grow(b->doc->alloc, (void **)&b->out->at, &b->out->cap, b->out->n + 1,
                 sizeof *b->out->at)) {
    b->oom = true;
    return -1;
  }
  earn_frame *f = &b->out->at[b->out->n];
  memset(f, 0, sizeof *f);
  f->count_unit = "";
  f->value = f->yoy = f->qoq = f->of = f->compared = -1;
  f->rule = "fact.value";
  return (long)b->out->n++;
}

/* A frame of the same statement with its own figure: a translation, a comparative, a
   per-share amount, a list item. */
static long clone_frame(binder *b, long src, const char *rule) {
  long i = new_frame(b);
  if (i < 0)
    return -1;
  earn_frame *f = frame_at(b, i);
  *f = *frame_at(b, src);
  f->value = f->yoy = f->qoq = -1;
  f->negative = false;
  f->of = src;
  f->rule = rule;
  return i;
}

static void extend(earn_frame *f, size_t start, size_t end) {
  if (start < f->stmt[0])
    f->stmt[0] = start;
  if (end > f->stmt[1])
    f->stmt[1] = end;
}

static const earn_quantity *fig_q(const binder *b, size_t fi) {
  return b->se->ev[b->figs->at[fi].ev].q;
}

/* ---- subjects ---------------------------------------------------------------------------- */

/* "sales to retail customers", "use by commercial customers": a count noun inside a
   prepositional phrase is not what the sentence reports. */
static bool count_in_phrase(const binder *b, const earn_event *k) {
  if (b->doc->lang != EARN_LANG_EN || k->e->kind != EARN_Q_COUNT)
    return false;
  static const char *const preps[] = {"to",   "by",    "of",      "for",    "from",
                                      "with", "among", "serving", "serves", "including"};
  const char *s = b->doc->text.s;
  size_t floor = b->sent->start, p = k->start;
  for (int words = 0; words < 4; words++) {
    p = skip_blanks_back(s, p, floor);
    size_t w = p;
    while (w > floor && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != ',')
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
static bool modifier_only(const binder *b, const earn_event *k) {
  const earn_doc *doc = b->doc;
  if (doc->lang != EARN_LANG_JA || k->end >= doc->text.len)
    return false;
  uint32_t cp = 0;
  earn_utf8_decode(doc->text.s + k->end, doc->text.len - k->end, &cp);
  bool compound = earn_is_han(cp) || earn_is_katakana(cp);
  /* "営業利益は、売上総利益率が向上したことも加わり、…": a subject inside the clause. */
  bool subordinate = cp == 0x304C /* が */ && b->cur >= 0 && b->out->at[b->cur].value < 0;
  return compound || subordinate || (cp == 0x306E /* の */ && b->cur >= 0);
}

/* Does a comma (or 、) stand right before pos? */
static bool after_comma(const char *s, size_t floor, size_t pos) {
  size_t p = skip_blanks_back(s, pos, floor);
  if (p > floor && (s[p - 1] == ',' || (p >= floor + 3 && memcmp(s + p - 3, "、", 3) == 0)))
    return true;
  /* "… decreased 9.8%, primarily driven by a comparable sales decline of 9.6%": a cause's */
  static const char *const causes[] = {"driven by", "due to", "as a result of", "driven by a",
                                       "due to a"};
  for (size_t i = 0; i < sizeof causes / sizeof causes[0]; i++) {
    size_t n = strlen(causes[i]);
    if (p >= floor + n && strncasecmp(s + p - n, causes[i], n) == 0)
      return true;
  }
  return false;
}

/* Where the words before metric event i begin when they are only verbs and fillers
   ("，实现销售收入"): the metric's own start otherwise. */
static size_t verb_start(const binder *b, size_t i) {
  size_t at = ev(b, i)->start;
  while (i > 0 && ev(b, i - 1)->type == EARN_EV_CUE &&
         (ev(b, i - 1)->cue == EARN_CUE_STOP || ev(b, i - 1)->cue == EARN_CUE_FILLER ||
          (b->doc->lang == EARN_LANG_EN && /* ("driven by a comparable sales decline") */
           (ev(b, i - 1)->cue == EARN_CUE_COMPARABLE || ev(b, i - 1)->cue == EARN_CUE_ADJUSTED))) &&
         skip_blanks_back(b->doc->text.s, at, ev(b, i - 1)->end) == ev(b, i - 1)->end)
    at = ev(b, --i)->start;
  return at;
}

/* The per-share word right after a metric word ("earnings per ordinary share"), or NULL. */
static const earn_event *per_share_phrase(const binder *b, size_t i) {
  if (i + 1 >= b->se->n)
    return NULL;
  const earn_event *n = ev(b, i + 1);
  const char *s = b->doc->text.s;
  return n->type == EARN_EV_CUE && n->cue == EARN_CUE_PER_SHARE &&
                 skip_blanks(s, n->start, ev(b, i)->end) == n->start &&
                 n->start - ev(b, i)->end <= 1
             ? n
             : NULL;
}

/* Does a comparison word stand right before the metric word at event i ("from net sales of",
   "compared with a net loss of", "versus adjusted EPS of")? */
static bool memchr_digit(const char *s, size_t start, size_t end) {
  for (size_t i = start; i < end; i++)
    if (s[i] >= '0' && s[i] <= '9')
      return true;
  return false;
}

/* "Last year's third quarter": a label without a year of its own after a word of the year
   before names that part of the year before. */
static earn_fperiod year_before_if_yearless(const binder *b, size_t i, earn_fperiod p) {
  const earn_event *e = ev(b, i);
  if (memchr_digit(b->doc->text.s, e->start, e->end))
    return p;
  for (size_t j = i; j-- > 0 && ev(b, j)->clause == e->clause;) {
    const earn_event *c = ev(b, j);
    if (c->type == EARN_EV_CUE && c->cue == EARN_CUE_PRIOR) {
      bool year = false;
      for (size_t k = c->start; k + 4 <= c->end && !year; k++)
        year = strncasecmp(b->doc->text.s + k, "year", 4) == 0;
      return year ? earn_fperiod_prior_year(p) : p;
    }
  }
  return p;
}

static bool after_comparison(const binder *b, size_t i) {
  size_t edge = ev(b, i)->start;
  for (size_t j = i; j-- > 0;) {
    const earn_event *e = ev(b, j);
    if (e->clause != ev(b, i)->clause || edge - e->end > 24)
      return false;
    edge = e->start;
    if (e->type == EARN_EV_CUE && (e->cue == EARN_CUE_VERSUS || e->cue == EARN_CUE_PRIOR))
      return true;
    bool skip =
        earn_ev_is_period(e) ||
        (e->type == EARN_EV_CUE && (e->cue == EARN_CUE_FILLER || e->cue == EARN_CUE_ADJUSTED ||
                                    e->cue == EARN_CUE_REPORTED || e->cue == EARN_CUE_COMPARABLE));
    if (!skip)
      return false;
  }
  return false;
}

/* A subject frame for the metric word at event i. */
/* A count of years ends at s[p]: "两年", "三年", "3年" (not the year 2023年). */
static bool years_counted(const char *s, size_t floor, size_t p) {
  if (p < floor + 3 || memcmp(s + p - 3, "年", 3) != 0)
    return false;
  p -= 3;
  static const char *const counts[] = {"两", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++)
    if (p >= floor + 3 && memcmp(s + p - 3, counts[i], 3) == 0)
      return true;
  return p > floor && isdigit((unsigned char)s[p - 1]) &&
         (p == floor + 1 || !isdigit((unsigned char)s[p - 2]));
}

/* Does the metric word at `at` name a total over several years: "两年的累计营业收入",
   "三年锂业务累计营收", "两年累计实现的营业收入", "cumulative revenue for 2021 and 2022"? */
static bool total_of_years(const char *s, size_t floor, size_t at) {
  static const char *const totals[] = {"累计", "累計", "合计", "合計"};
  size_t lo = at >= floor + 18 ? at - 18 : floor; /* a verb between: 累计实现的营业收入 */
  for (size_t p = at; p >= lo + 6; p--)
    for (size_t i = 0; i < sizeof totals / sizeof totals[0]; i++)
      if (memcmp(s + p - 6, totals[i], 6) == 0)
        for (size_t q = p - 6, stop = q >= floor + 24 ? q - 24 : floor; q >= stop + 3; q--)
          if (years_counted(s, floor, q))
            return true;
  size_t w = skip_blanks_back(s, at, floor);
  static const char *const en[] = {"cumulative", "combined", "aggregate"};
  for (size_t i = 0; i < sizeof en / sizeof en[0]; i++) {
    size_t n = strlen(en[i]);
    if (w >= floor + n && strncasecmp(s + w - n, en[i], n) == 0 &&
        (w == floor + n || !isalpha((unsigned char)s[w - n - 1])))
      return true;
  }
  return false;
}

/* 净收入 is net revenue, or net income where the sentence sets it against a net loss
   ("净亏损为1740万美元，而2018财年第二季度的净收入为1270万美元"). */
static bool opposes_net_loss(const binder *b, const earn_lex_entry *e) {
  if (strcmp(e->term, "净收入") != 0)
    return false;
  for (size_t j = 0; j < b->se->n; j++) {
    const earn_event *x = &b->se->ev[j];
    if (x->type == EARN_EV_METRIC && strcmp(x->e->unit, "net_income") == 0 &&
        (x->e->flags & EARN_LEXF_NEG))
      return true;
    /* "录得净收入427万美元，扭亏为盈": a turn from loss to profit says the figure is a profit */
    if (x->type == EARN_EV_METRIC && strcmp(x->e->term, "扭亏为盈") == 0)
      return true;
  }
  return false;
}

/* "销售生猪6,412.57万头", "出栏肉牛3.2万头": in Chinese a volume's word is a verb, and the
   name between it and its count is what is counted. */
static bool object_named(const binder *b, size_t i, size_t *a, size_t *z) {
  const earn_event *k = ev(b, i);
  if (b->doc->lang != EARN_LANG_ZH || k->e->kind != EARN_Q_COUNT || i + 1 >= b->se->n ||
      !earn_ev_is_figure(ev(b, i + 1)))
    return false;
  const char *s = b->doc->text.s;
  size_t p = k->end, at = ev(b, i + 1)->start, chars = 0;
  while (p < at) {
    uint32_t cp = 0;
    size_t n = earn_utf8_decode(s + p, at - p, &cp);
    if (!n || !(earn_is_han(cp) || earn_is_katakana(cp)))
      return false;
    p += n;
    chars++;
  }
  *a = k->end;
  *z = at;
  return chars >= 1 && chars <= 8;
}

static long start_subject(binder *b, size_t i) {
  const earn_event *k = ev(b, i);
  const earn_lex_entry *e = k->e;
  long idx = new_frame(b);
  if (idx < 0)
    return -1;
  earn_frame *f = frame_at(b, idx);
  f->metric = e->unit;
  f->value_kind = e->kind;
  f->metric_flags = e->flags;
  if (opposes_net_loss(b, e))
    f->metric = "net_income";
  f->many_periods = total_of_years(b->doc->text.s, b->sent->start, k->start);
  if (b->plist_n && b->plist_next > 1)
    b->plist_next = 1; /* "…分别为X、Y，同期净利润分别为…": the same periods again */
  /* "売上収益の内訳は", "品目別売上収益については": the sentence breaks the subject down */
  static const char *const parts[] = {"の内訳", "的构成", "构成"};
  for (size_t j = 0; j < sizeof parts / sizeof parts[0]; j++)
    if (k->end + strlen(parts[j]) <= b->doc->text.len &&
        memcmp(b->doc->text.s + k->end, parts[j], strlen(parts[j])) == 0)
      b->broken_down = idx;
  /* (製品別の連結売上高, 品目別売上収益: "by product" before the subject, の between) */
  for (size_t j = i; j-- > 0 && i - j <= 2;) {
    const earn_event *by = ev(b, j);
    if (by->type == EARN_EV_CUE && by->e->term_len >= 3 &&
        memcmp(by->e->term + by->e->term_len - 3, "別", 3) == 0) {
      b->broken_down = idx;
      break;
    }
    if (by->type != EARN_EV_CUE || by->cue != EARN_CUE_FILLER)
      break;
  }
  const earn_event *ps = per_share_phrase(b, i);
  if (ps && e->kind == EARN_Q_MONEY && !(e->flags & EARN_LEXF_PER_SHARE)) {
    /* "net income per Class A share" is EPS; revenue per share and the like are no reported
       metric */
    f->metric = strcmp(e->unit, "net_income") == 0 ? "eps" : "other";
    f->metric_flags |= EARN_LEXF_PER_SHARE;
    if (earn_says(b->doc, ps->start, ps->end, "ADS") ||
        earn_says(b->doc, ps->start, ps->end, "depositary"))
      f->metric_flags |= EARN_LEXF_ADS;
  }
  f->count_unit = e->value;
  f->basis = e->basis   ? (earn_basis)(e->basis - 1)
             : b->basis ? (earn_basis)(b->basis - 1)
                        : EARN_BASIS_REPORTED;
  b->basis = 0;
  f->kind = b->kind;
  f->metric_span[0] = f->stmt[0] = k->start;
  f->metric_span[1] = f->stmt[1] = k->end;
  f->group = ++b->group_seq;
  const earn_doc *doc = b->doc;
  size_t a, z;
  bool found = earn_find_segment(doc, b->kws, b->sent->start, k->start, k->end, &a, &z);
  bool scoped = b->sent->scope.seg[1] > b->sent->scope.seg[0];
  if (found && !(scoped && earn_segment_refers_back(doc->text.s, a, z))) {
    f->seg[0] = a;
    f->seg[1] = z;
  } else if (found) {
    f->seg[0] = b->sent->scope.seg[0]; /* "当部門の売上高" under "①機能材料" */
    f->seg[1] = b->sent->scope.seg[1];
  } else if (b->cur >= 0 && k->start > b->sent->start &&
             after_comma(doc->text.s, b->sent->start, verb_start(b, i))) {
    /* "光学模组业务实现营业收入…，毛利率为…": a metric with no name of its own after a comma
       is about the business the sentence is about. */
    f->seg[0] = frame_at(b, b->cur)->seg[0];
    f->seg[1] = frame_at(b, b->cur)->seg[1];
  } else if (object_named(b, i, &a, &z)) {
    f->seg[0] = a; /* "销售生猪6,412.57万头": what the volume is of */
    f->seg[1] = z;
  } else if (scoped) {
    f->seg[0] = b->sent->scope.seg[0]; /* under a heading that names the segment */
    f->seg[1] = b->sent->scope.seg[1];
  }
  if (b->has_ctx) {
    f->period = b->ctx;
    f->has_period = f->period_weak = true;
    f->yearless = b->ctx_yearless;
  }
  if (in_prior_clause(b, k->clause) || after_comparison(b, i)) {
    f->prior = true; /* "compare to revenue of $15.68 billion and net profit of …" */
    b->prior_subject = idx;
    /* "… were $0.52 per diluted share for the first half of 2023, compared to earnings of
       $0.55": the comparative is of the current figure's period, on its basis unless it names
       its own */
    for (long c = idx; c-- > 0;) {
      const earn_frame *cur = frame_at(b, c);
      if (!cur->prior && cur->value >= 0) {
        f->compared = c;
        if (!e->basis && f->basis == EARN_BASIS_REPORTED && !(e->flags & EARN_LEXF_NEG))
          f->basis = cur->basis;
        break;
      }
    }
  }
  return idx;
}

/* Is the metric word at event i the comparative's own name ("compared with a net loss of",
   "上年同期为经营亏损…", "前期は営業利益5億円")? */
static bool names_comparative(const binder *b, size_t i) {
  if (!(in_prior_clause(b, ev(b, i)->clause) || after_comparison(b, i)) || b->cur < 0)
    return false;
  const earn_frame *cur = &b->out->at[b->cur];
  return !cur->prior && cur->value >= 0 && strcmp(cur->metric, ev(b, i)->e->unit) == 0 &&
         ev(b, i)->e->basis == 0;
}

/* Only separators and words that modify a name stand between events a and b: the second of
   two listed subjects ("Revenue, operating income and net income", 营业收入、净利润). */
static bool listed_after(const binder *b, size_t a, size_t z) {
  bool separated = false;
  for (size_t i = a + 1; i < z; i++) {
    const earn_event *e = ev(b, i);
    if (e->type == EARN_EV_PUNCT && (e->punct == EARN_P_COMMA || e->punct == EARN_P_ENUM ||
                                     e->punct == EARN_P_JOIN || e->punct == EARN_P_SLASH)) {
      separated = true;
      continue;
    }
    if (e->type == EARN_EV_CUE && (e->cue == EARN_CUE_ADJUSTED || e->cue == EARN_CUE_REPORTED ||
                                   e->cue == EARN_CUE_COMPARABLE || e->cue == EARN_CUE_GROUP))
      continue;
    return false;
  }
  /* No particle or verb between them: "設備投資を行いましたが、売上高は" is two clauses. */
  const char *s = b->doc->text.s;
  for (size_t p = ev(b, a)->end; p < ev(b, z)->start;) {
    uint32_t cp = 0;
    p += earn_utf8_decode(s + p, ev(b, z)->start - p, &cp);
    if (earn_is_hiragana(cp))
      return false;
  }
  return separated && ev(b, z)->start - ev(b, a)->end <= 40;
}

/* "当期純利益につきましては、…特別利益を計上したことにより、８億24百万円": in Japanese a
   line item marked as an object or a place (を, に, で) while the topic still waits for its
   figure is part of the reason given, not a new subject. */
/* Does の and a word of change begin s ("の減少", "の増加")? */
static bool names_change(const char *s, size_t left) {
  static const char *const changes[] = {"の減少", "の増加", "の低下", "の上昇",
                                        "の拡大", "の縮小", "の伸び", "の落ち込み"};
  for (size_t j = 0; j < sizeof changes / sizeof changes[0]; j++)
    if (left >= strlen(changes[j]) && memcmp(s, changes[j], strlen(changes[j])) == 0)
      return true;
  return false;
}

/* Japanese line items that are no subject of the sentence: causes, modifiers, objects and
   items recorded on the way to the topic's figure. */
/* "Non-core items, which management does not consider representative of ongoing earnings,
   totaled $88 million": a line item inside a relative clause after a comma describes the
   subject before it. */
static bool in_relative_clause(const binder *b, const earn_event *k) {
  const char *s = b->doc->text.s;
  size_t p = k->start;
  while (p > b->sent->start && s[p - 1] != ',' && k->start - p < 120)
    p--;
  if (p <= b->sent->start || s[p - 1] != ',')
    return false;
  while (p < k->start && (s[p] == ' ' || s[p] == '\n'))
    p++;
  static const char *const pronouns[] = {"which ", "who "};
  bool relative = false;
  for (size_t i = 0; i < sizeof pronouns / sizeof pronouns[0]; i++)
    relative |= strncmp(s + p, pronouns[i], strlen(pronouns[i])) == 0;
  if (!relative)
    return false;
  /* (one that states the line item's figure itself is about it: "which generated revenue of
     $2 billion,") */
  for (size_t i = (size_t)(k - b->se->ev) + 1; i < b->se->n; i++) {
    const earn_event *e = &b->se->ev[i];
    if (e->type == EARN_EV_PUNCT && e->punct == EARN_P_COMMA)
      break;
    if (earn_ev_is_figure(e))
      return false;
  }
  return true;
}

static bool names_no_subject(const binder *b, const earn_event *k) {
  /* "EPS excludes net income attributable to … of $7 million", "results include revenue of
     $4 million from …": a line item included or left out is a part, not a subject */
  size_t at = (size_t)(k - b->se->ev);
  if (at > 0 && earn_ev_cue(b->se, at - 1) == EARN_CUE_PART && b->doc->lang == EARN_LANG_EN)
    return true;
  if (b->doc->lang == EARN_LANG_EN && in_relative_clause(b, k))
    return true;
  if (b->doc->lang != EARN_LANG_JA || k->end >= b->doc->text.len)
    return false;
  const char *s = b->doc->text.s + k->end;
  size_t left = b->doc->text.len - k->end;
  /* "…製品の売上の減少、…などもあり", "保険引受収益および資産運用収益の増加などにより": a
     cause (a line item, or a list of them, before の and a change), not a subject */
  if (names_change(s, left))
    return true;
  static const char *const joins[] = {"および", "及び", "や", "・"};
  for (size_t j = 0; j < sizeof joins / sizeof joins[0]; j++) {
    size_t n = strlen(joins[j]), p = n;
    if (left < n || memcmp(s, joins[j], n) != 0)
      continue;
    for (uint32_t cp = 0; p < left && p - n < 90; p += 3)
      if (!earn_utf8_decode(s + p, left - p, &cp) || !(earn_is_han(cp) || earn_is_katakana(cp)))
        break;
    if (names_change(s + p, left - p))
      return true;
  }
  /* "顧客の外貨取引": a count's word before の describes what follows */
  if (k->e->kind == EARN_Q_COUNT && left >= 3 && memcmp(s, "の", 3) == 0)
    return true;
  if (b->cur < 0 || frame_at_c(b, b->cur)->value >= 0)
    return false;
  if (left > 1 && s[0] == '(') { /* past "(割安購入益)" */
    const char *close = memchr(s, ')', left < 48 ? left : 48);
    if (close) {
      left -= (size_t)(close + 1 - s);
      s = close + 1;
    }
  }
  if (left >= 6 && memcmp(s, "計上", 6) == 0)
    return true; /* "一時収益(割安購入益)計上": an item recorded on the way */
  /* "受取利息１億82百万円を計上し": an item and its amount, recorded on the way */
  for (size_t j = 0; j + 1 < b->se->n; j++)
    if (&b->se->ev[j] == k && earn_ev_is_figure(&b->se->ev[j + 1]) &&
        b->se->ev[j + 1].start == k->end) {
      const char *t = b->doc->text.s + b->se->ev[j + 1].end;
      size_t n = b->doc->text.len - b->se->ev[j + 1].end;
      if (n >= 3 && memcmp(t, "等", 3) == 0)
        t += 3, n -= 3;
      if (n >= 9 && memcmp(t, "を計上", 9) == 0)
        return true;
    }
  static const char *const particles[] = {"を", "に", "で"};
  for (size_t i = 0; i < sizeof particles / sizeof particles[0]; i++)
    if (left >= 3 && memcmp(s, particles[i], 3) == 0)
      return !(left >= 6 && (memcmp(s, "には", 6) == 0 || memcmp(s, "では", 6) == 0 ||
                             memcmp(s, "にお", 6) == 0)); /* (には, では: a topic of its own) */
  return false;
}

/* "Comparable sales (sales for stores open at least 14 months and e-commerce sales) increased
   15.6%": line items in a parenthesis right after a subject that waits for its figure define
   it; they are no subjects of their own. */
static bool defines_subject(const binder *b, const earn_event *k) {
  if (b->cur < 0 || b->se->cl[k->clause].parent < 0)
    return false;
  const earn_frame *cur = frame_at_c(b, b->cur);
  if (cur->value >= 0 || cur->yoy >= 0 || cur->qoq >= 0)
    return false;
  const earn_clause *c = &b->se->cl[k->clause];
  size_t open = c->first_event ? c->first_event - 1 : 0;
  const earn_event *o = &b->se->ev[open];
  return o->type == EARN_EV_PUNCT && o->punct == EARN_P_OPEN &&
         skip_blanks_back(b->doc->text.s, o->start, cur->metric_span[1]) == cur->metric_span[1];
}

/* "2023 EPS guidance reaffirmed for non-GAAP core earnings in the range of $1.19 to $1.23 per
   share": earnings after an EPS subject still waiting for its figure, with only cue words
   between, name the same measure. */
static bool restates_eps(const binder *b, size_t i) {
  if (b->cur < 0 || strcmp(ev(b, i)->e->unit, "net_income") != 0)
    return false;
  const earn_frame *cur = frame_at_c(b, b->cur);
  if (strcmp(cur->metric, "eps") != 0 || cur->value >= 0 || cur->yoy >= 0 || cur->qoq >= 0)
    return false;
  for (size_t j = i; j-- > 0;) {
    const earn_event *e = ev(b, j);
    if (e->type == EARN_EV_METRIC)
      return e->start == cur->metric_span[0];
    if (e->type != EARN_EV_CUE)
      return false;
  }
  return false;
}

static void on_metric(binder *b, size_t i, const bool *consumed) {
  const earn_event *k = ev(b, i);
  if (consumed[i] || count_in_phrase(b, k) || modifier_only(b, k))
    return;
  if (names_comparative(b, i)) {
    /* "営業損失28百万円（前期は営業利益38百万円）": the comparative's own word decides. */
    b->prior_neg = (k->e->flags & EARN_LEXF_NEG) != 0;
    return;
  }
  if (names_no_subject(b, k) || defines_subject(b, k) || restates_eps(b, i))
    return;
  /* A subject listed right after the last one joins its list. */
  size_t last_subject = SIZE_MAX;
  for (size_t j = i; j-- > 0;) {
    const earn_event *e = ev(b, j);
    if (e->type == EARN_EV_METRIC && !consumed[j]) {
      last_subject = j;
      break;
    }
    if (earn_ev_is_figure(e))
      break;
  }
  bool joins =
      b->group_open && b->cur >= 0 && last_subject != SIZE_MAX && listed_after(b, last_subject, i);
  /* "GAAP and non-GAAP net income were X and Y": one metric word, two bases. */
  size_t basis_pair = SIZE_MAX;
  if (i >= 3 && ev(b, i - 1)->type == EARN_EV_CUE && ev(b, i - 2)->punct == EARN_P_JOIN &&
      ev(b, i - 3)->type == EARN_EV_CUE) {
    int c1 = ev(b, i - 3)->cue, c2 = ev(b, i - 1)->cue;
    bool bases =
        (c1 == EARN_CUE_REPORTED || c1 == EARN_CUE_ADJUSTED || c1 == EARN_CUE_COMPARABLE) &&
        (c2 == EARN_CUE_REPORTED || c2 == EARN_CUE_ADJUSTED || c2 == EARN_CUE_COMPARABLE) &&
        c1 != c2;
    if (bases)
      basis_pair = i - 3;
  }
  long idx = start_subject(b, i);
  if (idx < 0)
    return;
  if (!joins)
    b->group0 = (size_t)idx;
  if (basis_pair != SIZE_MAX) {
    int c1 = ev(b, basis_pair)->cue;
    earn_basis first = c1 == EARN_CUE_ADJUSTED     ? EARN_BASIS_ADJUSTED
                       : c1 == EARN_CUE_COMPARABLE ? EARN_BASIS_COMPARABLE
                                                   : EARN_BASIS_REPORTED;
    earn_basis second = frame_at(b, idx)->basis;
    frame_at(b, idx)->basis = first;
    long other = clone_frame(b, idx, "fact.list");
    if (other >= 0) {
      frame_at(b, other)->basis = second;
      frame_at(b, other)->of = -1;
    }
  }
  b->group_open = true;
  if (!joins)
    b->cur = idx;
  else if (b->cur < 0)
    b->cur = idx;
}

/* A basis word: of the subject right before it when that has no figure yet ("revenue on a
   constant currency basis grew 7%", "经调整经营盈利（非国际财务报告准则）"), else of the next
   subject. */
static void on_basis(binder *b, int cue) {
  earn_basis basis = cue == EARN_CUE_ADJUSTED     ? EARN_BASIS_ADJUSTED
                     : cue == EARN_CUE_COMPARABLE ? EARN_BASIS_COMPARABLE
                                                  : EARN_BASIS_REPORTED;
  if (b->cur >= 0) {
    earn_frame *f = frame_at(b, b->cur);
    if (f->value < 0 && f->yoy < 0 && f->qoq < 0 && b->group_open) {
      f->basis = basis;
      return;
    }
  }
  /* "adjusted operational EPS": an adjusted figure at constant rates is adjusted first */
  if (!(basis == EARN_BASIS_COMPARABLE && b->basis == EARN_BASIS_ADJUSTED + 1))
    b->basis = (int)basis + 1;
  b->basis_said = false;
}

/* Does a finished predicate stand in s[a, z) ("…14百万円となり、…業績見込み"): the figures
   before it were stated, and a later outlook word is about something else. */
static bool predicate_between(const char *s, size_t a, size_t z) {
  static const char *const ends[] = {"となり", "となっ", "であり", "でした", "ました", "ており"};
  for (size_t p = a; p < z; p++)
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
      if (p + strlen(ends[i]) <= z && memcmp(s + p, ends[i], strlen(ends[i])) == 0)
        return true;
  return false;
}

static void on_kind(binder *b, int cue, size_t at) {
  earn_fact_kind kind = cue == EARN_CUE_GUIDANCE ? EARN_FACT_GUIDANCE : EARN_FACT_TARGET;
  b->kind = kind;
  if (b->cur >= 0 && frame_at(b, b->cur)->value < 0) /* "earnings target for 2004" */
    frame_at(b, b->cur)->kind = kind;
  /* Japanese puts the verb last: "…売上高は1,150億元を見込む" is an outlook for the figures
     before it. (Chinese puts 预计 first: "…亏损约4056.6万元，预计2016年还将继续亏损" says
     nothing of the figure before it.) */
  if (b->doc->lang == EARN_LANG_JA)
    for (size_t i = 0; i < b->out->n; i++) {
      earn_frame *f = frame_at(b, (long)i);
      if (f->kind == EARN_FACT_ACTUAL && !f->prior && f->stmt[0] < at &&
          !predicate_between(b->doc->text.s, f->stmt[1], at))
        f->kind = kind;
    }
}

/* ---- periods ----------------------------------------------------------------------------- */

static void set_period(earn_frame *f, earn_fperiod p, bool weak) {
  f->period = p;
  f->has_period = true;
  f->period_weak = weak;
}

/* A period label or word at event i: of the figure right before it, of the comparative its
   cue opened, of the subject still waiting for its figure, or of the rest of the sentence. */
/* A frame dated by the label on_period reads. */
static void date_frame(const binder *b, earn_frame *f, earn_fperiod p) {
  set_period(f, p, false);
  f->yearless = b->label_yearless;
}

static void on_period(binder *b, size_t i, earn_fperiod p) {
  const earn_event *e = ev(b, i);
  b->label_yearless = !memchr_digit(b->doc->text.s, e->start, e->end);
  if (b->doc->lang == EARN_LANG_EN && earn_ev_excluded(b->se, i))
    return; /* "Excluding these current year charges": the period of what is left out */
  const char *s = b->doc->text.s;
  bool from_cue = e->type == EARN_EV_CUE;
  /* "compared with … in 2003", "较一季度亏损…": the period of a comparative. */
  if (in_prior_clause(b, e->clause)) {
    b->has_prior_period = true;
    b->prior_period = year_before_if_yearless(b, i, p);
  }
  /* Right after a figure: that figure's period ("… billion for the fourth quarter of 2025"),
     and its translations'. */
  if (b->last_value >= 0 && e->start >= ev(b, b->last_value_ev)->end &&
      e->start - ev(b, b->last_value_ev)->end <= 32) {
    bool adjacent = true;
    const earn_figure *last = NULL; /* the figure, for the metric it names ("of revenue") */
    for (size_t k = 0; k < b->figs->n && !last; k++)
      if (b->figs->at[k].ev == b->last_value_ev)
        last = &b->figs->at[k];
    for (size_t j = b->last_value_ev + 1; j < i && adjacent; j++)
      adjacent = (ev(b, j)->type == EARN_EV_CUE &&
                  (ev(b, j)->cue == EARN_CUE_FILLER || ev(b, j)->cue == EARN_CUE_POINT ||
                   ev(b, j)->cue == EARN_CUE_PER_SHARE)) || /* "$2.03 per share in 2005" */
                 (last && last->named_ev == j);
    if (adjacent) {
      size_t group = frame_at(b, b->last_value)->group;
      bool prior = frame_at(b, b->last_value)->prior;
      for (size_t k = 0; k < b->out->n; k++) {
        earn_frame *f = frame_at(b, (long)k);
        if (f->group == group && f->prior == prior && (!f->has_period || f->period_weak))
          date_frame(b, f, p);
      }
      return;
    }
  }
  if (in_prior_clause(b, e->clause))
    return;
  /* "increased 15.6% compared to an increase of 21.4% in the fourth quarter of fiscal 2021":
     a label after "compared to" in the clause dates the base */
  for (size_t j = i; j-- > 0 && ev(b, j)->clause == e->clause;) {
    if (earn_ev_cue(b->se, j) == EARN_CUE_VERSUS && b->doc->lang == EARN_LANG_EN) {
      b->has_prior_period = true;
      b->prior_period = p;
      return;
    }
    if (ev(b, j)->type == EARN_EV_METRIC)
      break;
  }
  /* After "than", "over", "from": a base of comparison, not the figure's own period. */
  if (i > 0 && ev(b, i - 1)->type == EARN_EV_CUE &&
      (ev(b, i - 1)->cue == EARN_CUE_PRIOR || ev(b, i - 1)->cue == EARN_CUE_YOY ||
       ev(b, i - 1)->cue == EARN_CUE_VERSUS) &&
      e->start - ev(b, i - 1)->end <= 10)
    return;
  if (b->cur >= 0) {
    earn_frame *cur = frame_at(b, b->cur);
    /* (a label in another clause, "including $0.24 per share related to the second quarter
       special charges", says nothing of a subject that has a period) */
    bool same_clause = e->clause == frame_clause(b, b->cur);
    if (cur->value < 0 && (!cur->has_period || (cur->period_weak && !from_cue && same_clause))) {
      date_frame(b, cur, p); /* "full-year earnings for 2003 were": the nearer label */
      for (size_t k = (size_t)b->cur + 1; k < b->out->n; k++)
        if (frame_at(b, (long)k)->value < 0)
          date_frame(b, frame_at(b, (long)k), p);
    }
  }
  /* A period word keeps an earlier label ("2028年度までに…年間"), unless it opens a new clause
     or names its metric's period ("…；上半年归母净利润"). */
  bool names_metric =
      i + 1 < b->se->n && ev(b, i + 1)->type == EARN_EV_METRIC && ev(b, i + 1)->start - e->end <= 3;
  bool new_clause = b->has_ctx && i > 0 && ev(b, i)->clause != ev(b, i - 1)->clause;
  (void)s;
  if (!from_cue || !b->has_ctx || names_metric || new_clause) {
    b->has_ctx = true;
    b->ctx = p;
    b->ctx_yearless = b->label_yearless;
    b->ctx_end = e->end;
  }
}

/* A listed quarter or half without a year of its own ("2021财年Q1和Q2") is of the year of the
   list's first period. */
static earn_fperiod year_of_first(const binder *b, const earn_quantity *q, earn_fperiod p) {
  earn_plabel l;
  if (earn_plabel_parse(b->doc->strings + q->label_off, &l) && l.fy == 0 && l.year == 0 && l.qa > 0)
    p.fy = b->plist[0].fy;
  return p;
}

/* A run of periods joined only by commas, 、 or "and", before the sentence's figures; it
   counts when the sentence says "respectively" (分别, それぞれ) or lists as many values. */
static void find_period_list(binder *b) {
  const earn_sentence_events *se = b->se;
  size_t values = 0;
  for (size_t k = 0; k < b->figs->n; k++)
    values += b->figs->at[k].role == EARN_ROLE_VALUE;
  for (size_t i = 0; i < se->n; i++) {
    earn_fperiod p;
    /* ("from 2021 to 2023": a year that opens a range of years) */
    bool opens_range = i + 2 < se->n && earn_ev_cue(se, i + 1) == EARN_CUE_TO &&
                       se->ev[i].type == EARN_EV_QTY && earn_listed_year(b->doc, se->ev[i].q, &p);
    if (se->ev[i].type != EARN_EV_QTY || !(earn_event_period(b->doc, se, i, &p) || opens_range))
      continue;
    size_t n = 0, last = i;
    b->plist[n++] = p;
    /* "2016年至2018年…分别为", "from 2021 to 2023 … respectively": every year of the range */
    earn_fperiod to;
    if (b->each && p.qa == 1 && p.qb == 4 && i + 2 < se->n &&
        earn_ev_cue(se, i + 1) == EARN_CUE_TO && se->ev[i + 2].type == EARN_EV_QTY &&
        (earn_event_period(b->doc, se, i + 2, &to) ||
         earn_listed_year(b->doc, se->ev[i + 2].q, &to)) &&
        to.qa == 1 && to.qb == 4 && to.fy > p.fy &&
        to.fy - p.fy < (int)(sizeof b->plist / sizeof b->plist[0])) {
      for (int y = p.fy + 1; y <= to.fy; y++)
        b->plist[n++] = (earn_fperiod){y, 1, 4};
      last = i + 2;
    }
    for (size_t j = last + 1; j + 1 < se->n && n < sizeof b->plist / sizeof b->plist[0]; j += 2) {
      const earn_event *glue = &se->ev[j];
      if (glue->type != EARN_EV_PUNCT ||
          (glue->punct != EARN_P_COMMA && glue->punct != EARN_P_ENUM &&
           glue->punct != EARN_P_JOIN) ||
          se->ev[j + 1].type != EARN_EV_QTY ||
          !(earn_event_period(b->doc, se, j + 1, &p) ||
            (b->plist[0].qa == 1 && b->plist[0].qb == 4 &&
             earn_listed_year(b->doc, se->ev[j + 1].q, &p))))
        break;
      b->plist[n++] = year_of_first(b, se->ev[j + 1].q, p);
      last = j + 1;
    }
    /* Without "respectively" the periods must be alike and listed with 和, 、 or "and"
       ("2019年和2020年，净利润为1.2亿元和1.5亿元"), not figures' periods a comma apart. */
    bool alike = true;
    for (size_t k = 1; k < n; k++)
      alike &= b->plist[k].qb - b->plist[k].qa == b->plist[0].qb - b->plist[0].qa;
    for (size_t j = i + 1; j < last && !b->each; j += 2)
      alike &= se->ev[j].punct != EARN_P_COMMA;
    if (n >= 2 && (b->each || (values == n && alike))) {
      b->plist_first = i;
      b->plist_last = last;
      b->plist_n = n;
      b->plist_next = 1; /* the first period is the sentence's, for the first figure */
      earn_fperiod own;
      if (!earn_event_period(b->doc, se, i, &own)) { /* (a year after "from") */
        b->has_ctx = true;
        b->ctx = b->plist[0];
        b->ctx_end = se->ev[i].end;
      }
      return;
    }
    i = last; /* (a lone period, or a list no figures take: look further on) */
  }
}

/* The next listed period's frame: the current subject again, for the next listed figure. */
static long listed_period_frame(binder *b) {
  if (b->plist_next >= b->plist_n || b->cur < 0 || frame_at(b, b->cur)->of >= 0)
    return -1;
  long idx = clone_frame(b, b->cur, "fact.value");
  if (idx < 0)
    return -1;
  earn_frame *f = frame_at(b, idx);
  f->of = -1;
  set_period(f, b->plist[b->plist_next++], false);
  return idx;
}

/* ---- figures ----------------------------------------------------------------------------- */

/* A bare number counts things only when it is a whole number of some size. */
static bool takes_count(const earn_quantity *q) {
  if (!q->has_value && !q->is_range)
    return false;
  if (q->kind == EARN_Q_COUNT)
    return strcmp(q->unit, "shares") != 0;
  earn_decimal whole;
  return q->kind == EARN_Q_NUMBER && q->has_value &&
         earn_decimal_round(q->value, 0, EARN_ROUND_DOWN, &whole) == EARN_OK &&
         earn_decimal_cmp(whole, q->value) == 0 &&
         earn_decimal_cmp(q->value, earn_decimal_from_int(10)) >= 0;
}

/* "实现收入8.76亿", "売上高は120億": an amount with a Chinese or Japanese scale word and no
   currency, which a money metric takes in the document's currency. */
bool earn_bare_amount(const earn_doc *doc, const earn_quantity *q) {
  if (q->kind != EARN_Q_NUMBER || doc->lang == EARN_LANG_EN || (!q->has_value && !q->is_range))
    return false;
  static const char *const scales[] = {"亿", "億", "万", "萬"};
  for (size_t i = 0; i < sizeof scales / sizeof scales[0]; i++)
    if (q->fend - q->fstart > 3 && memcmp(doc->text.s + q->fend - 3, scales[i], 3) == 0)
      return true;
  return false;
}

/* Can frame f take quantity q as its value? */
static bool fits_in(const earn_doc *doc, const earn_frame *f, const earn_quantity *q,
                    const earn_figure *fig) {
  if (f->value_kind == EARN_Q_MONEY && !(f->metric_flags & EARN_LEXF_PER_SHARE) &&
      earn_bare_amount(doc, q))
    return true;
  if (f->value_kind == EARN_Q_COUNT)
    return takes_count(q);
  if (q->kind == EARN_Q_MONEY && f->value_kind == EARN_Q_MONEY) {
    /* An amount per share is small: "$269 million" after "earnings per share" is another
       figure. */
    if ((f->metric_flags & EARN_LEXF_PER_SHARE) && q->has_value &&
        earn_decimal_cmp(q->value, earn_decimal_from_int(10000)) >= 0)
      return false;
    (void)fig;
    return true;
  }
  return q->kind == EARN_Q_PERCENT && f->value_kind == EARN_Q_PERCENT;
}

static void give_value(binder *b, long idx, size_t fi) {
  earn_frame *f = frame_at(b, idx);
  const earn_figure *fig = &b->figs->at[fi];
  const earn_quantity *q = fig_q(b, fi);
  f->value = (long)fi;
  f->value_end = fig->end;
  f->negative = (f->metric_flags & EARN_LEXF_NEG) || fig->sign < 0;
  extend(f, q->fstart, q->fend);
  b->last_value = idx;
  b->last_value_ev = fig->ev;
  b->group_open = false;
}

/* ", the adjusted gain for 2003 was": a new subject between a metric and a figure (2: the
   metric is left without a figure); "経常利益は為替差益が930百万円発生し": a figure of another
   subject (1: skip it, the metric's own figure follows). */
static int clause_break(const binder *b, size_t a, size_t z) {
  const char *s = b->doc->text.s;
  if (b->doc->lang == EARN_LANG_JA && z >= a + 6 && memcmp(s + z - 3, "が", 3) == 0)
    return 1;
  static const char *const breaks[] = {", the ", "; "};
  for (size_t i = a; i < z; i++)
    if (s[i] == ',' || s[i] == ';')
      for (size_t k = 0; k < sizeof breaks / sizeof breaks[0]; k++)
        if (strncasecmp(s + i, breaks[k], strlen(breaks[k])) == 0 && i + strlen(breaks[k]) <= z)
          return 2;
  return 0;
}

/* The business a Chinese or Japanese list names before a figure, after a 、 or ，: a name
   ending in 事業, 部門, 业务, 板块 or 分部, then は, が or 为. */
static bool cjk_list_item(const binder *b, size_t fi, size_t *a, size_t *z) {
  const earn_doc *doc = b->doc;
  const char *s = doc->text.s;
  const earn_quantity *q = fig_q(b, fi);
  size_t floor = b->last_value >= 0 ? ev(b, b->last_value_ev)->end : b->sent->start;
  if (doc->lang == EARN_LANG_EN || floor >= q->fstart)
    return false;
  size_t end = skip_blanks_back(s, q->fstart, floor);
  static const char *const particles[] = {"が", "は", "为", "為"};
  bool particle = false;
  for (size_t i = 0; i < 4 && !particle; i++)
    if (end >= 3 && memcmp(s + end - 3, particles[i], 3) == 0) {
      end -= 3;
      particle = true;
    }
  static const char *const units[] = {"事業", "部門", "业务", "板块", "分部", "セグメント"};
  bool unit = false;
  for (size_t i = 0; i < sizeof units / sizeof units[0] && !unit; i++) {
    size_t n = strlen(units[i]);
    unit = end >= n && memcmp(s + end - n, units[i], n) == 0;
  }
  if (!particle || !unit)
    return false;
  size_t start = end;
  while (start > floor) {
    size_t n;
    uint32_t cp = earn_cp_before(s, start, &n);
    if (!earn_is_han(cp) && !earn_is_katakana(cp))
      break;
    start -= n;
  }
  /* It follows the figure before it across a 、 or ，, with nothing but a bracket between. */
  size_t before = skip_blanks_back(s, start, floor);
  bool listed = before >= 3 && (memcmp(s + before - 3, "、", 3) == 0 || s[before - 1] == ',');
  if (!listed || end - start < 6)
    return false;
  *a = start;
  *z = end;
  return true;
}

/* The name before が or は right before a figure in a breakdown ("売上収益の内訳は、医療用医薬品が
   2,439億99百万円", "「Banzel」が138億48百万円"): a run of han, katakana, letters or a quote. */
static bool breakdown_part(const binder *b, size_t fi, size_t *a, size_t *z) {
  const char *s = b->doc->text.s;
  const earn_quantity *q = fig_q(b, fi);
  size_t floor = b->sent->start;
  size_t end = skip_blanks_back(s, q->fstart, floor);
  if (end < floor + 6 || (memcmp(s + end - 3, "が", 3) != 0 && memcmp(s + end - 3, "は", 3) != 0))
    return false;
  end -= 3;
  if (s[end - 1] == ')') { /* "システム製品（配電制御システム等）が": the name before its note */
    size_t open = end - 1;
    while (open > floor && s[open] != '(')
      open--;
    if (s[open] != '(' || end - open > 90)
      return false;
    end = open;
  }
  size_t start = end;
  bool quoted = end >= floor + 3 && memcmp(s + end - 3, "」", 3) == 0;
  while (start > floor) {
    size_t n;
    uint32_t cp = earn_cp_before(s, start, &n);
    if (quoted ? cp == 0x300C
               : !(earn_is_han(cp) || earn_is_katakana(cp) || (cp < 0x80 && isalnum((int)cp))))
      break;
    start -= n;
    if (end - start > 120)
      return false; /* (a product's name may be long: 「強力ネオミノファーゲンシー/グリチロン錠」)
                     */
  }
  if (!quoted && start >= floor + 6 && memcmp(s + start - 6, "その", 6) == 0)
    start -= 6; /* "その他薬品" */
  if (quoted)
    end -= 3; /* (the name inside the quotes) */
  const earn_kw *own = earn_kw_ending_at(b->kws, end);
  if (!quoted && own && own->start > start && own->e->category == EARN_LEX_METRIC)
    end = own->start; /* "薬品売上高は…": the part is 薬品 */
  if (end <= start || end - start < (quoted ? 2u : 6u))
    return false;
  *a = start;
  *z = end;
  return true;
}

/* "…up 2% to $1.5 billion with hardware products up 2% to $870 million, and hardware support
   up 3% to $596 million": a sub-item named between the last figure and its direction word. */
static bool en_list_item(const binder *b, size_t fi, size_t *a, size_t *z) {
  const char *s = b->doc->text.s;
  if (b->doc->lang != EARN_LANG_EN || b->last_value < 0)
    return false;
  size_t i = b->figs->at[fi].ev;
  if (i == 0 || ev(b, i - 1)->type != EARN_EV_CUE ||
      (ev(b, i - 1)->cue != EARN_CUE_UP && ev(b, i - 1)->cue != EARN_CUE_DOWN))
    return false;
  size_t floor = ev(b, b->last_value_ev)->end, dir = ev(b, i - 1)->start;
  if (dir <= floor)
    return false;
  size_t end = skip_blanks_back(s, dir, floor);
  static const char *const opens[] = {" with ", ", and ", " and ", ", while ", ", "};
  size_t best = 0;
  for (size_t k = 0; k < sizeof opens / sizeof opens[0]; k++) {
    size_t n = strlen(opens[k]);
    for (size_t p = floor; p + n <= end; p++)
      if (strncmp(s + p, opens[k], n) == 0 && p + n > best)
        best = p + n;
  }
  if (!best)
    return false;
  /* Words only: no figure, no other word the reader knows. */
  for (size_t k = best; k < end; k++)
    if (!((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') || s[k] == ' ' ||
          s[k] == '-' || s[k] == '&'))
      return false;
  for (size_t k = b->last_value_ev + 1; k < i - 1; k++)
    if (ev(b, k)->type != EARN_EV_PUNCT && ev(b, k)->start >= best)
      return false;
  if (end <= best || end - best > 60)
    return false;
  *a = best;
  *z = end;
  return true;
}

/* A new frame for a listed item of the current subject, named by [a, z). */
static long list_item_frame(binder *b, long src, size_t a, size_t z) {
  long item = clone_frame(b, src, "fact.list");
  if (item < 0)
    return -1;
  earn_frame *it = frame_at(b, item);
  it->of = -1;
  it->seg[0] = it->metric_span[0] = it->stmt[0] = a;
  it->seg[1] = it->metric_span[1] = it->stmt[1] = z;
  it->group = ++b->group_seq;
  b->cur = item;
  return item;
}

/* The frame a subject-less figure's metric names after it ("$5 billion in revenue",
   "47万枚を納品", "58.2 million monthly active users"). */
static long subject_after(binder *b, size_t fi, bool *consumed) {
  const earn_figure *fig = &b->figs->at[fi];
  size_t mi = fig->named_ev;
  if (mi != fig->ev)
    consumed[mi] = true;
  long idx;
  if (mi == fig->ev) {
    /* The count noun is inside the quantity: a subject made from the lexicon entry. */
    idx = new_frame(b);
    if (idx < 0)
      return -1;
    const earn_lex_entry *e = fig->named_after;
    earn_frame *f = frame_at(b, idx);
    f->metric = e->unit;
    f->value_kind = e->kind;
    f->metric_flags = e->flags;
    f->count_unit = e->value;
    f->basis = e->basis ? (earn_basis)(e->basis - 1) : EARN_BASIS_REPORTED;
    f->kind = b->kind;
    f->group = ++b->group_seq;
    const earn_quantity *q = fig_q(b, fi);
    f->metric_span[0] = f->stmt[0] = q->fstart;
    f->metric_span[1] = f->stmt[1] = q->fend;
    if (b->has_ctx)
      set_period(f, b->ctx, true);
  } else {
    idx = start_subject(b, mi);
    if (idx < 0)
      return -1;
  }
  earn_frame *f = frame_at(b, idx);
  const earn_quantity *q = fig_q(b, fi);
  f->stmt[0] = q->fstart; /* the name stands after the figure: read it from there */
  if (f->seg[1] == f->seg[0]) {
    size_t a, z;
    if (earn_find_segment(b->doc, b->kws, b->sent->start, q->fstart, q->fend, &a, &z)) {
      f->seg[0] = a;
      f->seg[1] = z;
    }
  }
  b->cur = idx;
  b->group0 = (size_t)idx;
  return idx;
}

/* A comparative: the value of an earlier period of frame src. */
/* "raised its 2023 revenue guidance from $5.0 billion to $5.2 billion", "up from $5.0
   billion previously": in an outlook that revises itself the earlier figure is the superseded
   outlook, no result of an earlier period. */
/* Does s[p, end) start with `word` (in any case)? */
static bool says(const char *s, size_t p, size_t end, const char *word) {
  size_t n = strlen(word);
  return p + n <= end && strncasecmp(s + p, word, n) == 0;
}

static bool superseded_outlook(const binder *b, size_t fi) {
  if (b->kind == EARN_FACT_ACTUAL &&
      (b->cur < 0 || frame_at_c(b, b->cur)->kind == EARN_FACT_ACTUAL))
    return false;
  const char *s = b->doc->text.s;
  size_t at = ev(b, b->figs->at[fi].ev)->end, end = b->sent->end;
  size_t z = at + 32 < end ? at + 32 : end;
  for (size_t p = at; p < z; p++) {
    if (s[p] == ',' || s[p] == ';' || s[p] == '.')
      break;
    if (says(s, p, end, " in 20") || says(s, p, end, " in fiscal") || says(s, p, end, "year") ||
        says(s, p, end, "quarter"))
      return false; /* "from $5 billion in 2023": a result of its own period */
    if (says(s, p, end, "previous") || says(s, p, end, "prior guidance"))
      return true;
  }
  for (size_t j = 0; j < b->se->n; j++) {
    const earn_event *e = ev(b, j);
    if (e->type == EARN_EV_CUE && e->cue == EARN_CUE_GUIDANCE && e->e &&
        (strncasecmp(e->e->term, "guidance", 8) == 0 || strncasecmp(e->e->term, "outlook", 7) == 0))
      return true;
  }
  return false;
}

static void give_prior(binder *b, long src, size_t fi) {
  if (superseded_outlook(b, fi))
    return;
  earn_frame *from = frame_at(b, src);
  long p = from->prior && from->value < 0 ? src : clone_frame(b, src, "fact.prior");
  if (p < 0)
    return;
  earn_frame *f = frame_at(b, p);
  f->prior = true;
  f->prior_qoq = b->figs->at[fi].prior_qoq;
  f->kind = EARN_FACT_ACTUAL; /* an earlier period's figure is a result, even in an outlook */
  f->has_period = false;
  if (b->prior_neg >= 0)
    f->metric_flags =
        (uint8_t)((f->metric_flags & ~EARN_LEXF_NEG) | (b->prior_neg ? EARN_LEXF_NEG : 0));
  if (b->has_prior_period)
    set_period(f, b->prior_period, false);
  long keep_last = b->last_value;
  size_t keep_ev = b->last_value_ev;
  give_value(b, p, fi);
  /* The comparative does not take the current figure's place for the rates after it. */
  (void)keep_last;
  (void)keep_ev;
}

/* "from $1.9 billion to $2.4 billion": the low end is the comparative of frame src. */
static void prior_low_end(binder *b, long src, size_t fi) {
  long keep = b->last_value;
  size_t keep_ev = b->last_value_ev;
  give_prior(b, src, fi);
  if (b->last_value >= 0 && b->last_value != src)
    frame_at(b, b->last_value)->value_end = -1;
  b->last_value = keep;
  b->last_value_ev = keep_ev;
}

/* The frame that owns the value right before a translation. */
static void give_translation(binder *b, size_t fi) {
  if (b->last_value < 0)
    return;
  const earn_frame *src = frame_at(b, b->last_value);
  if (src->value < 0 || src->value_kind == EARN_Q_COUNT)
    return;
  bool negative = src->negative;
  long t = clone_frame(b, b->last_value, "fact.translation");
  if (t < 0)
    return;
  give_value(b, t, fi);
  if (negative) /* "a loss of RMB2.8 billion (US$0.4 billion)" */
    frame_at(b, t)->negative = true;
}

/* An amount per share: the figure of a per-share subject, or a per-share frame of the
   statement ("net income was $88 million, or $0.61 per share"). */
static void give_per_share(binder *b, size_t fi) {
  const earn_figure *fig = &b->figs->at[fi];
  const earn_quantity *q = fig_q(b, fi);
  long cur = b->cur;
  /* "compared to $3.98 billion, $8.94 per diluted share": the comparative's */
  if (fi > 0 && b->figs->at[fi - 1].role == EARN_ROLE_PRIOR && b->last_value >= 0 &&
      frame_at(b, b->last_value)->prior)
    cur = b->last_value;
  earn_frame *f = frame_at(b, cur);
  long target = cur;
  /* "a non-recurring $77 million pretax charge, $0.13 per diluted share": the share of a part
     the sentence names on the way, not its subject's */
  if (fi > 0 && b->figs->at[fi - 1].role == EARN_ROLE_NONE &&
      fig_q(b, fi - 1)->kind == EARN_Q_MONEY && ev(b, b->figs->at[fi - 1].ev)->end > f->stmt[0])
    return;
  if (!(f->metric_flags & EARN_LEXF_PER_SHARE) || f->value >= 0) {
    target = clone_frame(b, cur, "fact.per_share");
    if (target < 0)
      return;
    f = frame_at(b, target);
    if (!(f->metric_flags & EARN_LEXF_PER_SHARE)) {
      /* net income per share is EPS; a cost's or a charge's per share is no reported metric */
      f->metric = strcmp(f->metric, "net_income") == 0 ? "eps" : "other";
      f->value_kind = EARN_Q_MONEY;
    }
    f->metric_flags =
        (uint8_t)((f->metric_flags & ~(EARN_LEXF_ADS | EARN_LEXF_DILUTED | EARN_LEXF_BASIC)) |
                  EARN_LEXF_PER_SHARE | (fig->per_ads ? EARN_LEXF_ADS : 0));
  }
  if (fig->diluted)
    frame_at(b, target)->metric_flags |= EARN_LEXF_DILUTED;
  /* "or 2.03 per share" after "$1.47 billion": the unit of the amount it divides */
  (void)q;
  give_value(b, target, fi);
}

/* The k-th frame from group0 that has no value and can take q, or -1. */
static long next_in_group(binder *b, const earn_quantity *q, const earn_figure *fig) {
  for (size_t i = b->group0; i < b->out->n; i++) {
    earn_frame *f = frame_at(b, (long)i);
    if (f->value < 0 && f->of < 0 && !f->prior && fits_in(b->doc, f, q, fig))
      return (long)i;
  }
  return -1;
}

/* "…純利益は48億円となりました。前期は31億円でした。": a sentence that opens with a word for
   the earlier period gives the comparative of the sentence before. */
static void prior_of_last_sentence(binder *b, size_t fi) {
  const earn_quantity *q = fig_q(b, fi);
  const earn_carry *c = b->carry;
  if (!c->has_fact || b->prior_clause != 0 || ev(b, 0)->start - b->sent->start > 16 ||
      q->kind != EARN_Q_MONEY || strcmp(q->unit, c->last_value->unit) != 0)
    return;
  long idx = new_frame(b);
  if (idx < 0)
    return;
  earn_frame *f = frame_at(b, idx);
  *f = c->last;
  f->value = f->yoy = f->qoq = -1;
  f->group = ++b->group_seq;
  b->cur = idx;
  give_prior(b, idx, fi);
  frame_at(b, idx)->prior = true;
  b->cur = -1;
}

/* An English loss word stands alone after a determiner or a verb ("posted a loss", "reported
   losses"); after any other word it ends that word's name ("EBITDAR loss of $203 million",
   "operating loss"). */
static bool loss_word_stands_alone(const char *s, size_t floor, size_t at) {
  size_t z = skip_blanks_back(s, at, floor), a = z;
  while (a > floor && isalpha((unsigned char)s[a - 1]))
    a--;
  if (a == z)
    return true; /* CJK, or the clause's first word */
  static const char *const lead[] = {"a",        "an",     "the",      "its",      "their",
                                     "our",      "posted", "reported", "recorded", "had",
                                     "incurred", "booked", "suffered", "with",     "to"};
  for (size_t i = 0; i < sizeof lead / sizeof lead[0]; i++)
    if (strlen(lead[i]) == z - a && strncasecmp(s + a, lead[i], z - a) == 0)
      return true;
  return false;
}

/* A loss word names the figure itself only when nothing but "of" or one CJK particle stands
   between them ("a loss of $5 million", "亏损15亿元", "亏损为3亿元"); in "allowance for credit
   losses totaled $357 million" the word is part of another name. */
static bool loss_names_figure(const binder *b, const earn_figure *fig) {
  const char *s = b->doc->text.s;
  const earn_event *w = ev(b, fig->loss_ev);
  if (w->cue == EARN_CUE_LOSS && !loss_word_stands_alone(s, b->sent->start, w->start))
    return false; /* (a verb of profit has its subject before it) */
  size_t p = skip_blanks(s, b->doc->text.len, w->end);
  size_t at = ev(b, fig->ev)->start;
  if (p + 2 <= at && memcmp(s + p, "of", 2) == 0)
    p = skip_blanks(s, at, p + 2);
  if (at == p)
    return true;
  uint32_t cp = 0;
  earn_utf8_decode(s + p, at - p, &cp);
  /* one particle (为, は), not a closing quote: "「減損損失」434,752千円" names another item */
  return at - p <= 3 && cp >= 0x3040 && !(cp >= 0xFF00 && cp <= 0xFF20);
}

/* A net-income frame for the figure of a word of loss or profit that names no line item; an
   EPS frame when the figure is per share ("Acme earned $2.10 per share"). */
static void loss_subject(binder *b, size_t fi) {
  const earn_figure *fig = &b->figs->at[fi];
  long idx = new_frame(b);
  if (idx < 0)
    return;
  earn_frame *f = frame_at(b, idx);
  const earn_event *w = ev(b, fig->loss_ev);
  f->metric = fig->per_share ? "eps" : "net_income";
  f->value_kind = EARN_Q_MONEY;
  f->metric_flags = (uint8_t)((w->cue == EARN_CUE_LOSS ? EARN_LEXF_NEG : 0) |
                              (fig->per_share ? EARN_LEXF_PER_SHARE : 0) |
                              (fig->diluted ? EARN_LEXF_DILUTED : 0));
  f->basis = b->basis ? (earn_basis)(b->basis - 1) : EARN_BASIS_REPORTED;
  f->kind = b->kind;
  f->metric_span[0] = f->stmt[0] = w->start;
  f->metric_span[1] = f->stmt[1] = w->end;
  f->group = ++b->group_seq;
  if (b->has_ctx)
    set_period(f, b->ctx, true);
  b->cur = idx;
  b->group0 = (size_t)idx;
  give_value(b, idx, fi);
}

/* A figure of an earlier period: of a subject its clause names, of the current subject, as a
   per-share amount of it ("compared with $318 million, or $0.87 per diluted share, a year
   ago"), or of the sentence before. */
/* A per-share amount of an earlier period, of the statement of frame base. */
static void per_share_prior(binder *b, long base, size_t fi) {
  long keep = b->cur;
  size_t before = b->out->n;
  b->cur = base;
  give_per_share(b, fi);
  b->cur = keep;
  if (b->out->n > before || frame_at(b, base)->value >= 0) {
    earn_frame *f = frame_at(b, b->out->n > before ? (long)b->out->n - 1 : base);
    f->prior = true;
    f->kind = EARN_FACT_ACTUAL;
    f->has_period = false;
    if (b->has_prior_period)
      set_period(f, b->prior_period, false);
  }
}

static void on_prior(binder *b, size_t fi, bool *consumed) {
  const earn_figure *fig = &b->figs->at[fi];
  const earn_quantity *q = fig_q(b, fi);
  if (superseded_outlook(b, fi))
    return;
  if (b->prior_subject >= 0 && frame_at(b, b->prior_subject)->value < 0) {
    const earn_frame *ps = frame_at(b, b->prior_subject);
    /* "compared with earnings of $0.05 per share a year ago": the per-share amount */
    if (fig->per_share && q->kind == EARN_Q_MONEY && !(ps->metric_flags & EARN_LEXF_PER_SHARE)) {
      per_share_prior(b, b->prior_subject, fi);
      return;
    }
    if (fits_in(b->doc, ps, q, fig)) {
      give_prior(b, b->prior_subject, fi); /* "compare to revenue of $15.68 billion and …" */
      return;
    }
  }
  if (b->cur < 0) {
    prior_of_last_sentence(b, fi);
    return;
  }
  /* "Net income … of $1.5 billion in 2022, which was impacted by the items affecting operating
     income discussed above, compared to $1.3 billion": a subject named without a figure in
     another clause is no base; the figure before is. */
  if (frame_at(b, b->cur)->value < 0 && b->last_value >= 0 && b->doc->lang != EARN_LANG_JA &&
      ev(b, fig->ev)->clause != frame_clause(b, b->cur)) { /* (a Japanese topic waits for
                                                             its own: "…は、前期X円に対し") */
    long v = b->last_value;
    while (frame_at(b, v)->of >= 0)
      v = frame_at(b, v)->of;
    if (!frame_at(b, v)->prior)
      b->cur = v;
  }
  earn_frame *cur = frame_at(b, b->cur);
  if (fig->named_after && q->kind != EARN_Q_PERCENT && fig->named_ev != fig->ev) {
    consumed[fig->named_ev] = true;
    /* "（前期は8億円の営業損失）": the comparative names its metric after its figure; "which
       contributed RMB15 billion of revenue in 2024" names another one */
    if (strcmp(cur->metric, fig->named_after->unit) != 0)
      return;
    b->prior_neg = (fig->named_after->flags & EARN_LEXF_NEG) != 0;
  }
  if (fig->per_share && (q->kind == EARN_Q_MONEY || cur->value >= 0)) {
    per_share_prior(b, b->cur, fi);
    return;
  }
  if (fits_in(b->doc, cur, q, fig))
    give_prior(b, b->cur, fi);
}

static bool margin_value(binder *b, size_t fi, bool *consumed);

static void on_value(binder *b, size_t fi, bool *consumed) {
  const earn_figure *fig = &b->figs->at[fi];
  const earn_quantity *q = fig_q(b, fi);
  /* "收益包括来自广告业务的51亿元及来自游戏业务的31亿元": an item of the current metric */
  if (fig->item[1] > fig->item[0] && b->cur >= 0 && fits_in(b->doc, frame_at(b, b->cur), q, fig)) {
    long src = b->cur;
    while (frame_at(b, src)->of >= 0)
      src = frame_at(b, src)->of;
    long item = list_item_frame(b, src, fig->item[0], fig->item[1]);
    if (item >= 0) {
      frame_at(b, item)->metric_span[0] = frame_at(b, src)->metric_span[0];
      frame_at(b, item)->metric_span[1] = frame_at(b, src)->metric_span[1];
      frame_at(b, item)->stmt[0] = frame_at(b, src)->stmt[0];
      frame_at(b, item)->stmt[1] = frame_at(b, src)->stmt[1];
      give_value(b, item, fi);
      b->cur = src; /* the next item is the metric's too */
    }
    return;
  }
  bool in_prior = in_prior_clause(b, ev(b, fig->ev)->clause);
  earn_frame *cur = b->cur >= 0 ? frame_at(b, b->cur) : NULL;
  if (fig->per_share && cur && (q->kind == EARN_Q_MONEY || cur->value >= 0) && !in_prior) {
    give_per_share(b, fi);
    return;
  }
  bool named = fig->named_after && q->kind != EARN_Q_PERCENT &&
               ((q->kind == EARN_Q_MONEY && fig->named_after->kind == EARN_Q_MONEY &&
                 !(fig->named_after->flags & EARN_LEXF_PER_SHARE)) ||
                (q->kind != EARN_Q_MONEY && fig->named_after->kind == EARN_Q_COUNT));
  bool fitting = cur && fits_in(b->doc, cur, q, fig);
  if (!fitting && cur && q->kind == EARN_Q_PERCENT && cur->value_kind == EARN_Q_MONEY &&
      margin_value(b, fi, consumed))
    return;
  /* "外部顧客のAIタスクに対応し、400以上の企業顧客": a count belongs to the count noun right
     after it rather than to one far before. */
  if (named && fitting && cur->value < 0 && cur->value_kind == EARN_Q_COUNT &&
      fig->named_after->kind == EARN_Q_COUNT) {
    size_t gap_after = fig->named_ev != fig->ev ? ev(b, fig->named_ev)->start - q->fend : 0;
    fitting = q->fstart - cur->metric_span[1] <= 2 * gap_after + 6;
  }
  if (in_prior) {
    on_prior(b, fi, consumed);
    return;
  }
  size_t pa, pz;
  if (b->broken_down >= 0 && !named && !in_prior_clause(b, ev(b, fig->ev)->clause) &&
      fits_in(b->doc, frame_at(b, b->broken_down), q, fig) && breakdown_part(b, fi, &pa, &pz)) {
    long item = list_item_frame(b, b->broken_down, pa, pz);
    if (item >= 0) {
      frame_at(b, item)->of = -1;
      give_value(b, item, fi);
    }
    return;
  }
  if (fitting && cur->value < 0) {
    /* the next of listed subjects, or the current one */
    long target = next_in_group(b, q, fig);
    if (target < 0)
      target = b->cur;
    int brk = clause_break(b, frame_at(b, target)->metric_span[1], q->fstart);
    if (brk) {
      if (brk == 2)
        b->cur = -1; /* "After adjusting for revenues …, the adjusted gain was $83 million" */
      return;
    }
    give_value(b, target, fi);
    if (fig->low_prior)
      prior_low_end(b, target, fi);
    /* "A and B were both X", "売上高、営業利益ともに…": one figure for all */
    if (b->all)
      for (long t; (t = next_in_group(b, q, fig)) >= 0;)
        give_value(b, t, fi);
    return;
  }
  if (fitting && cur->value >= 0) {
    long target = next_in_group(b, q, fig);
    if (target < 0)
      target = listed_period_frame(b);
    if (target >= 0) {
      give_value(b, target, fi);
      return;
    }
    /* "精密部品事業の売上高が1320億円（…）、産業機械事業が860億円（同2%減）": a business
       named right before a figure, after the one before, is an item of the same metric. */
    size_t a, z;
    if (!named && cjk_list_item(b, fi, &a, &z)) {
      long item = list_item_frame(b, b->cur, a, z);
      if (item >= 0)
        give_value(b, item, fi);
      return;
    }
    /* "$1.37 on a GAAP basis and $1.52 on a non-GAAP basis": a figure of another basis. */
    if (fig->basis && (earn_basis)(fig->basis - 1) != cur->basis && !named) {
      long other = clone_frame(b, b->cur, "fact.basis");
      if (other >= 0) {
        frame_at(b, other)->basis = (earn_basis)(fig->basis - 1);
        frame_at(b, other)->of = -1;
        give_value(b, other, fi);
      }
      return;
    }
  }
  if (named && (!cur || !fitting || cur->value >= 0)) {
    if (q->kind != EARN_Q_NUMBER || takes_count(q)) {
      long idx = subject_after(b, fi, consumed);
      if (idx >= 0)
        give_value(b, idx, fi);
    }
    return;
  }
  /* "其2017年亏损15亿元", "the company posted a loss of $5 million": a loss with no line item
     named is the net loss. */
  if (fig->loss_ev != SIZE_MAX && q->kind == EARN_Q_MONEY && loss_names_figure(b, fig) &&
      (!cur || !fitting || cur->value >= 0))
    loss_subject(b, fi);
}

static void on_rate(binder *b, size_t fi) {
  const earn_figure *fig = &b->figs->at[fi];
  const earn_quantity *q = fig_q(b, fi);
  bool own_level = false; /* ("Remaining Performance Obligation of $24.1 Billion, …, 12% CC":
                             the growth of a level the sentence states, of a subject unknown) */
  for (size_t k = 0; k < fi && !own_level; k++)
    own_level = b->figs->at[k].role == EARN_ROLE_VALUE;
  if (b->cur < 0 && fig->basis && !own_level && b->carry->has_fact &&
      b->carry->last.kind == b->kind) {
    /* "…sales decline of 4.4% to $23.7 Billion. Operational growth of 4.6%": the growth of the
       line item just stated, on another basis */
    long idx = new_frame(b);
    if (idx < 0)
      return;
    earn_frame *f = frame_at(b, idx);
    *f = b->carry->last;
    f->value = f->yoy = f->qoq = f->of = -1;
    f->prior = false;
    f->basis = (earn_basis)(fig->basis - 1);
    f->metric_span[0] = f->stmt[0] = ev(b, fig->ev)->start;
    f->metric_span[1] = f->stmt[1] = ev(b, fig->ev)->start;
    f->group = ++b->group_seq;
    b->cur = idx;
  }
  if (b->cur < 0 || (!q->has_value && !q->is_range))
    return;
  long target = b->cur;
  /* "营业收入、净利润分别为X、Y，同比分别增长a%、b%", "up 5% and 7%, respectively": rates
     listed in order go to the subjects listed in order. */
  if (b->each && b->broken_down < 0) { /* (a breakdown's rates follow their parts) */
    for (size_t i = 0; i < b->out->n; i++) {
      earn_frame *f = frame_at(b, (long)i);
      if (f->of < 0 && !f->prior && (fig->qoq ? f->qoq : f->yoy) < 0 &&
          (f->value >= 0 || (long)i >= (long)b->group0)) {
        target = (long)i;
        break;
      }
    }
  }
  earn_frame *f = frame_at(b, target);
  size_t a, z;
  if ((fig->qoq ? f->qoq : f->yoy) >= 0 && f->value >= 0 && en_list_item(b, fi, &a, &z)) {
    target = list_item_frame(b, target, a, z);
    if (target < 0)
      return;
    f = frame_at(b, target);
  }
  if (fig->basis && (earn_basis)(fig->basis - 1) != f->basis && f->yoy < 0 && f->qoq < 0 &&
      f->value >= 0 && f->basis == EARN_BASIS_REPORTED && fig->basis - 1 == EARN_BASIS_COMPARABLE &&
      ev(b, fig->ev)->clause == frame_clause(b, target)) {
    /* "Domestic online revenue of $5.14 billion decreased 13.0% on a comparable basis": a level
       stated with its only growth, on a like-for-like basis, is one statement of that basis */
    f->basis = EARN_BASIS_COMPARABLE;
  } else if (fig->basis && (earn_basis)(fig->basis - 1) != f->basis &&
             (f->yoy >= 0 || f->value >= 0)) {
    /* A second growth on another basis is a fact of that basis. */
    long other = clone_frame(b, target, "fact.basis");
    if (other < 0)
      return;
    target = other;
    f = frame_at(b, other);
    f->basis = (earn_basis)(fig->basis - 1);
  }
  long *slot = fig->qoq ? &f->qoq : &f->yoy;
  if (*slot >= 0)
    return;
  *slot = (long)fi;
  extend(f, q->fstart, q->fend);
  b->group_open = false;
}

/* A percentage no word explains: the value of a ratio whose subject waits for it. */
/* Where a lead that makes percentages shares of revenue ends ("As a percentage of net sales,"),
   or 0. */
static size_t says_share_of_sales(const earn_doc *doc, const earn_sentence *sent) {
  static const char *const leads[] = {"as a percentage of net sales", "as a percentage of sales",
                                      "as a percentage of revenue", "as a percent of net sales",
                                      "as a percentage of total revenue"};
  const char *s = doc->text.s;
  for (size_t p = sent->start; p < sent->end && p < sent->start + 8; p++) {
    if ((s[p] | 0x20) != 'a') /* (most sentences: one test per byte) */
      continue;
    for (size_t i = 0; i < sizeof leads / sizeof leads[0]; i++) {
      size_t n = strlen(leads[i]);
      if (p + n <= sent->end && strncasecmp(s + p, leads[i], n) == 0)
        return p + n;
    }
  }
  return 0;
}

/* The margin a profit line has as a share of revenue; NULL for lines without one here. */
static const char *margin_of(const char *metric) {
  if (strcmp(metric, "gross_profit") == 0)
    return "gross_margin";
  if (strcmp(metric, "operating_income") == 0)
    return "operating_margin";
  return NULL;
}

/* "Gross profit was $1.2 billion, or 37.6% of net sales", "As a percentage of net sales, gross
   profit of 37.6%": a profit line's share of revenue is its margin. */
static bool margin_value(binder *b, size_t fi, bool *consumed) {
  const earn_figure *fig = &b->figs->at[fi];
  if (b->cur < 0 || fig_q(b, fi)->kind != EARN_Q_PERCENT)
    return false;
  bool of_sales = fig->named_after && strcmp(fig->named_after->unit, "revenue") == 0;
  if (!of_sales && !b->share_of_sales)
    return false;
  if (of_sales && fig->named_ev != SIZE_MAX)
    consumed[fig->named_ev] = true; /* ("of net sales" names no subject) */
  /* (in "compared to $375.6 million, or 13.8% of net sales", the earlier period's margin) */
  bool prior = in_prior_clause(b, ev(b, fig->ev)->clause) && b->last_value >= 0 &&
               frame_at(b, b->last_value)->prior;
  long src = prior ? b->last_value : b->cur;
  const char *margin = margin_of(frame_at(b, src)->metric);
  if (!margin)
    return false;
  long idx = clone_frame(b, src, prior ? "fact.prior" : "fact.value");
  if (idx < 0)
    return true;
  earn_frame *f = frame_at(b, idx);
  f->metric = margin;
  f->value_kind = EARN_Q_PERCENT;
  f->metric_flags = 0;
  f->prior = frame_at(b, src)->prior;
  f->of = f->prior ? frame_at(b, src)->of : -1;
  give_value(b, idx, fi);
  return true;
}

static void on_bare(binder *b, size_t fi, bool *consumed) {
  earn_frame *cur = b->cur >= 0 ? frame_at(b, b->cur) : NULL;
  if (margin_value(b, fi, consumed))
    return;
  if (cur && cur->value_kind == EARN_Q_PERCENT && cur->value < 0)
    on_value(b, fi, consumed);
  else if (cur && cur->value_kind == EARN_Q_PERCENT && next_in_group(b, fig_q(b, fi), NULL) >= 0)
    on_value(b, fi, consumed);
}

/* A clause that opens with a word for an earlier time or a comparison speaks of the past:
   "compared with $187 million", "（前期は31億円）", "上年同期净利润60.86亿元". */
static bool opens_with_prior(const binder *b, size_t first) {
  for (size_t i = first; i < b->se->n; i++) {
    const earn_event *e = ev(b, i);
    if (e->clause != ev(b, first)->clause)
      return false;
    if (e->type == EARN_EV_CUE && (e->cue == EARN_CUE_FILLER || e->cue == EARN_CUE_ALL))
      continue;
    return e->type == EARN_EV_CUE && (e->cue == EARN_CUE_PRIOR || e->cue == EARN_CUE_VERSUS);
  }
  return false;
}

/* A frame for the list item named at [a, z) of the subject `of` the line before. */
static long list_item_of(binder *b, const earn_frame *of, size_t a, size_t z) {
  long idx = new_frame(b);
  if (idx < 0)
    return -1;
  earn_frame *f = frame_at(b, idx);
  *f = *of;
  f->value = f->yoy = f->qoq = f->of = -1;
  f->prior = false;
  f->rule = "fact.list";
  f->seg[0] = f->metric_span[0] = f->stmt[0] = a;
  f->seg[1] = f->metric_span[1] = f->stmt[1] = z;
  f->group = ++b->group_seq;
  return idx;
}

/* "- Advertising: RMB5.1 billion, up 9%" under "Total revenues: RMB8.2 billion": a list item
   that names its business and not its metric, which is the metric of the line before. A frame
   for it, or -1. */
static long list_line_item(binder *b) {
  const earn_sentence_events *se = b->se;
  const char *s = b->doc->text.s;
  if (!b->carry->has_fact || !b->sent->line_start || se->n < 2)
    return -1;
  size_t colon = 0; /* the event index of the colon */
  while (colon < se->n && se->ev[colon].type != EARN_EV_PUNCT)
    if (se->ev[colon++].type != EARN_EV_CUE || se->ev[colon - 1].cue != EARN_CUE_FILLER)
      return -1;
  if (colon + 1 >= se->n || se->ev[colon].punct != EARN_P_COLON ||
      !earn_ev_is_figure(&se->ev[colon + 1]))
    return -1;
  size_t a = b->sent->start, z = skip_blanks_back(s, se->ev[colon].start, a);
  bool marked = false; /* a bullet or an indent says it is an item */
  while (a < z && (s[a] == ' ' || s[a] == '-' || s[a] == '*' || s[a] == '\t')) {
    marked |= s[a] != ' ' || (a > b->sent->start && s[a - 1] == ' ');
    a++;
  }
  uint32_t cp = 0;
  size_t n = a < z ? earn_utf8_decode(s + a, z - a, &cp) : 0;
  if (cp == 0x2022 || cp == 0x30FB || cp == 0x25CF || cp == 0x25A0 || cp == 0x25C6 ||
      cp == 0x25CB) { /* • ・ ● ■ ◆ ○ */
    a = skip_blanks(s, z, a + n);
    marked = true;
  }
  if (!marked)
    return -1;
  size_t chars = 0;
  for (size_t p = a; p < z; p++)
    chars += ((unsigned char)s[p] & 0xC0) != 0x80;
  if (z <= a || chars > 40 || memchr(s + a, ',', z - a))
    return -1;
  const earn_quantity *q = se->ev[colon + 1].q;
  if (b->carry->last.value_kind != EARN_Q_MONEY || q->kind != EARN_Q_MONEY)
    return -1;
  return list_item_of(b, &b->carry->last, a, z);
}

/* "U.S. increased 10.3%", "International Operated Markets segment increased 11.9%" in the list
   under "Global comparable sales increased 11.7%, … across all segments:": an item that
   names its business and a change, and not its metric, which is the lead-in's. A frame for it,
   or -1. */
static long list_verb_item(binder *b) {
  const earn_sentence_events *se = b->se;
  const char *s = b->doc->text.s;
  if (!b->carry->has_subject || !b->sent->listed || !b->sent->line_start || se->n < 2 ||
      b->doc->lang != EARN_LANG_EN)
    return -1;
  int cue = earn_ev_cue(se, 0);
  if ((cue != EARN_CUE_UP && cue != EARN_CUE_DOWN) || !earn_ev_is_figure(&se->ev[1]))
    return -1;
  size_t a = b->sent->start, z = skip_blanks_back(s, se->ev[0].start, a);
  while (a < z && (s[a] == ' ' || s[a] == '-' || s[a] == '*'))
    a++;
  static const char segment[] = " segment";
  if (z - a > sizeof segment &&
      strncmp(s + z - (sizeof segment - 1), segment, sizeof segment - 1) == 0)
    z -= sizeof segment - 1;
  int words = 1;
  for (size_t p = a; p < z; p++) {
    if (s[p] == ',' || (unsigned char)s[p] >= 0x80)
      return -1;
    words += s[p] == ' ';
  }
  if (z <= a || words > 6 || !(s[a] >= 'A' && s[a] <= 'Z'))
    return -1;
  return list_item_of(b, &b->carry->subject, a, z);
}

/* "受入手数料は、21億65百万円（前期比80.3％）", "木工機械については…2,728,073千円": under a
   breakdown, a sentence that names no line item gives, for a name it is about (before は,
   については, につきましては), an amount of the line item last stated. */
static long breakdown_item(binder *b) {
  const earn_sentence_events *se = b->se;
  const earn_lex_entry *of = b->sent->scope.breakdown_of;
  if (!b->sent->scope.breakdown || b->doc->lang == EARN_LANG_EN ||
      (of ? of->kind != EARN_Q_MONEY
          : !b->carry->has_stated || b->carry->stated.value_kind != EARN_Q_MONEY))
    return -1;
  for (size_t i = 0; i < se->n; i++)
    if (se->ev[i].type == EARN_EV_METRIC)
      return -1;
  size_t fi = 0;
  while (fi < b->figs->n && b->figs->at[fi].role != EARN_ROLE_VALUE)
    fi++;
  if (fi >= b->figs->n || fig_q(b, fi)->kind != EARN_Q_MONEY)
    return -1;
  const char *s = b->doc->text.s;
  size_t at = ev(b, b->figs->at[fi].ev)->start, topic = SIZE_MAX;
  for (size_t p = at; p-- > b->sent->start && topic == SIZE_MAX;) /* the nearest は before it */
    if (p + 3 <= at && memcmp(s + p, "は", 3) == 0)
      topic = p;
  static const char *const longer[] = {"につきまして", "について", "で"}; /* …は */
  for (size_t k = 0; topic != SIZE_MAX && k < sizeof longer / sizeof longer[0]; k++)
    if (topic >= b->sent->start + strlen(longer[k]) &&
        memcmp(s + topic - strlen(longer[k]), longer[k], strlen(longer[k])) == 0) {
      topic -= strlen(longer[k]);
      break;
    }
  size_t a = topic, z = topic;
  while (topic != SIZE_MAX && a > b->sent->start) {
    size_t n = 0;
    uint32_t cp = earn_cp_before(s, a, &n);
    if (!(earn_is_han(cp) || earn_is_katakana(cp) || cp == 0x300C || cp == 0x300D))
      break;
    a -= n;
  }
  if (topic == SIZE_MAX || z - a < 6) { /* no name: the heading's */
    a = b->sent->scope.seg[0];
    z = b->sent->scope.seg[1];
    if (z <= a)
      return -1;
  }
  long idx = new_frame(b);
  if (idx < 0)
    return -1;
  earn_frame *f = frame_at(b, idx);
  if (of) { /* "収益等の内訳": the line item the breakdown names */
    memset(f, 0, sizeof *f);
    f->metric = of->unit;
    f->value_kind = of->kind;
    f->metric_flags = of->flags;
    f->count_unit = "";
    f->basis = EARN_BASIS_REPORTED;
  } else {
    *f = b->carry->stated;
  }
  f->value = f->yoy = f->qoq = f->of = -1;
  f->prior = f->has_period = false;
  f->kind = b->kind;
  f->rule = "fact.list";
  f->seg[0] = f->metric_span[0] = f->stmt[0] = a;
  f->seg[1] = f->metric_span[1] = f->stmt[1] = z;
  f->group = ++b->group_seq;
  return idx;
}

/* Is the next line with text a figure alone of the same kind as q ("$6,218" above "$5,678")?
   Then the label heads a row of several columns, whose periods a reader of lines cannot
   tell apart. */
static bool figure_line(const earn_doc *doc, size_t pos, size_t eol, const earn_quantity *q) {
  size_t i = earn_doc_quantity_from(doc, pos);
  return i < doc->nq && doc->q[i].fstart <= pos + 1 && doc->q[i].fend + 2 >= eol &&
         doc->q[i].kind == q->kind;
}

static bool another_column(const earn_doc *doc, const earn_sentence *sent, const earn_quantity *q) {
  const char *s = doc->text.s;
  size_t len = doc->text.len, pos = sent->end, back = sent->start, eol = pos;
  for (int lines = 0; lines < 2; lines++) { /* (past a word of the cell's own: "Billion") */
    pos = eol;
    while (pos < len && (s[pos] == ' ' || s[pos] == '\n' || s[pos] == '\t'))
      pos++;
    eol = pos;
    bool word = true; /* a word of Latin letters alone */
    for (; eol < len && s[eol] != '\n'; eol++)
      word &= ((s[eol] | 0x20) >= 'a' && (s[eol] | 0x20) <= 'z') || s[eol] == ' ';
    if (!word || eol - pos > 12)
      break;
  }
  /* (and the line before, "-10.0%" above "-9.0%") */
  while (back > 0 && (s[back - 1] == ' ' || s[back - 1] == '\n' || s[back - 1] == '\t'))
    back--;
  size_t bol = back;
  while (bol > 0 && s[bol - 1] != '\n')
    bol--;
  return figure_line(doc, pos, eol, q) || (back > bol && figure_line(doc, bol, back, q));
}

/* "Net revenue growth" / "10.2%", "Core EPS" / "$1.50": a figure alone on its line under a
   line that names a line item (highlights laid out one cell per line) is that item's: its
   growth when the label says so, else its value. */
static bool label_line(binder *b) {
  const earn_sentence *sent = b->sent;
  const earn_lex_entry *e = sent->label;
  if (!e || !sent->line_start || b->figs->n != 1)
    return false;
  for (size_t i = 0; i < b->se->n; i++)
    if (b->se->ev[i].type == EARN_EV_METRIC)
      return false;
  const earn_figure *fig = &b->figs->at[0];
  const earn_quantity *q = fig_q(b, 0);
  if (another_column(b->doc, sent, q))
    return false;
  /* ("down 38%" under a row's label: its growth) */
  bool growth = (sent->label_growth || fig->role == EARN_ROLE_RATE || e->kind == EARN_Q_MONEY) &&
                q->kind == EARN_Q_PERCENT; /* (a percentage of an amount's line item) */
  if (!growth && q->kind != e->kind)
    return false;
  long idx = new_frame(b);
  if (idx < 0)
    return false;
  earn_frame *f = frame_at(b, idx);
  f->metric = e->unit;
  f->value_kind = e->kind;
  f->metric_flags = e->flags;
  f->basis = sent->label_basis ? (earn_basis)(sent->label_basis - 1) : EARN_BASIS_REPORTED;
  f->kind = b->kind;
  f->metric_span[0] = f->stmt[0] = ev(b, fig->ev)->start;
  f->metric_span[1] = f->stmt[1] = ev(b, fig->ev)->end;
  f->seg[0] = sent->scope.seg[0]; /* (a row's business, under its heading) */
  f->seg[1] = sent->scope.seg[1];
  f->group = ++b->group_seq;
  if (growth) {
    f->yoy = 0;
    extend(f, q->fstart, q->fend);
  } else {
    give_value(b, idx, 0);
  }
  return true;
}

/* Does the clause at event i go on from the one before with ", or" ("$51.8 million, or $1.05
   per share")? */
static bool continues_with_or(const binder *b, size_t i) {
  const char *s = b->doc->text.s;
  if (i == 0 || ev(b, i - 1)->type != EARN_EV_PUNCT || ev(b, i - 1)->punct != EARN_P_COMMA)
    return false;
  size_t p = skip_blanks(s, ev(b, i)->start, ev(b, i - 1)->end);
  return ev(b, i)->start - p >= 2 && strncmp(s + p, "or", 2) == 0 &&
         skip_blanks(s, ev(b, i)->start, p + 2) == ev(b, i)->start;
}

bool earn_read_frames(const earn_doc *doc, const earn_kwlist *kws, const earn_sentence *sent,
                      const earn_sentence_events *se, const earn_figures *figs,
                      const earn_carry *carry, earn_frames *out) {
  out->n = 0;
  binder b;
  memset(&b, 0, sizeof b);
  b.doc = doc;
  b.kws = kws;
  b.sent = sent;
  b.se = se;
  b.figs = figs;
  b.carry = carry;
  b.out = out;
  b.cur = b.last_value = b.broken_down = -1;
  b.prior_clause = -1;
  b.prior_subject = -1;
  b.prior_neg = -1;
  b.kind = sent->scope.kind; /* (the scope's period is the facts' fallback, not a label here) */
  bool *consumed = se->n ? earn_calloc(doc->alloc, se->n, sizeof *consumed) : NULL;
  if (se->n && !consumed)
    return false;
  /* "…, up 5% and 7%, respectively": the word that says how listed figures go may follow
     them. */
  for (size_t i = 0; i < se->n; i++) {
    b.each |= earn_ev_cue(se, i) == EARN_CUE_EACH;
    b.all |= earn_ev_cue(se, i) == EARN_CUE_ALL;
  }
  if (label_line(&b)) {
    earn_dealloc(doc->alloc, consumed);
    return !b.oom;
  }
  find_period_list(&b);
  size_t lead_end = says_share_of_sales(doc, sent);
  b.share_of_sales = lead_end > 0;
  for (size_t i = 0; i < se->n && se->ev[i].end <= lead_end; i++)
    consumed[i] = true; /* (its "net sales" is no subject) */
  long item = list_line_item(&b);
  if (item < 0)
    item = list_verb_item(&b);
  if (item < 0)
    item = breakdown_item(&b);
  if (item >= 0) {
    b.cur = item;
    b.group0 = (size_t)item;
    b.group_open = true;
  }
  size_t fi = 0;
  for (size_t i = 0; i < se->n && !b.oom; i++) {
    const earn_event *e = ev(&b, i);
    /* A basis word speaks for its own clause ("扣非后亏损，2016年时净亏损…"), or for the next
       one when it is all its clause says ("Excluding these items, earnings were …"). */
    if (i > 0 && e->clause != ev(&b, i - 1)->clause && se->cl[e->clause].parent < 0 && b.basis_said)
      b.basis = 0;
    if ((e->type == EARN_EV_QTY || e->type == EARN_EV_METRIC ||
         (e->type == EARN_EV_CUE && e->cue == EARN_CUE_LOSS)) &&
        !(doc->lang == EARN_LANG_EN && earn_ev_excluded(se, i)))
      b.basis_said = true; /* (not by what "excluding" leaves out: its amount, its period) */
    if (i == 0 || e->clause != ev(&b, i - 1)->clause) {
      if (e->clause != 0 && (size_t)e->clause < se->ncl && se->cl[e->clause].first_event == i) {
        if (b.prior_clause >= 0 && b.prior_clause == (int)ev(&b, i - 1)->clause &&
            continues_with_or(&b, i)) {
          b.prior_clause = e->clause; /* "compared with $51.8 million, or $1.05 per share" */
        } else if (opens_with_prior(&b, i)) {
          b.prior_clause = e->clause;
          b.prior_subject = -1;
          b.has_prior_period = false;
          b.prior_neg = -1;
        } else if (!in_prior_clause(&b, e->clause)) {
          b.prior_clause = -1;
        }
      } else if (i == 0 && opens_with_prior(&b, 0)) {
        b.prior_clause = 0;
      }
    }
    if (e->type == EARN_EV_QTY && earn_ev_is_figure(e)) {
      const earn_figure *fig = &figs->at[fi];
      if (b.cur >= 0 &&
          (fig->role == EARN_ROLE_VALUE || fig->role == EARN_ROLE_RATE ||
           fig->role == EARN_ROLE_BARE) &&
          !fig->named_after && b.broken_down < 0 && foreign_subject(&b, e->clause) &&
          frame_clause(&b, b.cur) != e->clause) {
        b.cur = -1; /* another subject's figure */
        fi++;
        continue;
      }
      switch (fig->role) {
      case EARN_ROLE_VALUE:
        on_value(&b, fi, consumed);
        break;
      case EARN_ROLE_RATE:
        on_rate(&b, fi);
        break;
      case EARN_ROLE_PRIOR:
        on_prior(&b, fi, consumed);
        break;
      case EARN_ROLE_TRANSLATION:
        give_translation(&b, fi);
        break;
      case EARN_ROLE_BARE:
        on_bare(&b, fi, consumed);
        break;
      default:
        break;
      }
      fi++;
      continue;
    }
    /* "第3四半期累計", "third quarter year to date": to date from the year's start. */
    if (earn_ev_cue(se, i) == EARN_CUE_P_YTD && b.has_ctx && e->end > b.ctx_end &&
        e->start <= b.ctx_end + 9 && b.ctx.qa > 1) {
      earn_fperiod was = b.ctx;
      b.ctx.qa = 1;
      for (size_t k = 0; k < out->n; k++) {
        earn_frame *f = frame_at(&b, (long)k);
        if (f->has_period && f->period.fy == was.fy && f->period.qa == was.qa &&
            f->period.qb == was.qb)
          f->period.qa = 1;
      }
      continue;
    }
    earn_fperiod p;
    if (earn_event_period(doc, se, i, &p)) {
      /* "for the year" under "FY24 Financial Guidance" is that year, not the report's */
      const earn_scope *sc = &sent->scope;
      if (e->type == EARN_EV_CUE && sc->has_period && sc->period.fy > 0)
        p.fy = sc->period.fy;
      if (!(b.plist_n && i > b.plist_first && i <= b.plist_last))
        on_period(&b, i, p); /* (a listed period waits for its figure) */
      continue;
    }
    if (e->type == EARN_EV_METRIC) {
      on_metric(&b, i, consumed);
      continue;
    }
    if (e->type != EARN_EV_CUE)
      continue;
    switch (e->cue) {
    case EARN_CUE_ADJUSTED:
    case EARN_CUE_COMPARABLE:
    case EARN_CUE_REPORTED:
      on_basis(&b, e->cue);
      break;
    case EARN_CUE_GUIDANCE:
    case EARN_CUE_TARGET:
      on_kind(&b, e->cue, e->start);
      break;
    case EARN_CUE_TO: /* "rose 10% over last year to $5 million": a current level follows */
      if (in_prior_clause(&b, e->clause))
        b.prior_clause = -1;
      break;
    default:
      break;
    }
  }
  earn_dealloc(doc->alloc, consumed);
  return !b.oom;
}
