/* SPDX-License-Identifier: MIT */
/* Roles: what each figure of a sentence is, read from the cue words next to it in its clause.

   The nearest word that governs a figure decides. Before it: "to", 至, 达到 make a level;
   "up", 增长, "an increase of" make a rate (a percentage) or an amount of change (money in
   English and Chinese, where the change follows its verb); "compared with", "from",
   上年同期为, 前期は make a comparative. After it: 増, 減少, "decrease" make a rate or, for an
   amount followed by nothing or by the level ("12億円増加の456億円"), a change; "a year ago"
   makes a comparative; "per share" a per-share amount; "in revenue" names the metric. A
   direction word that directly follows a figure is that figure's, so the level after it
   ("前期比3.2%減の980億円", "増加の") is a level. */
#include <ctype.h>
#include <strings.h>

#include "reader.h"

/* How far apart two words of one phrase may stand: a few short words ("by", "the", 若干). */
static size_t max_gap(const earn_doc *doc) { return doc->lang == EARN_LANG_EN ? 18 : 12; }

/* The event before / after i in i's clause, passing over parentheses inside it; SIZE_MAX at
   the clause's end. */
static size_t prev_in_clause(const earn_sentence_events *se, size_t i) {
  uint16_t c = se->ev[i].clause;
  while (i-- > 0) {
    uint16_t d = se->ev[i].clause;
    if (d == c)
      return i;
    if (se->cl[d].depth <= se->cl[c].depth)
      return SIZE_MAX; /* an earlier clause */
  }
  return SIZE_MAX;
}

static size_t next_in_clause(const earn_sentence_events *se, size_t i) {
  uint16_t c = se->ev[i].clause;
  for (size_t j = i + 1; j < se->n; j++) {
    uint16_t d = se->ev[j].clause;
    if (d == c)
      return j;
    if (se->cl[d].depth <= se->cl[c].depth)
      return SIZE_MAX;
  }
  return SIZE_MAX;
}

static bool is_term(const earn_event *e, const char *term) {
  return e->e && strcasecmp(e->e->term, term) == 0;
}

/* What stands before a figure in its clause. */
typedef struct before {
  int first;      /* the nearest cue that governs: TO, UP, DOWN, PRIOR, VERSUS; 0 none */
  int dir;        /* a direction that is the figure's own: +1, -1 */
  bool dir_bound; /* a direction word right after an earlier figure: it is that figure's */
  bool by;        /* "by": an amount of change */
  bool to, rate_word, yoy, qoq, loss, each;
  bool cmp_adjacent; /* the yoy or qoq word stands right before the figure's phrase, with no
                        unknown word between ("同比为-5%", not "同比降逾四成") */
  size_t versus;     /* the period a comparison word names before the figure, SIZE_MAX */
  size_t loss_ev;    /* the loss word before the figure, SIZE_MAX */
  size_t prev_fig;   /* the figure the walk stopped at, SIZE_MAX */
  int basis; /* a basis word with no metric after it ("按固定汇率计算增长8%"), + 1 */
} before;

static int basis_of_cue(int cue) {
  return cue == EARN_CUE_ADJUSTED     ? EARN_BASIS_ADJUSTED
         : cue == EARN_CUE_COMPARABLE ? EARN_BASIS_COMPARABLE
                                      : EARN_BASIS_REPORTED;
}

static before look_before(const earn_doc *doc, const earn_sentence_events *se, size_t i) {
  before b;
  memset(&b, 0, sizeof b);
  b.prev_fig = b.versus = b.loss_ev = SIZE_MAX;
  size_t edge = se->ev[i].start, gap = max_gap(doc);
  bool tight = true; /* no unknown word between the figure and the events seen so far */
  for (size_t j = prev_in_clause(se, i); j != SIZE_MAX; j = prev_in_clause(se, j)) {
    const earn_event *e = &se->ev[j];
    if (edge - e->end > gap)
      break;
    tight = tight && skip_blanks_back(doc->text.s, edge, e->end) == e->end;
    edge = e->start;
    if (e->type == EARN_EV_PUNCT) {
      if (e->punct == EARN_P_COLON)
        continue;
      break;
    }
    if (e->type == EARN_EV_QTY) {
      if (earn_ev_is_period(e))
        continue;
      if (earn_ev_is_figure(e))
        b.prev_fig = j;
      break;
    }
    if (e->type == EARN_EV_METRIC)
      break;
    switch (e->cue) {
    case EARN_CUE_FILLER:
      if (!b.first && is_term(e, "by"))
        b.by = true;
      continue;
    case EARN_CUE_EACH:
      b.each = true;
      continue;
    case EARN_CUE_ADJUSTED:
    case EARN_CUE_COMPARABLE:
    case EARN_CUE_REPORTED: {
      /* (not the base's: "较调整后同比增长", "compared with adjusted") */
      size_t k = prev_in_clause(se, j);
      int base = k != SIZE_MAX ? earn_ev_cue(se, k) : EARN_CUE_NONE;
      if (!b.basis && base != EARN_CUE_VERSUS && base != EARN_CUE_PRIOR)
        b.basis = basis_of_cue(e->cue) + 1;
      continue;
    }
    case EARN_CUE_UP:
    case EARN_CUE_DOWN: {
      /* "12億円増加の", "3.2%減の": in Japanese the word is the figure's before it. */
      size_t k = doc->lang == EARN_LANG_JA ? prev_in_clause(se, j) : SIZE_MAX;
      while (k != SIZE_MAX && earn_ev_cue(se, k) == EARN_CUE_FILLER)
        k = prev_in_clause(se, k);
      if (k != SIZE_MAX && earn_ev_is_figure(&se->ev[k]) &&
          se->ev[j].start - se->ev[k].end <= gap) {
        if (!b.first)
          b.dir_bound = true;
        return b;
      }
      if (!b.first)
        b.first = e->cue;
      /* 降幅, 涨幅: the size of a change, whose figure is a rate even after 达 or 为 */
      bool magnitude = e->e->term_len >= 3 && memcmp(e->e->term + e->e->term_len - 3, "幅", 3) == 0;
      if (magnitude)
        b.rate_word = true;
      if (!b.dir && (!b.to || magnitude))
        b.dir = e->cue == EARN_CUE_UP ? 1 : -1;
      continue;
    }
    case EARN_CUE_TO:
      if (!b.first)
        b.first = EARN_CUE_TO;
      b.to = true;
      continue;
    case EARN_CUE_YOY:
    case EARN_CUE_QOQ:
      if (e->cue == EARN_CUE_YOY)
        b.yoy = true;
      else
        b.qoq = true;
      b.cmp_adjacent |= tight;
      continue;
    case EARN_CUE_RATE:
      b.rate_word = true;
      continue;
    case EARN_CUE_PRIOR:
    case EARN_CUE_VERSUS:
      /* Japanese から is a postposition: "98.0億円から112.4億円へ" (the figure's before it),
         "増加したことから157百万円" (because): it never makes the figure after it earlier. */
      if (doc->lang == EARN_LANG_JA && e->cue == EARN_CUE_VERSUS)
        return b;
      if (e->cue == EARN_CUE_VERSUS && b.versus == SIZE_MAX && j + 1 < i &&
          earn_ev_is_period(&se->ev[j + 1]))
        b.versus = j + 1; /* "较一季度增长5%": the base of the comparison */
      else if (!b.first)
        b.first = e->cue;
      continue;
    case EARN_CUE_LOSS:
      b.loss = true;
      if (b.loss_ev == SIZE_MAX)
        b.loss_ev = j;
      continue;
    case EARN_CUE_GAIN:
      if (b.loss_ev == SIZE_MAX)
        b.loss_ev = j; /* (a word of profit, with no sign of its own) */
      continue;
    case EARN_CUE_PART:
    case EARN_CUE_SINCE:
      if (!b.first)
        b.first = e->cue;
      return b;
    case EARN_CUE_ESTIMATE:
    case EARN_CUE_PRICE:
    case EARN_CUE_JOIN:
    case EARN_CUE_BREAK:
    case EARN_CUE_NONE:
      return b;
    default: /* period, basis, group, kind, point, stop words and the like: a figure's phrase
                may hold them ("is expected to be", "实现") */
      continue;
    }
  }
  return b;
}

/* What stands after a figure in its clause. */
typedef struct after {
  int dir;              /* "36%増", "a 5.2% decrease" */
  bool dir_then_figure; /* the direction word is followed by another figure */
  bool dir_then_same;   /* ... of the same kind ("12億円増加の456億円") */
  bool from_to;         /* "由31.5%上升至33.3%": the figure is where it started from */
  int cmp;              /* EARN_CUE_YOY or EARN_CUE_QOQ said right after it */
  bool prior;           /* "a year ago", "in the prior year" */
  bool prior_qoq;
  size_t versus;  /* "up 17% from Q1": the period a comparison word names after it, SIZE_MAX */
  bool post_from; /* Japanese "98.0億円から": the figure is where it started from */
  bool post_to;   /* Japanese "112.4億円へ": the figure is where it went */
  bool loss;      /* "12億円の赤字" */
  int basis;      /* earn_basis + 1 */
  size_t metric;  /* a metric word right after it, SIZE_MAX */
} after;

/* "$5 billion in revenue", "47万枚を納品", "400以上の企業顧客": nothing but a link word
   between a figure and the metric it names. */
static bool linked(const earn_doc *doc, size_t a, size_t z) {
  const char *s = doc->text.s;
  size_t p = skip_blanks(s, z, a);
  static const char *const links[] = {"を", "の", "的", "in ", "of "};
  for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
    size_t n = strlen(links[i]);
    if (z - p >= n && strncmp(s + p, links[i], n) == 0) {
      p = skip_blanks(s, z, p + n);
      break;
    }
  }
  return p == z;
}

/* "営業利益は1,007百万円と前年同期と比べ319百万円（24.1％）、経常利益は…と比べ296百万円
   （20.9％）の減益となりました": clauses of one shape share the direction the last one
   states. Returns its sign, or 0 when no later clause of a comparison states one. */
/* "持分法による投資損失63億円等を計上したものの": an amount between a loss word that names no
   line item and "(等)を計上" is the amount of that other item, recorded on the way to the
   result the sentence states. */
static bool recorded_item(const earn_doc *doc, const earn_sentence_events *se, size_t i) {
  if (doc->lang != EARN_LANG_JA)
    return false;
  /* "受取利息１億82百万円", "（平成28年熊本地震）２億37百万円", "うち輸出673,860千円": an amount
     right after a noun no word list knows is that noun's. */
  size_t at = se->ev[i].start, n = 0;
  uint32_t cp = at > 0 ? earn_cp_before(doc->text.s, at, &n) : 0;
  bool adjacent = i > 0 && se->ev[i - 1].end == at;
  if (!adjacent && se->ev[i].q->kind != EARN_Q_PERCENT &&
      (earn_is_han(cp) || earn_is_katakana(cp) || cp == ')'))
    return true;
  /* "法人税等調整額の増加97百万円": the amount of another item's change */
  if (adjacent &&
      (earn_ev_cue(se, i - 1) == EARN_CUE_UP || earn_ev_cue(se, i - 1) == EARN_CUE_DOWN) &&
      se->ev[i - 1].start >= 3 && memcmp(doc->text.s + se->ev[i - 1].start - 3, "の", 3) == 0)
    return true;
  bool other_item = adjacent && se->ev[i - 1].type == EARN_EV_METRIC &&
                    strcmp(se->ev[i - 1].e->unit, "other") == 0; /* "受取利息１億82百万円を計上" */
  if (!other_item && (i == 0 || se->ev[i - 1].type != EARN_EV_CUE ||
                      se->ev[i - 1].cue != EARN_CUE_LOSS || !adjacent))
    return false;
  const char *s = doc->text.s;
  size_t p = se->ev[i].end, len = doc->text.len;
  if (p + 3 <= len && memcmp(s + p, "等", 3) == 0)
    p += 3;
  return p + 9 <= len && memcmp(s + p, "を計上", 9) == 0;
}

/* "includes restructuring charges of $30 million", "excludes net income attributable to … of
   $7 million": in English the figure at the end of what includes or excludes names is a part,
   however many words (line items among them) the part's name takes, up to a verb or a
   comma. */
static bool ends_part_phrase(const earn_doc *doc, const earn_sentence_events *se, size_t i) {
  if (doc->lang != EARN_LANG_EN)
    return false;
  if (earn_ev_excluded(se, i))
    return true; /* "Excluding … charges of $0.02 per share" */
  for (size_t j = prev_in_clause(se, i); j != SIZE_MAX; j = prev_in_clause(se, j)) {
    const earn_event *e = &se->ev[j];
    if (se->ev[i].start - e->end > 120 || e->type == EARN_EV_PUNCT ||
        (e->type == EARN_EV_QTY && !earn_ev_is_period(e)))
      return false;
    switch (e->type == EARN_EV_CUE ? e->cue : EARN_CUE_NONE) {
    case EARN_CUE_PART:
      return true;
    case EARN_CUE_UP:
    case EARN_CUE_DOWN:
    case EARN_CUE_TO:
    case EARN_CUE_VERSUS:
    case EARN_CUE_PRIOR:
    case EARN_CUE_SINCE:
      return false;
    default:
      continue;
    }
  }
  return false;
}

/* "消费贷占当年度收入增长的98.7%", "海外收入占总收入的35%": after 占 a percentage that
   follows 的 is the part's share of the whole, whatever verb the whole's name holds. */
static bool share_of_whole(const earn_doc *doc, const earn_sentence_events *se, size_t i) {
  if (doc->lang != EARN_LANG_ZH || se->ev[i].q->kind != EARN_Q_PERCENT || se->ev[i].start < 3 ||
      memcmp(doc->text.s + se->ev[i].start - 3, "的", 3) != 0)
    return false;
  for (size_t j = prev_in_clause(se, i); j != SIZE_MAX; j = prev_in_clause(se, j))
    if (earn_ev_cue(se, j) == EARN_CUE_PART)
      return true;
  return false;
}

static int parallel_direction(const earn_sentence_events *se, size_t i) {
  bool compared = false; /* a later clause measures against the same base */
  for (size_t j = i + 1; j < se->n; j++) {
    const earn_event *e = &se->ev[j];
    if (e->type == EARN_EV_PUNCT && e->punct == EARN_P_SEMI)
      return 0;
    if (e->type != EARN_EV_CUE)
      continue;
    if (e->cue == EARN_CUE_YOY && se->ev[j].clause != se->ev[i].clause)
      compared = true;
    if (e->cue == EARN_CUE_UP || e->cue == EARN_CUE_DOWN)
      return compared ? (e->cue == EARN_CUE_UP ? 1 : -1) : 0;
  }
  return 0;
}

/* Does the parenthesis opened at event j hold a rate and a word of its direction? */
static bool states_change(const earn_sentence_events *se, size_t j) {
  bool rate = false, dir = false;
  for (size_t k = j + 1; k < se->n && se->ev[k].punct != EARN_P_CLOSE; k++) {
    rate |= earn_ev_is_figure(&se->ev[k]) && se->ev[k].q->kind == EARN_Q_PERCENT;
    dir |= earn_ev_cue(se, k) == EARN_CUE_UP || earn_ev_cue(se, k) == EARN_CUE_DOWN;
  }
  return rate && dir;
}

static after look_after(const earn_doc *doc, const earn_sentence_events *se, size_t i) {
  after a;
  memset(&a, 0, sizeof a);
  a.versus = a.metric = SIZE_MAX;
  size_t seen = 0; /* events read after the figure */
  size_t edge = se->ev[i].end, gap = max_gap(doc);
  const earn_quantity *q = se->ev[i].q;
  for (size_t j = next_in_clause(se, i); j != SIZE_MAX; j = next_in_clause(se, j)) {
    const earn_event *e = &se->ev[j];
    if (e->start - edge > gap)
      break;
    bool first = seen++ == 0 && e->start - edge <= 3; /* right after the figure */
    edge = e->end;
    if (e->type == EARN_EV_PUNCT) {
      /* "52億54百万円(同36.8％増)とそれぞれ成長": a parenthesis that states the figure's own
         change makes it a level; a verb after it is the sentence's */
      if (e->punct == EARN_P_OPEN && states_change(se, j))
        return a;
      /* (past a parenthesis: "931,658千円(△11.3％)の減収") */
      if (e->punct == EARN_P_COLON || e->punct == EARN_P_OPEN || e->punct == EARN_P_CLOSE)
        continue;
      /* "10.2％、4,813百万円減少し": a rate and the amount of the same change share its verb */
      /* ... and "１億43百万円、1.7％増": the amount, then the rate */
      size_t k = j + 1, v = j + 2;
      bool pair =
          q->kind == EARN_Q_PERCENT
              ? k < se->n && earn_ev_is_figure(&se->ev[k]) && se->ev[k].q->kind == EARN_Q_MONEY
              : q->kind == EARN_Q_MONEY && k < se->n && earn_ev_is_figure(&se->ev[k]) &&
                    se->ev[k].q->kind == EARN_Q_PERCENT && i > 0 &&
                    earn_ev_cue(se, i - 1) == EARN_CUE_YOY; /* (not "前年同期151億円、…") */
      if (doc->lang == EARN_LANG_JA && !a.dir && pair &&
          (e->punct == EARN_P_ENUM || e->punct == EARN_P_COMMA) && v < se->n &&
          (earn_ev_cue(se, v) == EARN_CUE_UP || earn_ev_cue(se, v) == EARN_CUE_DOWN))
        a.dir = earn_ev_cue(se, v) == EARN_CUE_UP ? 1 : -1;
      break;
    }
    if (e->type == EARN_EV_QTY) {
      if (earn_ev_is_period(e))
        continue;
      /* "142億円（3.2%）減少の4,363億円": an amount's rate in parentheses before the verb */
      if (!a.dir && q->kind != EARN_Q_PERCENT && e->q->kind == EARN_Q_PERCENT &&
          doc->text.s[e->start] == '(')
        continue;
      if (a.dir && earn_ev_is_figure(e)) {
        a.dir_then_figure = true;
        a.dir_then_same = e->q->kind == q->kind;
      }
      break;
    }
    if (e->type == EARN_EV_METRIC) {
      if (linked(doc, se->ev[i].end, e->start))
        a.metric = j;
      break;
    }
    switch (e->cue) {
    case EARN_CUE_FILLER:
    case EARN_CUE_EACH:
    case EARN_CUE_ALL:
    case EARN_CUE_POINT:
    case EARN_CUE_P_FY:
    case EARN_CUE_P_H1:
    case EARN_CUE_P_H2:
    case EARN_CUE_P_YTD:
    case EARN_CUE_P_CURRENT:
    case EARN_CUE_P_TTM:
      continue;
    case EARN_CUE_UP:
    case EARN_CUE_DOWN: {
      if (a.dir)
        return a;
      size_t k = next_in_clause(se, j);
      while (k != SIZE_MAX && earn_ev_cue(se, k) == EARN_CUE_FILLER)
        k = next_in_clause(se, k);
      if (k != SIZE_MAX && earn_ev_cue(se, k) == EARN_CUE_TO && se->ev[k].start - e->end <= 3) {
        a.from_to = true;
        return a;
      }
      a.dir = e->cue == EARN_CUE_UP ? 1 : -1;
      continue;
    }
    case EARN_CUE_YOY:
    case EARN_CUE_QOQ:
      if (!a.cmp)
        a.cmp = e->cue;
      continue;
    case EARN_CUE_PRIOR:
      /* "$187 million a year ago"; in Japanese and Chinese the earlier time comes first */
      if (!a.dir && doc->lang == EARN_LANG_EN) {
        a.prior = true;
        a.prior_qoq = false;
      }
      return a;
    case EARN_CUE_LOSS:
      a.loss = true;
      continue;
    case EARN_CUE_ADJUSTED:
    case EARN_CUE_COMPARABLE:
    case EARN_CUE_REPORTED:
      if (!a.basis)
        a.basis = basis_of_cue(e->cue) + 1;
      continue;
    case EARN_CUE_PER_SHARE:
      continue;
    case EARN_CUE_VERSUS: {
      size_t k = next_in_clause(se, j);
      if (k != SIZE_MAX && earn_ev_is_period(&se->ev[k]) && se->ev[k].start - e->end <= 8)
        a.versus = k;
      a.post_from = first && doc->lang == EARN_LANG_JA;
      return a;
    }
    case EARN_CUE_TO:
      a.post_to = first && doc->lang == EARN_LANG_JA;
      return a;
    default:
      return a;
    }
  }
  return a;
}

/* The comparison a period named after "from" or 较 makes ("up 17% from Q1", "较一季度增长"):
   over the quarter before the report's, or over the same period a year before; 0 if neither
   or unknown. */
static int comparison_with(const earn_doc *doc, const earn_event *e) {
  earn_fperiod p, r = doc->report.period;
  if (!earn_quantity_period(doc, e->q, &p) || r.fy <= 0)
    return 0;
  earn_fperiod q = earn_fperiod_prior_quarter(r), y = earn_fperiod_prior_year(r);
  if (p.qa == p.qb && p.qa == q.qa && p.fy == q.fy)
    return EARN_CUE_QOQ;
  if (p.fy == y.fy && p.qa == y.qa && p.qb == y.qb)
    return EARN_CUE_YOY;
  return 0;
}

/* The per-share word after figure i: "$2.07 per share", "27 cents a share", "3.71 (US$0.53)
   per share", "0.86元/股", or after the high end of a pair ("$1.94 and $1.99 per share"). */
static const earn_event *per_share_after(const earn_doc *doc, const earn_sentence_events *se,
                                         size_t i, int depth) {
  const char *s = doc->text.s;
  size_t edge = se->ev[i].end;
  for (size_t j = i + 1; j < se->n; j++) {
    const earn_event *e = &se->ev[j];
    if (se->cl[e->clause].depth > se->cl[se->ev[i].clause].depth ||
        (e->type == EARN_EV_PUNCT && (e->punct == EARN_P_OPEN || e->punct == EARN_P_CLOSE))) {
      edge = e->end; /* a parenthesis right after the figure */
      continue;
    }
    if (e->start - skip_blanks_back(s, e->start, edge) > 2 ||
        skip_blanks_back(s, e->start, edge) != edge)
      return NULL;
    if (e->type == EARN_EV_CUE && e->cue == EARN_CUE_PER_SHARE)
      return e;
    /* The low end of a pair whose high end says "per share". */
    if (depth == 0 &&
        ((e->type == EARN_EV_PUNCT && e->punct == EARN_P_JOIN) ||
         (e->type == EARN_EV_CUE && e->cue == EARN_CUE_TO)) &&
        j + 1 < se->n && se->ev[j + 1].type == EARN_EV_QTY &&
        se->ev[j + 1].q->kind == se->ev[i].q->kind)
      return per_share_after(doc, se, j + 1, 1);
    return NULL;
  }
  return NULL;
}

/* Does "diluted" (摊薄, 稀释) stand in s[a, b) before the clause ends? */
static bool says_diluted(const earn_doc *doc, size_t a, size_t b) {
  const char *s = doc->text.s;
  if (b > doc->text.len)
    b = doc->text.len;
  static const char *const words[] = {"diluted", "摊薄", "稀释", "希薄化後"};
  for (size_t i = a; i < b && !strchr(";.,()", s[i]); i++)
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
      if (strncmp(s + i, words[w], strlen(words[w])) == 0)
        return true;
  return false;
}

/* A figure that opens a parenthesis right after an amount in another currency: "RMB9.4
   billion (US$1.3 billion)", "420億元（約8,800億円）", "（合1.81美元）", "(or US$1.8 billion)". */
static bool is_translation(const earn_doc *doc, const earn_sentence_events *se, size_t i) {
  const earn_event *e = &se->ev[i];
  const earn_clause *c = &se->cl[e->clause];
  if (e->q->kind != EARN_Q_MONEY || c->parent < 0 || c->first_event == 0)
    return false;
  size_t open = c->first_event - 1; /* the "(" */
  if (open == 0 || se->ev[open].punct != EARN_P_OPEN)
    return false;
  const earn_event *amount = &se->ev[open - 1];
  if (amount->type != EARN_EV_QTY || amount->q->kind != EARN_Q_MONEY ||
      strcmp(amount->q->unit, e->q->unit) == 0)
    return false;
  const char *s = doc->text.s;
  size_t p = skip_blanks(s, doc->text.len, se->ev[open].end);
  if (p == e->start)
    return true;
  static const char *const words[] = {"合",    "约", "約", "折合", "相当于", "approximately",
                                      "about", "or"};
  for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
    if (strncmp(s + p, words[w], strlen(words[w])) == 0 &&
        skip_blanks(s, doc->text.len, p + strlen(words[w])) == e->start)
      return true;
  return false;
}

/* "…a 3% increase, or $41 million": a figure after ", or" restates the one before it. */
static bool after_or(const earn_doc *doc, const earn_sentence_events *se, size_t prev, size_t i) {
  const char *s = doc->text.s;
  size_t a = se->ev[prev].end, b = se->ev[i].start;
  if (b <= a || b - a > 8)
    return false;
  for (size_t k = prev + 1; k < i; k++)
    if (se->ev[k].type != EARN_EV_PUNCT || se->ev[k].punct != EARN_P_COMMA)
      return false;
  size_t p = skip_blanks(s, b, a);
  if (p < b && s[p] == ',')
    p = skip_blanks(s, b, p + 1);
  return b - p >= 2 && strncmp(s + p, "or", 2) == 0 && skip_blanks(s, b, p + 2) == b;
}

/* Does figure i stand alone in a parenthesis right after figure prev ("931,658千円(△11.3％)")? */
static bool aside_of(const earn_sentence_events *se, size_t prev, size_t i) {
  const earn_clause *c = &se->cl[se->ev[i].clause];
  if (c->parent < 0 || c->first_event != prev + 2 || se->ev[prev + 1].punct != EARN_P_OPEN)
    return false;
  return i + 1 >= se->n || se->ev[i + 1].punct == EARN_P_CLOSE;
}

/* Is range q written with "to", 至 or 到 ("$120 million to $2.4 billion"), which after a verb
   of change joins a change and the level, rather than with a dash ("33.83亿元-45.91亿元")? */
static bool range_to(const earn_doc *doc, const earn_quantity *q) {
  return earn_says(doc, q->fstart, q->fend, " to ") || earn_says(doc, q->fstart, q->fend, "至") ||
         earn_says(doc, q->fstart, q->fend, "到");
}

/* Parentheses around a percentage in prose ("320百万円(8.2%)の増収", "up $40 million (3%)") set it
   apart, as an accounting negative would in a table: the words around it give its sign. */
static bool in_parentheses(const earn_doc *doc, const earn_quantity *q) {
  return (q->flags & EARN_QF_NEGATIVE_MARK) && doc->text.s[q->fstart] == '(';
}

/* The business a figure is of, named around it: "来自广告业务的51亿元" (from X's), "$5.1 billion
   from advertising", "- Advertising: RMB5.1 billion" (a list item with no metric word). */
static bool item_of(const earn_doc *doc, const earn_sentence_events *se, size_t i, size_t span[2]) {
  const char *s = doc->text.s;
  const earn_quantity *q = se->ev[i].q;
  size_t back = i; /* past the 的 before the figure, an event of its own */
  if (back > 0 && earn_ev_cue(se, back - 1) == EARN_CUE_FILLER)
    back--;
  size_t floor = back ? se->ev[back - 1].end : 0;
  if (doc->lang != EARN_LANG_EN) {
    static const char *const froms[] = {"来自", "源自", "來自"};
    /* X来自Y业务 right after the figure ("约1100万港元来自互联网小额信贷业务") */
    size_t tail = skip_blanks(s, doc->text.len, q->fend);
    for (size_t k = 0; k < sizeof froms / sizeof froms[0]; k++) {
      if (tail + 6 > doc->text.len || memcmp(s + tail, froms[k], 6) != 0)
        continue;
      size_t a = tail + 6, z = a, chars = 0;
      for (size_t n; z < doc->text.len && chars < 20; z += n, chars++) {
        uint32_t cp = 0;
        n = earn_utf8_decode(s + z, doc->text.len - z, &cp);
        if (!n || !(earn_is_han(cp) || earn_is_katakana(cp) || (cp < 0x80 && isalpha((int)cp))))
          break;
      }
      if (chars < 2 || chars >= 20)
        return false;
      span[0] = a;
      span[1] = z;
      return true;
    }
    /* 来自X的 / 源自X的 right before the figure */
    size_t p = skip_blanks_back(s, q->fstart, floor);
    if (p < 3 || memcmp(s + p - 3, "的", 3) != 0)
      return false;
    size_t z = p - 3, a = z;
    for (size_t n; a >= floor + 6; a -= n) {
      for (size_t k = 0; k < sizeof froms / sizeof froms[0]; k++)
        if (memcmp(s + a - 6, froms[k], 6) == 0 && z - a >= 6) {
          span[0] = a;
          span[1] = z;
          return true;
        }
      uint32_t cp = earn_cp_before(s, a, &n);
      if (!earn_is_han(cp) && !earn_is_katakana(cp) && !(cp < 0x80 && cp != ' '))
        return false;
    }
    return false;
  }
  /* " from <words>" right after the figure, the words a name, no figure, period or cue */
  size_t p = skip_blanks(s, doc->text.len, q->fend);
  if (doc->text.len - p < 6 || strncmp(s + p, "from ", 5) != 0)
    return false;
  size_t a = p + 5, z = a, words = 0, stop = doc->text.len;
  for (size_t k = i + 1; k < se->n; k++)
    if (se->ev[k].start >= a) {
      stop = se->ev[k].start;
      break;
    }
  while (z < stop && words < 5) {
    size_t w = z;
    while (w < stop && ((s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z') ||
                        s[w] == '-' || s[w] == '&'))
      w++;
    if (w == z)
      break;
    static const char *const not_names[] = {"the",  "a",    "an",      "last", "prior", "previous",
                                            "same", "year", "quarter", "its",  "our"};
    for (size_t k = 0; k < sizeof not_names / sizeof not_names[0]; k++)
      if (strlen(not_names[k]) == w - z && strncasecmp(s + z, not_names[k], w - z) == 0)
        return false;
    words++;
    z = w;
    if (z < stop && s[z] == ' ' && z + 1 < stop && s[z + 1] != ' ')
      z++;
    else
      break;
  }
  while (z > a && s[z - 1] == ' ')
    z--;
  if (!words)
    return false;
  span[0] = a;
  span[1] = z;
  return true;
}

/* A signed percentage: "△0.9％", "＋6.5%", "-3%". */
static int explicit_sign(const earn_doc *doc, const earn_quantity *q) {
  if (in_parentheses(doc, q))
    return 0;
  if (earn_decimal_sign(q->value) < 0)
    return -1;
  return doc->text.s[q->fstart] == '+' ? 1 : 0;
}

/* "up 13.8% year over year and 6.5% sequentially", "环比分别增长5%、7%": a bare rate listed
   right after a rate takes its direction when a comparison word follows it or the sentence
   lists figures in order. */
static bool shares_direction(const earn_sentence_events *se, const earn_figures *figs, size_t fi,
                             size_t i, const after *a, bool listed) {
  if (fi == 0 || figs->at[fi - 1].role != EARN_ROLE_RATE)
    return false;
  for (size_t k = figs->at[fi - 1].ev + 1; k < i; k++) {
    const earn_event *e = &se->ev[k];
    bool list = e->type == EARN_EV_PUNCT &&
                (e->punct == EARN_P_JOIN || e->punct == EARN_P_COMMA || e->punct == EARN_P_ENUM);
    bool cmp = e->type == EARN_EV_CUE &&
               (e->cue == EARN_CUE_YOY || e->cue == EARN_CUE_QOQ || e->cue == EARN_CUE_FILLER);
    if (!list && !cmp)
      return false;
  }
  return a->cmp || listed || a->basis; /* "up 5% in USD and 6% in constant currency" */
}

static bool push_figure(earn_figures *out, const earn_allocator *a, const earn_figure *f) {
  if (!earn_grow(a, (void **)&out->at, &out->cap, out->n + 1, sizeof *out->at))
    return false;
  out->at[out->n++] = *f;
  return true;
}

bool earn_read_roles(const earn_doc *doc, const earn_sentence_events *se, earn_figures *out) {
  out->n = 0;
  bool blocked = false, listed = false;
  for (size_t i = 0; i < se->n; i++) /* "up 5% and 7%, respectively" */
    listed |= earn_ev_cue(se, i) == EARN_CUE_EACH;
  for (size_t i = 0; i < se->n; i++) {
    const earn_event *e = &se->ev[i];
    if (e->type == EARN_EV_CUE && (e->cue == EARN_CUE_ESTIMATE || e->cue == EARN_CUE_PRICE))
      blocked = true; /* an analyst's estimate or a share price: the figures after it are no
                         results, up to a semicolon ("市场预期219.08亿元；经调整溢利净额…") */
    if (e->type == EARN_EV_PUNCT && e->punct == EARN_P_SEMI)
      blocked = false;
    if (!earn_ev_is_figure(e))
      continue;
    const earn_quantity *q = e->q;
    earn_figure f;
    memset(&f, 0, sizeof f);
    f.ev = i;
    f.named_ev = f.loss_ev = SIZE_MAX;
    int governs = ends_part_phrase(doc, se, i) ? EARN_CUE_PART : look_before(doc, se, i).first;
    bool item = q->kind == EARN_Q_MONEY && item_of(doc, se, i, f.item);
    if (blocked || (!q->has_value && !q->is_range) || (governs == EARN_CUE_PART && !item) ||
        (governs == EARN_CUE_SINCE && q->kind == EARN_Q_PERCENT)) {
      /* (an estimate's or a price's figure; "including $41 million … for severance": a part) */
      if (!push_figure(out, doc->alloc, &f))
        return false;
      continue;
    }
    before b = look_before(doc, se, i);
    after a = look_after(doc, se, i);
    if (recorded_item(doc, se, i) || share_of_whole(doc, se, i)) {
      if (!push_figure(out, doc->alloc, &f)) /* (another item's: no role) */
        return false;
      continue;
    }
    f.basis = a.basis ? a.basis : b.basis;
    if (a.metric != SIZE_MAX) {
      f.named_after = se->ev[a.metric].e;
      f.named_ev = a.metric;
    } else if (e->inner) {
      f.named_after = e->inner; /* "58.2 million monthly active users" */
      f.named_ev = i;
    }
    f.qoq = a.cmp ? a.cmp == EARN_CUE_QOQ : b.qoq;
    size_t base = a.versus != SIZE_MAX ? a.versus : b.versus;
    int made = base != SIZE_MAX ? comparison_with(doc, &se->ev[base]) : 0;
    if (made)
      f.qoq = made == EARN_CUE_QOQ; /* "up 17% from Q1", "较一季度增长" */
    const earn_figure *prev = out->n ? &out->at[out->n - 1] : NULL;
    bool ja = doc->lang == EARN_LANG_JA; /* the words after a figure speak first */
    if (q->kind == EARN_Q_PERCENT) {
      int sign = explicit_sign(doc, q);
      if (a.from_to || (ja && a.post_from))
        f.role = EARN_ROLE_PRIOR;
      else if (ja && (a.post_to || (a.dir && !b.dir)))
        f.role = a.post_to ? EARN_ROLE_VALUE : EARN_ROLE_RATE, f.sign = (int8_t)a.dir;
      else if (b.first == EARN_CUE_TO)
        f.role = b.rate_word ? EARN_ROLE_RATE : EARN_ROLE_VALUE, f.sign = (int8_t)b.dir;
      else if (b.first == EARN_CUE_PRIOR || b.first == EARN_CUE_VERSUS)
        f.role = EARN_ROLE_PRIOR;
      else if (b.dir && !b.dir_bound)
        f.role = EARN_ROLE_RATE, f.sign = (int8_t)b.dir;
      else if (a.dir)
        f.role = EARN_ROLE_RATE, f.sign = (int8_t)a.dir;
      else if (b.rate_word)
        f.role = EARN_ROLE_RATE;
      else if ((b.yoy || b.qoq) && (sign || (doc->lang != EARN_LANG_JA && b.cmp_adjacent)))
        f.role = EARN_ROLE_RATE, f.sign = (int8_t)(sign ? sign : 1); /* 同比为-5%, 同＋6.5％ */
      else if (b.yoy && doc->lang == EARN_LANG_JA &&
               (doc->report.ratio_rates ||
                earn_decimal_cmp(q->value, earn_decimal_from_int(30)) >= 0))
        f.role = EARN_ROLE_RATE, f.ratio = true; /* 前期比101.2％, and 同7.2％ beside it */
      else if (a.prior)
        f.role = EARN_ROLE_PRIOR;
      else if (prev && prev->role == EARN_ROLE_CHANGE && prev->sign &&
               (after_or(doc, se, prev->ev, i) || aside_of(se, prev->ev, i) ||
                (i == prev->ev + 1 && doc->text.s[e->start] == '(')))
        f.role = EARN_ROLE_RATE, f.sign = sign ? (int8_t)sign : prev->sign;
      /* "an increase of $40 million, or 3%", "931,658千円(△11.3％)の減収" */
      else
        f.role = EARN_ROLE_BARE;
      if (f.role == EARN_ROLE_RATE && !f.sign)
        f.sign = sign ? (int8_t)sign : 1;
      /* (a figure alone, "(54)%" on its line, has no words to give it a sign) */
      f.magnitude = in_parentheses(doc, q) && se->n > 1;
      if (f.role == EARN_ROLE_BARE && shares_direction(se, out, out->n, i, &a, listed)) {
        f.role = EARN_ROLE_RATE;
        /* (a list that writes its signs, "-7.22%、1.60%", gives none to the next) */
        f.sign = explicit_sign(doc, se->ev[prev->ev].q) ? (int8_t)(sign ? sign : 1) : prev->sign;
        if (!a.cmp)
          f.qoq = prev->qoq;
      }
    } else {
      const earn_event *ps = per_share_after(doc, se, i, 0);
      if (ps) {
        f.per_share = true;
        f.per_ads = earn_says(doc, ps->start, ps->end, "ADS") ||
                    earn_says(doc, ps->start, ps->end, "depositary");
        f.diluted = says_diluted(doc, ps->start, ps->end + 24);
      }
      bool from = b.first == EARN_CUE_VERSUS && b.prev_fig == SIZE_MAX;
      if (q->is_range && ((b.dir && !b.dir_bound) || b.by) && !range_to(doc, q)) {
        /* "将增加33.83亿元-45.91亿元": a range of changes, no level */
        f.role = EARN_ROLE_CHANGE;
        f.sign = (int8_t)b.dir;
      } else if (q->is_range && ((b.dir && !b.dir_bound) || b.by || from)) {
        /* "rose $120 million to $2.4 billion", "从3亿元增至5亿元", "from $1.9 billion to $2.4
           billion": no range, but a change or a comparative and then the level */
        f.role = EARN_ROLE_VALUE;
        f.end = 1;
        f.low_prior = from && !b.dir;
      } else if (is_translation(doc, se, i))
        f.role = EARN_ROLE_TRANSLATION;
      else if (a.from_to || (ja && a.post_from))
        f.role = EARN_ROLE_PRIOR;
      else if (ja && a.post_to)
        f.role = EARN_ROLE_VALUE;
      else if (ja && a.dir && (!a.dir_then_figure || a.dir_then_same))
        f.role = EARN_ROLE_CHANGE, f.sign = (int8_t)a.dir;
      else if (ja && !a.dir && !b.dir && b.yoy && b.cmp_adjacent &&
               (f.sign = (int8_t)parallel_direction(se, i)) != 0)
        f.role = EARN_ROLE_CHANGE;
      else if (b.first == EARN_CUE_TO)
        f.role = EARN_ROLE_VALUE;
      else if (b.first == EARN_CUE_PRIOR || b.first == EARN_CUE_VERSUS)
        f.role = EARN_ROLE_PRIOR;
      else if (b.by || (b.dir && !b.dir_bound && doc->lang != EARN_LANG_JA))
        f.role = EARN_ROLE_CHANGE, f.sign = (int8_t)b.dir;
      else if (a.dir && (!a.dir_then_figure || a.dir_then_same))
        f.role = EARN_ROLE_CHANGE, f.sign = (int8_t)a.dir;
      else if (a.prior)
        f.role = EARN_ROLE_PRIOR;
      else if (prev &&
               (prev->role == EARN_ROLE_CHANGE || prev->role == EARN_ROLE_PRIOR ||
                prev->role == EARN_ROLE_NONE) &&
               after_or(doc, se, prev->ev, i))
        f.role = prev->role, f.sign = prev->sign; /* "by $24 million, or 3 cents per share" */
      else
        f.role = EARN_ROLE_VALUE;
      f.level_after_change = b.dir_bound;
      if (b.loss || a.loss || (f.named_after && (f.named_after->flags & EARN_LEXF_NEG)))
        f.sign = -1; /* "a loss of $5 million", "12億円の赤字", "1,102百万円の営業損失" */
      f.loss_ev = b.loss_ev;
    }
    (void)b.each;
    if (!push_figure(out, doc->alloc, &f))
      return false;
  }
  return true;
}
