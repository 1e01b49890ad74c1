/* SPDX-License-Identifier: MIT */
/* Events and clauses: the metric words, cue words, quantities and punctuation of one sentence
   in text order, cut into clauses at commas, semicolons, enumeration commas (、) and words that
   open a new clause (while, 而). A parenthesis is a clause of its own inside the one it
   stands in, which goes on after it. */
#include <strings.h>

#include "reader.h"

static bool push_event(earn_sentence_events *se, const earn_allocator *a, earn_event ev) {
  if (!earn_grow(a, (void **)&se->ev, &se->cap, se->n + 1, sizeof *se->ev))
    return false;
  se->ev[se->n++] = ev;
  return true;
}

/* The punctuation mark at s[i], or 0; *n receives its length. */
static char punct_at(const char *s, size_t len, size_t i, size_t *n) {
  *n = 1;
  switch (s[i]) {
  case ',':
    return EARN_P_COMMA;
  case ';':
    return EARN_P_SEMI;
  case ':':
    return EARN_P_COLON;
  case '(':
    return EARN_P_OPEN;
  case ')':
    return EARN_P_CLOSE;
  case '/':
    return EARN_P_SLASH;
  default:
    break;
  }
  if (i + 3 <= len && (unsigned char)s[i] == 0xE3 && (unsigned char)s[i + 1] == 0x80) {
    *n = 3;
    switch ((unsigned char)s[i + 2]) {
    case 0x81: /* 、 */
      return EARN_P_ENUM;
    default:
      break;
    }
  }
  return 0;
}

/* Punctuation in s[from, to) that lies outside every word and quantity. */
static bool push_punct(earn_sentence_events *se, const earn_allocator *a, const char *s, size_t len,
                       size_t from, size_t to) {
  for (size_t i = from; i < to;) {
    size_t n;
    char p = punct_at(s, len, i, &n);
    if (p && !push_event(se, a, (earn_event){i, i + n, EARN_EV_PUNCT, 0, p, 0, NULL, NULL, NULL}))
      return false;
    i += p ? n : 1;
  }
  return true;
}

/* Give every event its clause. */
static bool cut_clauses(earn_sentence_events *se, const earn_allocator *a) {
  se->ncl = 0;
  enum { MAX_DEPTH = 8 };
  int open[MAX_DEPTH]; /* the clause in progress at each depth */
  int depth = 0;
  if (!earn_grow(a, (void **)&se->cl, &se->cl_cap, 1, sizeof *se->cl))
    return false;
  se->cl[0] = (earn_clause){se->n ? se->ev[0].start : 0, 0, -1, 0, 0};
  se->ncl = 1;
  open[0] = 0;
  for (size_t i = 0; i < se->n; i++) {
    earn_event *e = &se->ev[i];
    int cur = open[depth];
    e->clause = (uint16_t)cur;
    bool boundary =
        e->type == EARN_EV_PUNCT && (e->punct == EARN_P_COMMA || e->punct == EARN_P_SEMI ||
                                     e->punct == EARN_P_ENUM || e->punct == EARN_P_OPEN);
    bool close = e->type == EARN_EV_PUNCT && e->punct == EARN_P_CLOSE;
    if (close && depth > 0) {
      depth--;
      e->clause = (uint16_t)open[depth]; /* the clause goes on after the parenthesis */
      continue;
    }
    if (!boundary || se->ncl >= UINT16_MAX)
      continue;
    bool opening = e->punct == EARN_P_OPEN;
    if (opening && depth + 1 >= MAX_DEPTH)
      continue;
    if (!earn_grow(a, (void **)&se->cl, &se->cl_cap, se->ncl + 1, sizeof *se->cl))
      return false;
    int parent = opening ? cur : se->cl[cur].parent;
    if (opening)
      depth++;
    size_t next = i + 1 < se->n ? se->ev[i + 1].start : e->end;
    se->cl[se->ncl] = (earn_clause){next, next, parent, (uint8_t)depth, i + 1};
    open[depth] = (int)se->ncl++;
  }
  for (size_t i = 0; i < se->n; i++) {
    earn_clause *c = &se->cl[se->ev[i].clause];
    if (se->ev[i].end > c->end)
      c->end = se->ev[i].end;
  }
  return true;
}

/* Does a kanji follow at s[at], making the word before it the first half of a compound? */
static bool starts_compound(const char *s, size_t len, size_t at) {
  uint32_t cp = 0;
  return at < len && earn_utf8_decode(s + at, len - at, &cp) && cp >= 0x4E00 && cp <= 0x9FFF;
}

/* The length of a particle of comparison at s[at]: an earlier time followed by one is the
   base a change is measured from ("前年同期と比べ", "前期に比較して", "与上年同期相比"). */
static size_t comparison_particle(const earn_doc *doc, size_t at, size_t end) {
  static const char *const ja[] = {"と比べて",     "に比べて",   "と比べ",   "に比べ",
                                   "と比較して",   "に比較して", "と比較し", "に比較し",
                                   "と比較すると", "比"};
  static const char *const zh[] = {"相比", "相較", "比较"};
  const char *const *list = doc->lang == EARN_LANG_JA ? ja : zh;
  size_t n = doc->lang == EARN_LANG_JA   ? sizeof ja / sizeof ja[0]
             : doc->lang == EARN_LANG_ZH ? sizeof zh / sizeof zh[0]
                                         : 0;
  size_t best = 0;
  for (size_t i = 0; i < n; i++) {
    size_t m = strlen(list[i]);
    if (m > best && at + m <= end && memcmp(doc->text.s + at, list[i], m) == 0)
      best = m;
  }
  return best;
}

/* What "excluding" leaves out decides the basis: currency, acquisitions and disposals make a
   like-for-like figure ("excluding currency", "為替の影響を除く", "剔除汇率影响"); charges,
   one-time items and the like an adjusted one ("Excluding this charge", "一時的要因を除く"). */
static int exclusion_basis(const earn_doc *doc, const earn_kw *w, size_t start, size_t end) {
  static const char *const generic[] = {
      "excluding", "excluding the impact of", "除く", "除いた場合", "剔除", "不计", "撇除"};
  bool is_generic = false;
  for (size_t i = 0; i < sizeof generic / sizeof generic[0] && !is_generic; i++)
    is_generic = strlen(generic[i]) == w->e->term_len &&
                 strncasecmp(w->e->term, generic[i], w->e->term_len) == 0;
  if (!is_generic)
    return w->e->cue;
  /* "銀行業、リース業を除くその他の経常収益": 除く before a noun narrows that noun */
  uint32_t cp = 0;
  if (doc->lang == EARN_LANG_JA && w->end < end &&
      earn_utf8_decode(doc->text.s + w->end, end - w->end, &cp) &&
      ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x30A0 && cp <= 0x30FF) || cp == 0x305D))
    return EARN_CUE_FILLER; /* (kanji, katakana, その) */
  static const char *const like_for_like[] = {
      "currenc", "exchange", "FX",   "acqui", "divest", "dispos", "M&A",  "contribution", "為替",
      "買収",    "売却",     "汇率", "匯率",  "并购",   "收购",   "出售", "併購",         "外汇"};
  bool before = doc->lang == EARN_LANG_JA; /* 為替影響を除く: the thing comes first */
  size_t a = before ? (w->start >= start + 30 ? w->start - 30 : start) : w->end;
  size_t z = before ? w->start : (w->end + 48 <= end ? w->end + 48 : end);
  for (size_t p = a; p < z; p++)
    for (size_t i = 0; i < sizeof like_for_like / sizeof like_for_like[0]; i++) {
      size_t n = strlen(like_for_like[i]);
      if (p + n <= z && strncasecmp(doc->text.s + p, like_for_like[i], n) == 0)
        return EARN_CUE_COMPARABLE;
    }
  return EARN_CUE_ADJUSTED;
}

bool earn_read_events(const earn_doc *doc, const earn_kwlist *kws, size_t start, size_t end,
                      earn_sentence_events *out) {
  const earn_allocator *a = doc->alloc;
  const char *s = doc->text.s;
  size_t len = doc->text.len;
  out->n = 0;
  const earn_kw *k = earn_kw_from(kws, start);
  const earn_kw *kend = kws->at + kws->n;
  size_t qi = earn_doc_quantity_from(doc, start);
  size_t pos = start; /* text before pos is read */
  while (true) {
    bool kw_in = k && k < kend && k->start < end;
    const earn_quantity *q = qi < doc->nq && doc->q[qi].fstart < end ? &doc->q[qi] : NULL;
    if (!kw_in && !q)
      break;
    /* A metric word that starts inside a name such as "1株当たり" and runs past it
       ("1株当たり当期純利益") is read instead of the name. */
    if (q && kw_in && q->kind == EARN_Q_LABEL && k->start >= q->fstart && k->start < q->fend &&
        k->end > q->fend) {
      qi++;
      continue;
    }
    if (q && (!kw_in || q->fstart <= k->start)) {
      qi++;
      /* Words inside a quantity (its qualifier or unit) were read with it; a count noun that
         names a metric is kept with it. */
      const earn_lex_entry *inner = NULL;
      while (k && k < kend && k->start < q->fend && k->start >= q->fstart && k->end <= q->fend) {
        if (k->e->category == EARN_LEX_METRIC && k->e->kind == EARN_Q_COUNT)
          inner = k->e;
        k++;
      }
      if (q->fstart < pos)
        continue; /* inside a word read already */
      if (!push_punct(out, a, s, len, pos, q->fstart))
        return false;
      pos = q->fend;
      if (q->kind == EARN_Q_LABEL)
        continue; /* names and codes say nothing here */
      if (!push_event(out, a,
                      (earn_event){q->fstart, q->fend, EARN_EV_QTY, 0, 0, 0, NULL, q, inner}))
        return false;
      continue;
    }
    const earn_kw *w = k++;
    if (w->end <= pos)
      continue; /* inside a quantity; one that runs on past it ("第3四半期累計") is read */
    if (w->start > pos && !push_punct(out, a, s, len, pos, w->start))
      return false;
    pos = w->end;
    earn_event ev = {w->start, w->end, EARN_EV_CUE, 0, 0, 0, w->e, NULL, NULL};
    if (w->e->category == EARN_LEX_METRIC) {
      ev.type = EARN_EV_METRIC;
    } else {
      ev.cue = w->e->cue;
      if (ev.cue == EARN_CUE_ADJUSTED || ev.cue == EARN_CUE_COMPARABLE)
        ev.cue = (uint8_t)exclusion_basis(doc, w, start, end);
      if ((ev.cue == EARN_CUE_TARGET || ev.cue == EARN_CUE_GUIDANCE) && doc->lang == EARN_LANG_JA &&
          starts_compound(s, len, w->end))
        ev.cue = EARN_CUE_FILLER; /* "計画遅延", "予想外": the first half of another noun */
      size_t particle = ev.cue == EARN_CUE_PRIOR ? comparison_particle(doc, w->end, end) : 0;
      if (particle) {
        ev.cue = EARN_CUE_YOY;
        ev.end = pos = w->end + particle;
      }
      if (ev.cue == EARN_CUE_JOIN || ev.cue == EARN_CUE_BREAK) {
        ev.type = EARN_EV_PUNCT;
        ev.punct = ev.cue == EARN_CUE_JOIN ? EARN_P_JOIN : EARN_P_SEMI;
      }
    }
    if (!push_event(out, a, ev))
      return false;
  }
  if (!push_punct(out, a, s, len, pos, end))
    return false;
  return cut_clauses(out, a);
}

void earn_sentence_events_free(earn_sentence_events *se, const earn_allocator *a) {
  earn_dealloc(a, se->ev);
  earn_dealloc(a, se->cl);
  se->ev = NULL;
  se->cl = NULL;
  se->n = se->cap = se->ncl = se->cl_cap = 0;
}
