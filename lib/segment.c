/* SPDX-License-Identifier: MIT */
/* Segments: the business a figure is about, read from the words around its metric. CJK text
   names it right before the metric (霧島雲の収益, 光学模组业务实现营业收入); English before it
   (Example Cloud Group revenue, Example Retail's operating income), after it (revenue of
   Example Cloud) or as the subject of the sentence (Example Logistics posted revenue of). */
#include <string.h>
#include <strings.h>

#include "facts.h"

/* The quantity that covers folded offset pos - 1 (ends at or after pos), or NULL. */
static const earn_quantity *quantity_before(const earn_doc *doc, size_t pos) {
  size_t lo = earn_doc_quantity_from(doc, pos);
  return lo > 0 && doc->q[lo - 1].fend >= pos ? &doc->q[lo - 1] : NULL;
}

/* Cue words that are not part of a name: a name stops at them, and they are skipped when
   they stand between the name and its metric. */
static bool is_skip_cue(int cue) {
  switch (cue) {
  case EARN_CUE_STOP:
  case EARN_CUE_ADJUSTED:
  case EARN_CUE_COMPARABLE:
  case EARN_CUE_REPORTED:
  case EARN_CUE_P_CURRENT:
  case EARN_CUE_P_FY:
  case EARN_CUE_P_H1:
  case EARN_CUE_P_H2:
  case EARN_CUE_P_YTD:
  case EARN_CUE_FILLER:
  case EARN_CUE_POINT:
  case EARN_CUE_YOY:
  case EARN_CUE_QOQ:
  case EARN_CUE_GUIDANCE:
  case EARN_CUE_TARGET:
  case EARN_CUE_UP:
  case EARN_CUE_DOWN:
  case EARN_CUE_PRIOR:
  case EARN_CUE_VERSUS:
  case EARN_CUE_LOSS:
  case EARN_CUE_PER_SHARE:
  case EARN_CUE_ESTIMATE:
  case EARN_CUE_TO:
  case EARN_CUE_JOIN:
  case EARN_CUE_BREAK:
  case EARN_CUE_EACH:
  case EARN_CUE_ALL:
  case EARN_CUE_PART:
  case EARN_CUE_SINCE:
  case EARN_CUE_GAIN:
    return true;
  default:
    return false;
  }
}

/* Han, kana, Latin letters and digits, and the marks names use (・ー&). */
static bool is_name_char(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           cp == '&' || cp == '+';
  return earn_is_han(cp) || earn_is_katakana(cp) || (cp >= 0x3400 && cp <= 0x4DBF);
}

/* Particles between a name and its metric: の 的 は が. */
static bool is_particle(uint32_t cp) {
  return cp == 0x306E || cp == 0x7684 || cp == 0x306F || cp == 0x304C;
}

static bool cjk_segment(const earn_doc *doc, const earn_kwlist *kws, size_t floor, size_t mstart,
                        size_t *seg_start, size_t *seg_end) {
  const char *s = doc->text.s;
  size_t p = mstart;
  /* Skip what may stand between the name and the metric. A name before a period is the
     subject of the sentence, the company ("星河电器2024年净利"), not a business of it. */
  for (int guard = 0; guard < 8 && p > floor; guard++) {
    size_t n;
    uint32_t cp = earn_cp_before(s, p, &n);
    const earn_kw *k = earn_kw_ending_at(kws, p);
    const earn_quantity *q = quantity_before(doc, p);
    if (cp == ' ' || is_particle(cp))
      p -= n;
    else if (k && k->start >= floor && is_skip_cue(earn_kw_cue(k)))
      p = k->start;
    else if (q && q->fstart >= floor && (q->kind == EARN_Q_PERIOD || q->kind == EARN_Q_DATE))
      return false;
    else
      break;
  }
  size_t end = p, start = p;
  for (int chars = 0; start > floor && chars < 16; chars++) {
    const earn_kw *k = earn_kw_ending_at(kws, start);
    /* (a joining word is part of a name: 金融科技及企业服务) */
    if (k && start != end && is_skip_cue(earn_kw_cue(k)) && earn_kw_cue(k) != EARN_CUE_JOIN)
      break;
    const earn_quantity *q = quantity_before(doc, start);
    if (q && q->kind != EARN_Q_LABEL && q->fend >= start && q->fstart < start)
      break;
    size_t n;
    uint32_t cp = earn_cp_before(s, start, &n);
    if (!is_name_char(cp) || earn_is_hiragana(cp))
      break;
    start -= n;
  }
  /* A leading word for the company or a period (公司储能, 本季度增值服务) is not the name. */
  for (const earn_kw *k = earn_kw_starting_at(kws, start); k && k->end < end;
       k = earn_kw_starting_at(kws, start)) {
    int cue = earn_kw_cue(k);
    /* (nor a line item's word: 销售生猪收入 is the revenue of 生猪) */
    if (cue != EARN_CUE_GROUP && !is_skip_cue(cue) && k->e->category != EARN_LEX_METRIC)
      break;
    start = k->end;
  }
  size_t chars = 0; /* a name has two characters at least: 时, 可, 且 are leftovers */
  for (size_t i = start; i < end; i++)
    chars += ((unsigned char)s[i] & 0xC0) != 0x80;
  if (start >= end || chars < 2)
    return false;
  /* 「星問」のC端: a quoted name before the run is part of it. */
  size_t n = 0;
  if (start > floor + 6 && is_particle(earn_cp_before(s, start, &n)) && n == 3 &&
      memcmp(s + start - 6, "」", 3) == 0) {
    const char *open = NULL;
    for (size_t i = start - 6; i > floor + 2 && start - i < 64; i--)
      if (memcmp(s + i - 3, "「", 3) == 0) {
        open = s + i - 3;
        break;
      }
    if (open)
      start = (size_t)(open - s);
  }
  *seg_start = start;
  *seg_end = end;
  return true;
}

static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || is_upper(c); }

static bool word_in(const char *w, size_t n, const char *const *list, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0)
      return true;
  return false;
}

/* Words that modify a metric without naming a business ("net", "fourth-quarter"). */
static bool is_modifier_word(const char *w, size_t n) {
  static const char *const words[] = {
      "net",           "total",    "gross",     "diluted",        "basic",         "gaap",
      "non-gaap",      "non-ifrs", "ifrs",      "adjusted",       "reported",      "consolidated",
      "quarterly",     "annual",   "first",     "second",         "third",         "fourth",
      "quarter",       "year",     "full-year", "full",           "fiscal",        "record",
      "comparable",    "organic",  "overall",   "half",           "paying",        "active",
      "monthly",       "daily",    "new",       "fourth-quarter", "third-quarter", "second-quarter",
      "first-quarter", "year-end", "combined",  "cumulative",     "aggregate"};
  return word_in(w, n, words, sizeof words / sizeof words[0]);
}

/* Words a name before its metric never runs across: articles, pronouns, prepositions,
   verbs. */
static bool is_stop_word(const char *w, size_t n) {
  static const char *const words[] = {
      "the", "a", "an", "its", "their", "our", "of", "in", "for", "and", "or", "while", "with",
      "on", "by", "to", "from", "as", "that", "this", "these", "which", "who", "was", "were", "is",
      "are", "has", "have", "had", "be", "been", "company's", "group's", "it", "we", "at", "than",
      "also", "both", "each", "all", "last", "next", "prior", "previous", "same", "current",
      /* words of judgement: "reported solid fourth quarter earnings" */
      "solid", "strong", "robust", "healthy", "higher", "lower", "better", "stronger", "weaker",
      "good", "excellent", "outstanding", "disappointing", "modest", "significant",
      /* verbs that open a headline's bullet: "Initiates Third Quarter FY24 Revenue Guidance" */
      "initiates", "raises", "reaffirms", "reiterates", "updates", "delivers", "reports",
      "announces", "achieves", "returns", "returned", "increases", "lowers", "narrows", "expects",
      "provides", "issues", "posts", "records", "grows", "maintains", "guides",
      /* verbs before their object: "our outlook assumes comparable sales decline" */
      "assumes", "assume", "reflects", "reflect", "represents", "represent", "includes", "include",
      "excludes", "exclude", "drives", "drove", "sees", "see", "saw", "remains", "exceeds",
      "exceed", "reach", "reaches", "hit", "hits", "surpass", "surpasses"};
  if (word_in(w, n, words, sizeof words / sizeof words[0]))
    return true;
  /* "reduced earnings", "adjusting for revenues": a verb form */
  bool lower = w[0] >= 'a' && w[0] <= 'z';
  return lower && n > 3 &&
         ((w[n - 2] == 'e' && w[n - 1] == 'd') ||
          (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g'));
}

/* Capitalised words from `pos` on ("Example Cloud Group"), allowing & and "and" between
   them. Returns the end of the run (pos if none). */
static size_t capitalised_run(const char *s, size_t len, size_t pos) {
  size_t end = pos, i = pos;
  while (i < len) {
    size_t w = i;
    while (w < len && (is_letter((unsigned char)s[w]) || s[w] == '-' || s[w] == '\''))
      w++;
    bool cap = is_upper((unsigned char)s[i]) && w > i;
    bool joiner = (w - i == 3 && strncmp(s + i, "and", 3) == 0) || (i < len && s[i] == '&');
    if (s[i] == '&')
      w = i + 1;
    if (!cap && !joiner)
      break;
    if (cap)
      end = w;
    if (w >= len || s[w] != ' ')
      break;
    i = w + 1;
  }
  return end;
}

/* "MAUs of social entertainment services were": lower-case words after "of" name a business
   when a verb follows them; returns their end, or pos. */
static size_t lower_case_name(const char *s, size_t len, size_t pos) {
  static const char *const verbs[] = {"were",    "was",      "is",        "are",       "reached",
                                      "rose",    "grew",     "increased", "decreased", "declined",
                                      "totaled", "amounted", "came",      "stood",     "fell",
                                      "grows",   "rises"};
  size_t i = pos, end = pos;
  for (int words = 0; words < 6 && i < len; words++) {
    size_t w = i;
    while (w < len && (is_letter((unsigned char)s[w]) || s[w] == '-'))
      w++;
    if (w == i)
      return pos;
    for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
      if (strlen(verbs[v]) == w - i && strncmp(s + i, verbs[v], w - i) == 0)
        return end > pos ? end : pos;
    if (is_stop_word(s + i, w - i))
      return pos;
    end = w;
    if (w >= len || s[w] != ' ')
      return pos;
    i = w + 1;
  }
  return pos;
}

/* Where the word of a name that ends at word_end starts. */
static size_t word_start(const char *s, size_t floor, size_t word_end) {
  size_t w = word_end;
  while (w > floor && s[w - 1] != ' ' && s[w - 1] != ',' && s[w - 1] != '(' && s[w - 1] != '"' &&
         s[w - 1] != '\n' && s[w - 1] != ';' && s[w - 1] != ':' &&
         ((unsigned char)s[w - 1] < 0x80 || (w >= floor + 3 && memcmp(s + w - 3, "’", 3) == 0)))
    w -= (unsigned char)s[w - 1] < 0x80 ? 1 : 3; /* (a typographic apostrophe: "Company’s") */
  return w;
}

static bool en_segment(const earn_doc *doc, const earn_kwlist *kws, size_t floor, size_t mstart,
                       size_t mend, size_t *seg_start, size_t *seg_end) {
  const char *s = doc->text.s;
  size_t len = doc->text.len;
  /* "revenue of Example Cloud was", "Revenue from AI-related products" */
  static const char *const links[] = {" of ", " from "};
  for (size_t i = 0; i < 2; i++) {
    size_t n = strlen(links[i]), at = mend + n;
    if (at >= len || strncmp(s + mend, links[i], n) != 0 || !is_letter((unsigned char)s[at]))
      continue;
    size_t end = capitalised_run(s, len, at);
    if (end == at)
      end = lower_case_name(s, len, at);
    const earn_quantity *q = quantity_before(doc, end);
    /* Not a currency code such as "RMB" run into its number, nor a period label. */
    if (end > at && !(q && q->fstart <= at) && !(end < len && s[end] >= '0' && s[end] <= '9')) {
      *seg_start = at;
      *seg_end = end;
      return true;
    }
  }
  /* Words right before the metric, back to punctuation or a word that is not a name:
     "Example Cloud Group revenue", "net product revenues", "Example Retail's". A name
     in lower case counts only after net, total or gross ("net service revenues"). */
  size_t p = mstart, start = mstart, end = mstart;
  bool any = false, capital = false, after_modifier = false;
  while (p > floor && (s[p - 1] == ' ' || s[p - 1] == '\n')) { /* (over a wrapped line too) */
    size_t word_end = p - 1;
    while (word_end > floor && s[word_end - 1] == ')')
      word_end--; /* "(PaaS) revenues" */
    size_t w = word_start(s, floor, word_end);
    if (w > floor && s[w - 1] == '(' && word_end - w <= 2 && s[w] >= '1' && s[w] <= '9') {
      word_end = w - 1; /* "Veltrix(1) Revenues": a footnote's mark is no word */
      w = word_start(s, floor, word_end);
    }
    const earn_kw *k = earn_kw_ending_at(kws, word_end);
    if (k && k->start < w && k->start >= floor && k->e->category != EARN_LEX_METRIC)
      w = k->start; /* a phrase of the lexicon is one word: "constant currency" */
    size_t n = word_end - w;
    if (n == 0 || (!is_letter((unsigned char)s[w]) && !(s[w] >= '0' && s[w] <= '9')))
      break;
    const earn_quantity *label = quantity_before(doc, word_end);
    bool period_word =
        label && label->fstart <= w && (label->kind == EARN_Q_PERIOD || label->kind == EARN_Q_DATE);
    bool curly = n > 4 && s[word_end - 1] == 's' && memcmp(s + word_end - 4, "’", 3) == 0;
    bool possessive = curly || (n > 2 && s[word_end - 1] == 's' && s[word_end - 2] == '\'');
    size_t wn = possessive ? n - (curly ? 4 : 2) : n;
    int cue = k && k->start >= w ? earn_kw_cue(k) : EARN_CUE_NONE;
    if (k && k->start >= w && k->e->category == EARN_LEX_METRIC)
      break; /* "Revenue and operating income": another metric is no name */
    bool joiner = any && ((n == 3 && strncasecmp(s + w, "and", 3) == 0) || (n == 1 && s[w] == '&'));
    if (joiner) { /* "SaaS and PaaS revenues", "Energy & Transportation" */
      p = w;
      continue;
    }
    if ((cue != EARN_CUE_NONE && cue != EARN_CUE_GROUP && !is_modifier_word(s + w, n) &&
         cue != EARN_CUE_ADJUSTED && cue != EARN_CUE_REPORTED && cue != EARN_CUE_COMPARABLE) ||
        (!possessive && is_stop_word(s + w, n)))
      break; /* "Example expects revenue": a cue word is no part of a name */
    /* ("the quarter's revenue": a possessive of a modifier is one too) */
    if (is_modifier_word(s + w, wn) ||
        (!possessive && (period_word || (k && k->start <= w && is_skip_cue(earn_kw_cue(k)))))) {
      if (any) {
        after_modifier = true;
        break;
      }
    } else {
      bool upper = is_upper((unsigned char)s[w]);
      if (capital && !upper)
        break; /* "ModelX drove Cloud revenue": a lower-case word before a name ends it */
      if (!any)
        end = w + wn;
      start = w;
      any = true;
      capital |= upper;
    }
    p = w;
  }
  /* Lower-case names stand before money metrics ("advertising revenue", "phone sales"); before
     counts they are mostly descriptions ("retail customers"). */
  const earn_kw *metric = earn_kw_starting_at(kws, mstart);
  bool money = metric && metric->e->category == EARN_LEX_METRIC &&
               metric->e->kind == EARN_Q_MONEY && !(metric->e->flags & EARN_LEXF_PER_SHARE);
  /* "aims to reach revenue of": a verb after "to" is no name */
  size_t before = start;
  while (before > floor && s[before - 1] == ' ')
    before--;
  bool infinitive = !capital && before >= floor + 2 && strncasecmp(s + before - 2, "to", 2) == 0 &&
                    (before == floor + 2 || !is_letter((unsigned char)s[before - 3]));
  if (any && start < end && !infinitive && (capital || after_modifier || money)) {
    *seg_start = start;
    *seg_end = end;
    return true;
  }
  /* "Example Logistics posted revenue of": the subject before a verb. */
  const earn_kw *verb = NULL;
  p = mstart;
  while (p > floor && s[p - 1] == ' ')
    p--;
  verb = earn_kw_ending_at(kws, p);
  static const char *const verbs[] = {"posted",    "recorded", "reported", "generated",
                                      "delivered", "achieved", "had",      "saw"};
  bool subject_verb = false;
  for (size_t i = 0; verb && i < sizeof verbs / sizeof verbs[0]; i++)
    subject_verb |= strlen(verbs[i]) == verb->end - verb->start &&
                    strncasecmp(s + verb->start, verbs[i], verb->end - verb->start) == 0;
  size_t first_word = floor;
  while (first_word < mstart && (s[first_word] == ' ' || s[first_word] == '\n'))
    first_word++;
  if (subject_verb && verb->start > first_word) { /* not "Reported earnings were" */
    size_t b = floor;
    while (b < mstart && (s[b] == ' ' || s[b] == '-' || s[b] == '*' || s[b] == '\n' ||
                          (unsigned char)s[b] >= 0x80)) /* bullets such as • */
      b++;
    size_t e = capitalised_run(s, len, b);
    size_t first = b;
    while (first < e && s[first] != ' ')
      first++;
    const earn_quantity *label = quantity_before(doc, first);
    bool period = label && label->fstart <= b && label->fend > b &&
                  (label->kind == EARN_Q_PERIOD || label->kind == EARN_Q_DATE);
    /* "In the quarter, …", "Second-Quarter 2023 Reported Diluted EPS" are no names */
    if (e > b && !is_stop_word(s + b, first - b) && !is_modifier_word(s + b, first - b) &&
        !period) {
      *seg_start = b;
      *seg_end = e;
      return true;
    }
  }
  return false;
}

bool earn_find_segment(const earn_doc *doc, const earn_kwlist *kws, size_t floor, size_t mstart,
                       size_t mend, size_t *seg_start, size_t *seg_end) {
  bool cjk = mstart > floor && (unsigned char)doc->text.s[mstart - 1] >= 0x80;
  if (doc->lang != EARN_LANG_EN && mstart > floor && doc->text.s[mstart - 1] != ' ')
    cjk = true;
  bool found = cjk ? cjk_segment(doc, kws, floor, mstart, seg_start, seg_end)
                   : en_segment(doc, kws, floor, mstart, mend, seg_start, seg_end);
  return found && !earn_names_issuer(doc, kws, *seg_start, *seg_end);
}

/* True when one of a and b starts the other, with at least `min` bytes in common. */
static bool prefix_either(const char *a, size_t na, const char *b, size_t nb, size_t min) {
  size_t n = na < nb ? na : nb;
  return n >= min && strncasecmp(a, b, n) == 0;
}

bool earn_names_issuer(const earn_doc *doc, const earn_kwlist *kws, size_t start, size_t end) {
  const char *s = doc->text.s + start;
  size_t n = end - start;
  const earn_report *r = &doc->report;
  if (r->issuer_len && prefix_either(s, n, doc->strings + r->issuer_off, r->issuer_len, 6))
    return true;
  if (r->short_len && prefix_either(s, n, doc->strings + r->short_off, r->short_len, 6))
    return true;
  /* Nothing but words for the whole company: 公司, the Company, 当社グループ. */
  const earn_kw *cover = earn_kw_ending_at(kws, end);
  if (cover && cover->start <= start && earn_kw_cue(cover) == EARN_CUE_GROUP)
    return true;
  size_t p = start;
  while (p < end) {
    const earn_kw *k = earn_kw_starting_at(kws, p);
    if (!k || k->end > end || earn_kw_cue(k) != EARN_CUE_GROUP)
      return false;
    p = k->end;
    while (p < end && doc->text.s[p] == ' ')
      p++;
  }
  return true;
}

bool earn_segment_refers_back(const char *s, size_t start, size_t end) {
  static const char *const these[] = {"当", "同", "本", "该", "該", "此"};
  static const char *const units[] = {"部門", "セグメント", "事業", "事業部", "部",      "分部",
                                      "业务", "業務",       "板块", "板塊",   "セクター"};
  size_t at = start; /* past a pointer inside the name; one right before it, or none ("部門全体") */
  for (size_t i = 0; i < sizeof these / sizeof these[0]; i++) {
    size_t n = strlen(these[i]);
    if (end - start > n && strncmp(s + start, these[i], n) == 0)
      at = start + n;
  }
  for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
    if (end - at == strlen(units[k]) && strncmp(s + at, units[k], end - at) == 0)
      return true;
  return false;
}
