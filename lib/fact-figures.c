/* SPDX-License-Identifier: MIT */
/* What a figure in a sentence is: the value of the metric just named, a currency translation,
   a per-share amount, a comparative of an earlier period, an amount of change, the figure of
   a metric named after it, or nothing the reader can vouch for. */
#include <strings.h>

#include "linker.h"

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
  static const char *const words[] = {"合",    "约", "約", "折合", "相当于", "approximately",
                                      "about", "or"};
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
  for (size_t i = a; i < b && !strchr(";.,()", s[i]); i++)
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
      if (strncmp(s + i, words[w], strlen(words[w])) == 0)
        return true;
  return false;
}

/* The quantity that starts at folded offset pos, or NULL. */
static const earn_quantity *quantity_at(const earn_doc *doc, size_t pos) {
  size_t lo = earn_doc_quantity_from(doc, pos);
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
  bool fits = (q->kind == EARN_Q_MONEY)
                  ? k->e->kind == EARN_Q_MONEY && !(k->e->flags & EARN_LEXF_PER_SHARE)
                  : k->e->kind == EARN_Q_COUNT;
  return fits ? k : NULL;
}

/* The business a Chinese or Japanese list names before a figure, after a 、 or ，: a name
   ending in 事業, 部門, 业务, 板块 or 分部, then は, が or 为. */
static bool cjk_list_item(const linker *lk, const sentence *st, const earn_quantity *q, size_t *a,
                          size_t *b) {
  const char *s = lk->doc->text.s;
  if (lk->doc->lang == EARN_LANG_EN || st->last_value_end >= q->fstart)
    return false;
  size_t end = skip_blanks_back(s, q->fstart, st->last_value_end);
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
  while (start > st->last_value_end) {
    size_t n;
    uint32_t cp = earn_cp_before(s, start, &n);
    if (!earn_is_han(cp) && !earn_is_katakana(cp)) /* the block holds the long-vowel ー */
      break;
    start -= n;
  }
  /* It follows the figure before it across a 、 or ，, with nothing but a bracket between. */
  size_t before = skip_blanks_back(s, start, st->last_value_end);
  bool listed = before >= 3 && (memcmp(s + before - 3, "、", 3) == 0 || s[before - 1] == ',');
  if (!listed || end - start < 6)
    return false;
  *a = start;
  *b = end;
  return true;
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
    /* "an increase of $5 million", "增加了3亿元"; but "9%増の1520億元" names a level. */
    bool small =
        cue == EARN_CUE_FILLER && (strcmp(k->e->term, "of") == 0 || strcmp(k->e->term, "了") == 0);
    if (!small && cue != EARN_CUE_YOY && cue != EARN_CUE_QOQ)
      return false;
    pos = k->start;
  }
  return false;
}

void earn_on_figure(linker *lk, sentence *st, const earn_quantity *q) {
  earn_doc *doc = lk->doc;
  if (st->blocked)
    return;
  if (q->kind == EARN_Q_PERCENT) {
    earn_growth g = earn_growth_of(lk, st, q);
    /* "an increase of $41 million, or 2%": the change again, in percent */
    if (!g.sign && st->change_end && st->change_sign && q->fstart >= st->change_end &&
        q->fstart - st->change_end <= 6 &&
        memchr(lk->doc->text.s + st->change_end, 'o', q->fstart - st->change_end))
      g.sign = st->change_sign;
    if (!g.sign && st->growth_sign && earn_shares_direction(lk, st, q))
      g.sign = st->growth_sign;
    if (g.sign) {
      st->growth_sign = g.sign;
      st->growth_end = q->fend;
      earn_on_growth(lk, st, q, g);
      return;
    }
  }
  const earn_kw *per_share =
      (q->kind == EARN_Q_MONEY || q->kind == EARN_Q_NUMBER) ? per_share_after(lk, q, 0) : NULL;
  long cur = st->cur;
  earn_fact *f = cur >= 0 ? fact_at(lk, cur) : NULL;
  if (q->kind == EARN_Q_MONEY && is_translation(lk, st, q)) {
    long t = earn_clone_fact(lk, st, st->last_value, "fact.translation");
    if (t >= 0) {
      bool negative = earn_decimal_sign(fact_at(lk, st->last_value)->value) < 0;
      earn_give_figure(lk, st, t, q);
      earn_fact *tf = fact_at(lk, t);
      if (negative &&
          earn_decimal_sign(tf->value) > 0) /* "a loss of RMB2.8 billion (US$0.4 billion)" */
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
      target = earn_clone_fact(lk, st, cur, "fact.per_share");
      if (target < 0)
        return;
      f = fact_at(lk, target);
      if (!(f->metric_flags & EARN_LEXF_PER_SHARE)) {
        f->metric = "eps";
        f->value_kind = EARN_Q_MONEY;
      }
      f->metric_flags =
          (uint8_t)((f->metric_flags & ~(EARN_LEXF_ADS | EARN_LEXF_DILUTED | EARN_LEXF_BASIC)) |
                    EARN_LEXF_PER_SHARE | (ads ? EARN_LEXF_ADS : 0));
      if (st->prior)
        earn_make_prior(f, st);
    }
    const char *unit = q->kind == EARN_Q_MONEY ? NULL : fact_at(lk, cur)->unit;
    if (says_diluted(lk, per_share->start, per_share->end + 24))
      fact_at(lk, target)->metric_flags |= EARN_LEXF_DILUTED; /* "per share on a diluted basis" */
    earn_give_figure(lk, st, target, q);
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
  bool time_before =
      st->prior && f && st->prior_cue_end > f->fmetric[1] &&
      (st->prior_time || (q->fstart >= st->prior_cue_end && q->fstart - st->prior_cue_end <= 3));
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
    earn_give_figure(lk, st, cur, q);
    return;
  }
  /* "精密部品事業の売上高が1320億円（…）、産業機械事業が860億円（同2%減）": a business named
     right before a figure, after the one before, is an item of the same metric. */
  size_t item_a, item_b;
  if (fits && f->has_value && !st->prior && !time_before && !named_after &&
      cjk_list_item(lk, st, q, &item_a, &item_b)) {
    long item = earn_clone_fact(lk, st, cur, "fact.list");
    if (item < 0 || !earn_store_segment(lk->doc, fact_at(lk, item), item_a, item_b))
      return;
    earn_fact *it = fact_at(lk, item);
    it->fmetric[0] = it->fstmt[0] = item_a;
    it->fmetric[1] = it->fstmt[1] = item_b;
    st->cur = st->primary = item;
    earn_give_figure(lk, st, item, q);
    return;
  }
  if (fits && (st->prior || time_before) && !named_after) {
    long p = earn_clone_fact(lk, st, cur, "fact.prior");
    if (p < 0)
      return;
    earn_make_prior(fact_at(lk, p), st);
    earn_give_figure(lk, st, p, q);
    return;
  }
  if (named_after && st->prior && !(f && same_item(f->metric, named_after->e->unit))) {
    st->consumed = named_after; /* "which contributed RMB15 billion of revenue in 2024" */
    return;
  }
  /* "…純利益は48億円となりました。前期は31億円でした。": a sentence that opens with a word for
     the earlier period gives the comparative of the sentence before. */
  if (!f && !named_after && st->prior && lk->last_fact >= 0 &&
      st->prior_cue_end - st->start <= 16 && q->kind == EARN_Q_MONEY &&
      strcmp(q->unit, fact_at(lk, lk->last_fact)->unit) == 0) {
    long p = earn_clone_fact(lk, st, lk->last_fact, "fact.prior");
    if (p >= 0) {
      earn_make_prior(fact_at(lk, p), st);
      earn_give_figure(lk, st, p, q);
    }
    lk->last_fact = -1;
    return;
  }
  if (named_after && st->prior && f) {
    long p = earn_clone_fact(lk, st, cur, "fact.prior");
    if (p >= 0) {
      st->prior_neg = (named_after->e->flags & EARN_LEXF_NEG) != 0;
      earn_make_prior(fact_at(lk, p), st);
      earn_give_figure(lk, st, p, q);
    }
    st->consumed = named_after;
    return;
  }
  if (named_after) {
    const earn_kw *k = named_after;
    if (q->kind != EARN_Q_NUMBER || takes_count(q)) {
      long idx = earn_start_fact(lk, st, k);
      if (idx >= 0) {
        /* The name stands before the figure: read it from there. */
        size_t a, b;
        earn_fact *nf = fact_at(lk, idx);
        nf->fstmt[0] = q->fstart;
        if (nf->seg_len == 0 &&
            earn_find_segment(doc, &lk->kws, st->start, q->fstart, q->fend, &a, &b))
          earn_store_segment(doc, nf, a, b);
        earn_give_figure(lk, st, idx, q);
      }
      st->consumed = k;
    }
  }
}
