/* SPDX-License-Identifier: MIT */
/* Stated growth: whether a percentage is a growth figure ("同比增长12%", "up 16.4%", "36%増",
   "a 5.2% decrease", "增速加快至20%"), which comparison it makes (year or quarter), and the
   fact it belongs to. */
#include <string.h>

#include "linker.h"

/* Is the percentage q a stated growth ("同比增长12%", "up 16.4%", "36%増", "a 5.2% decrease",
   "an increase of 11.6%", "增速加快至20%")? */
earn_growth earn_growth_of(const linker *lk, const sentence *st, const earn_quantity *q) {
  const char *s = lk->doc->text.s;
  earn_growth g = {0, false};
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
    if ((cue == EARN_CUE_UP || cue == EARN_CUE_DOWN) && !g.sign) {
      /* "由31.5%上升至33.3%", "from 2.5% rose to": the figure is where it started from. */
      const earn_kw *next = earn_kw_from(&lk->kws, skip_blanks(s, lk->doc->text.len, k->end));
      if (next && earn_kw_cue(next) == EARN_CUE_TO && next->start - k->end <= 1)
        break;
      g.sign = cue == EARN_CUE_UP ? 1 : -1;
    } else if (cue == EARN_CUE_QOQ || cue == EARN_CUE_YOY)
      g.qoq = cue == EARN_CUE_QOQ; /* said right after the figure, it decides */
    else if (cue != EARN_CUE_FILLER)
      break;
    pos = skip_blanks(s, lk->doc->text.len, k->end);
  }
  return g;
}

/* "up 13.8% year over year and 6.5% sequentially": a rate joined to the growth before it by
   "and" or a comma, with nothing but comparison words between, and a comparison word after
   it, takes that growth's direction. */
bool earn_shares_direction(const linker *lk, const sentence *st, const earn_quantity *q) {
  const char *s = lk->doc->text.s;
  size_t len = lk->doc->text.len, pos = st->growth_end;
  if (pos > q->fstart || q->fstart - pos > 48)
    return false;
  for (int guard = 0; guard < 8 && pos < q->fstart; guard++) {
    pos = skip_blanks(s, len, pos);
    const earn_kw *k = earn_kw_from(&lk->kws, pos);
    int cue = k && k->start == pos ? earn_kw_cue(k) : -1;
    if (cue == EARN_CUE_YOY || cue == EARN_CUE_QOQ || cue == EARN_CUE_FILLER)
      pos = k->end;
    else if (q->fstart - pos >= 3 && memcmp(s + pos, "and", 3) == 0)
      pos += 3;
    else if (s[pos] == ',')
      pos++;
    else if (q->fstart - pos >= 3 &&
             (memcmp(s + pos, "、", 3) == 0 || memcmp(s + pos, "，", 3) == 0))
      pos += 3;
    else
      break;
  }
  if (skip_blanks(s, len, pos) != q->fstart)
    return false;
  const earn_kw *after = earn_kw_from(&lk->kws, skip_blanks(s, len, q->fend));
  return after && after->start == skip_blanks(s, len, q->fend) && after->start < st->end &&
         (earn_kw_cue(after) == EARN_CUE_YOY || earn_kw_cue(after) == EARN_CUE_QOQ);
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

/* "…up 2% to $1.5 billion with hardware products up 2% to $870 million, and hardware support
   up 2% to $596 million": a sub-item named between the last figure and its direction word.
   Its span, or false. */
static bool list_item(const linker *lk, const sentence *st, const earn_quantity *q, size_t *a,
                      size_t *b) {
  const char *s = lk->doc->text.s;
  if (lk->doc->lang != EARN_LANG_EN || st->last_value < 0)
    return false;
  const earn_kw *dir = earn_kw_ending_at(&lk->kws, skip_blanks_back(s, q->fstart, st->start));
  if (!dir || (earn_kw_cue(dir) != EARN_CUE_UP && earn_kw_cue(dir) != EARN_CUE_DOWN) ||
      dir->start <= st->last_value_end)
    return false;
  size_t end = skip_blanks_back(s, dir->start, st->last_value_end), start = end;
  static const char *const opens[] = {" with ", ", and ", " and ", ", while ", ", "};
  size_t best = 0;
  for (size_t i = 0; i < sizeof opens / sizeof opens[0]; i++) {
    size_t n = strlen(opens[i]);
    for (size_t p = st->last_value_end; p + n <= end; p++)
      if (strncmp(s + p, opens[i], n) == 0 && p + n > best)
        best = p + n;
  }
  if (!best)
    return false;
  start = best;
  /* Words only: no figure, no other word the reader knows. */
  for (size_t i = start; i < end; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || s[i] == ' ' ||
          s[i] == '-' || s[i] == '&'))
      return false;
  const earn_kw *k = earn_kw_from(&lk->kws, start);
  if (end <= start || end - start > 60 || (k && k->start < end))
    return false;
  *a = start;
  *b = end;
  return true;
}

void earn_on_growth(linker *lk, sentence *st, const earn_quantity *q, earn_growth g) {
  st->prior = st->prior_list = false;
  if (st->primary < 0 || q->is_range || !q->has_value)
    return;
  earn_fact *f = fact_at(lk, st->primary);
  size_t item_a, item_b;
  if ((g.qoq ? f->has_qoq : f->has_yoy) && f->has_value && list_item(lk, st, q, &item_a, &item_b)) {
    long item = earn_clone_fact(lk, st, st->primary, "fact.list");
    if (item < 0 || !earn_store_segment(lk->doc, fact_at(lk, item), item_a, item_b))
      return;
    f = fact_at(lk, item);
    f->fmetric[0] = f->fstmt[0] = item_a; /* the item names it */
    f->fmetric[1] = f->fstmt[1] = item_b;
    st->cur = st->primary = item;
    f = fact_at(lk, item);
  }
  int basis = basis_after(lk, st, q);
  if (basis >= 0 && (earn_basis)basis != f->basis && (f->has_yoy || f->has_value)) {
    /* A second growth on another basis is a fact of that basis. */
    long other = earn_clone_fact(lk, st, st->primary, "fact.basis");
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
  earn_extend_statement(f, q->fstart, q->fend);
}
