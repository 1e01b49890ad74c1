/* SPDX-License-Identifier: MIT */
/* One pass over the folded text for metric and cue words, and the sentence and line shapes
   the fact reader walks. */
#include <string.h>
#include <strings.h>

#include "facts.h"

static bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* "per Class A ordinary share", "per basic and diluted share", "per diluted ADS", "a share of
   common stock": a per-share phrase of any wording, "per" or "a" then up to five words and a
   word for a share. Its end, or 0. */
static size_t per_share_phrase(const char *s, size_t len, size_t pos) {
  size_t p = pos;
  if (len - p > 4 && strncasecmp(s + p, "per ", 4) == 0)
    p += 4;
  else
    return 0;
  static const char *const shares[] = {"share",
                                       "shares",
                                       "ADS",
                                       "ADSs",
                                       "ADR",
                                       "ADRs",
                                       "depositary share",
                                       "American depositary share",
                                       "American Depositary Share",
                                       "unit",
                                       "units"};
  for (int words = 0; words < 6 && p < len; words++) {
    for (size_t k = 0; k < sizeof shares / sizeof shares[0]; k++) {
      size_t n = strlen(shares[k]);
      if (p + n <= len && strncasecmp(s + p, shares[k], n) == 0 &&
          (p + n == len || !is_word_byte((unsigned char)s[p + n])))
        return p + n;
    }
    size_t w = p;
    while (w < len && (is_word_byte((unsigned char)s[w]) || s[w] == '-'))
      w++;
    if (w == p || w >= len || s[w] != ' ')
      return 0;
    p = w + 1;
  }
  return 0;
}

/* "每股普通股亏损", "每股A类普通股基本盈利", "每ADS摊薄净亏损": a Chinese per-share phrase with
   words for the class of share and the basis between 每股 and the word for the profit or loss.
   The lexicon entry for its kind (每股收益, 每股亏损, 每ADS摊薄亏损, ...), its end in *end; NULL
   if the text is no such phrase. */
static const earn_lex_entry *zh_per_share(const earn_lexicon *lex, const char *s, size_t len,
                                          size_t pos, size_t *end) {
  static const char *const opens[] = {"每股", "每ADS", "每份"};
  static const char *const middles[] = {"普通股",     "美国存托股", "存托股", "A类",  "B类", "ADS",
                                        "基本及摊薄", "基本",       "摊薄",   "稀释", "的"};
  static const char *const profits[] = {"净收益", "收益",   "净盈利", "盈利",
                                        "净利润", "净亏损", "亏损"};
  size_t p = pos, n;
  bool opened = false, ads = false, diluted = false, middle = false;
  for (size_t k = 0; k < sizeof opens / sizeof opens[0] && !opened; k++)
    if (p + (n = strlen(opens[k])) <= len && memcmp(s + p, opens[k], n) == 0) {
      opened = true;
      ads = k == 1;
      p += n;
    }
  for (int guard = 0; opened && guard < 6;) {
    bool more = false;
    for (size_t k = 0; k < sizeof middles / sizeof middles[0] && !more; k++)
      if (p + (n = strlen(middles[k])) <= len && memcmp(s + p, middles[k], n) == 0) {
        ads |= k == 1 || k == 2 || k == 5;
        diluted |= k == 6 || k == 8 || k == 9;
        p += n;
        more = middle = true;
        guard++;
      }
    if (!more)
      break;
  }
  if (!opened || !middle)
    return NULL; /* (the lexicon's own words cover 每股收益 and the like) */
  for (size_t k = 0; k < sizeof profits / sizeof profits[0]; k++)
    if (p + (n = strlen(profits[k])) <= len && memcmp(s + p, profits[k], n) == 0) {
      bool loss = strstr(profits[k], "亏损") != NULL;
      static const char *const entries[2][2][2] = {
          {{"每股收益", "每股亏损"}, {"每股摊薄收益", "每股摊薄亏损"}},
          {{"每ADS收益", "每ADS亏损"}, {"每股美国存托股摊薄净收益", "每ADS摊薄亏损"}}};
      const char *term = entries[ads][diluted][loss];
      size_t e = 0;
      const earn_lex_entry *hit =
          earn_lexicon_match(lex, EARN_LEX_METRIC, EARN_LANG_ZH, term, strlen(term), 0, 0, &e);
      if (hit && e == strlen(term)) {
        *end = p + n;
        return hit;
      }
      return NULL;
    }
  return NULL;
}

bool earn_find_keywords(const earn_doc *doc, size_t start, size_t len, earn_kwlist *out) {
  const earn_lexicon *lex = doc->ex->lex;
  const char *s = doc->text.s;
  const earn_lex_entry *per_share = NULL; /* the cue for "per share", looked up at the first p */
  bool looked_up = false;
  for (size_t i = start; i < len;) {
    unsigned char c = (unsigned char)s[i];
    if ((c & 0xC0) == 0x80 || c == ' ' || c == '\n' ||
        (is_word_byte(c) && i > 0 && is_word_byte((unsigned char)s[i - 1]))) {
      i++; /* not where a word can start */
      continue;
    }
    size_t mend = 0, cend = 0;
    const earn_lex_entry *m =
        earn_lexicon_may_start(lex, EARN_LEX_METRIC, s, len, i)
            ? earn_lexicon_match(lex, EARN_LEX_METRIC, doc->lang, s, len, i, 0, &mend)
            : NULL;
    const earn_lex_entry *k =
        earn_lexicon_may_start(lex, EARN_LEX_CUE, s, len, i)
            ? earn_lexicon_match(lex, EARN_LEX_CUE, doc->lang, s, len, i, 0, &cend)
            : NULL;
    if ((c == 'p' || c == 'P') && !looked_up) {
      size_t ps_end = 0;
      per_share =
          earn_lexicon_match(lex, EARN_LEX_CUE, EARN_LANG_EN, "per share", 9, 0, 0, &ps_end);
      looked_up = true;
    }
    size_t pend = per_share && (c == 'p' || c == 'P') ? per_share_phrase(s, len, i) : 0;
    if (pend > mend && pend > cend) {
      k = per_share; /* a wording the lexicon does not list */
      cend = pend;
      m = NULL;
    }
    size_t zend = 0;
    const earn_lex_entry *z =
        c == 0xE6 && doc->lang != EARN_LANG_EN ? zh_per_share(lex, s, len, i, &zend) : NULL;
    if (z && zend > mend && zend > cend) { /* 每 begins with the byte E6 */
      m = z;
      mend = zend;
      k = NULL;
    }
    if (!m && !k) {
      i++;
      continue;
    }
    earn_kw kw = {i, 0, NULL};
    if (m && (!k || mend >= cend)) {
      kw.end = mend;
      kw.e = m;
    } else {
      kw.end = cend;
      kw.e = k;
    }
    /* "the year-ago quarter" is no "the year": a word runs on across a hyphen. */
    if (kw.end + 1 < len && s[kw.end] == '-' && is_word_byte((unsigned char)s[kw.end - 1]) &&
        is_word_byte((unsigned char)s[kw.end + 1])) {
      i++;
      continue;
    }
    if (!earn_grow(doc->alloc, (void **)&out->at, &out->cap, out->n + 1, sizeof *out->at))
      return false;
    out->at[out->n++] = kw;
    i = kw.end;
  }
  return true;
}

const earn_kw *earn_kw_from(const earn_kwlist *kws, size_t pos) {
  size_t lo = 0, hi = kws->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kws->at[mid].start < pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < kws->n ? &kws->at[lo] : NULL;
}

const earn_kw *earn_kw_starting_at(const earn_kwlist *kws, size_t pos) {
  const earn_kw *k = earn_kw_from(kws, pos);
  return k && k->start == pos ? k : NULL;
}

const earn_kw *earn_kw_ending_at(const earn_kwlist *kws, size_t pos) {
  size_t lo = 0, hi = kws->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kws->at[mid].end < pos)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < kws->n && kws->at[lo].end == pos ? &kws->at[lo] : NULL;
}

static bool starts_with(const char *s, size_t len, size_t pos, const char *lit) {
  size_t n = strlen(lit);
  return pos + n <= len && memcmp(s + pos, lit, n) == 0;
}

/* A line that begins a new item: a bullet, a dash, a numbered heading (一、 1. (1)). */
static bool starts_item(const char *s, size_t len, size_t pos) {
  while (pos < len && s[pos] == ' ')
    pos++;
  if (pos >= len)
    return true;
  static const char *const bullets[] = {"•",    "・",   "-",    "*",    "●",   "■",
                                        "◆",    "○",    "※",    "【",   "（",  "一、",
                                        "二、", "三、", "四、", "五、", "六、"};
  for (size_t i = 0; i < sizeof bullets / sizeof bullets[0]; i++)
    if (starts_with(s, len, pos, bullets[i]))
      return true;
  /* "(1)", "(a)", "(iv)" number an item; "(non-GAAP EPS of …)" goes on with its sentence */
  if (s[pos] == '(') {
    size_t q = pos + 1;
    while (q < len && q - pos <= 4 &&
           (((s[q] | 0x20) >= 'a' && (s[q] | 0x20) <= 'z') || (s[q] >= '0' && s[q] <= '9')))
      q++;
    return q > pos + 1 && q < len && s[q] == ')';
  }
  return pos + 1 < len && s[pos] >= '0' && s[pos] <= '9' &&
         (s[pos + 1] == '.' || starts_with(s, len, pos + 1, "、"));
}

/* "Inc." and the like, after which a period does not end a sentence. */
static bool is_abbreviation(const char *s, size_t dot) {
  static const char *const abbr[] = {"Inc", "Corp", "Co",  "Ltd", "No",  "vs",  "approx", "U.S",
                                     "Mr",  "Ms",   "Dr",  "St",  "Jan", "Feb", "Aug",    "Sept",
                                     "Sep", "Oct",  "Nov", "Dec", "e.g", "i.e", "Jr",     "S.A"};
  for (size_t i = 0; i < sizeof abbr / sizeof abbr[0]; i++) {
    size_t n = strlen(abbr[i]);
    if (dot >= n && memcmp(s + dot - n, abbr[i], n) == 0 &&
        (dot == n || !is_word_byte((unsigned char)s[dot - n - 1])))
      return true;
  }
  return false;
}

/* The length of a closing quotation mark at i (" ” ’), or 0: a sentence that ends inside a
   quotation ends after the mark ('... our world-class team.”'). */
static size_t closing_quote(const char *s, size_t len, size_t i) {
  if (i < len && s[i] == '"')
    return 1;
  if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
      ((unsigned char)s[i + 2] == 0x9D || (unsigned char)s[i + 2] == 0x99))
    return 3;
  return 0;
}

/* Does [start, end) end in an amount's scale word ("… of $43.8 billion to $45.2 billion")? */
static bool ends_in_scale(const char *s, size_t start, size_t end) {
  static const char *const scales[] = {" billion", " million", " thousand", " percent"};
  for (size_t i = 0; i < sizeof scales / sizeof scales[0]; i++) {
    size_t n = strlen(scales[i]);
    if (end >= start + n && strncasecmp(s + end - n, scales[i], n) == 0)
      return true;
  }
  return false;
}

/* A line in title case ("Net Sales of $2.6 Billion Compared to $2.3 Billion in the Year-Ago
   Quarter"): a headline of its own, however long, not prose wrapped at a fixed width. */
static bool title_case_line(const char *s, size_t start, size_t end) {
  static const char *const small[] = {"of",  "to", "in", "the", "and", "or",   "a",    "an",
                                      "for", "on", "at", "by",  "vs",  "with", "from", "per"};
  int words = 0;
  for (size_t i = start; i < end;) {
    while (i < end && s[i] == ' ')
      i++;
    size_t w = i;
    while (w < end && s[w] != ' ')
      w++;
    if (w > i && s[w - 1] == ',')
      return false; /* (a clause of a sentence: "… Decline of 77%, and Adjusted") */
    if (w > i && s[i] >= 'a' && s[i] <= 'z') {
      bool is_small = false;
      for (size_t k = 0; k < sizeof small / sizeof small[0] && !is_small; k++)
        is_small = strlen(small[k]) == w - i && memcmp(s + i, small[k], w - i) == 0;
      if (!is_small)
        return false;
    }
    words += w > i;
    i = w;
  }
  /* (a headline wrapped inside a line item's name: "… and Non-GAAP Operating" above "Margin
     Guidance to ~28.0%") */
  static const char *const openers[] = {
      "operating", "gross", "net",   "diluted", "adjusted", "free", "cash",
      "non-gaap",  "gaap",  "total", "organic", "earnings", "per",  "comparable"};
  size_t last = end;
  while (last > start && s[last - 1] != ' ')
    last--;
  for (size_t k = 0; k < sizeof openers / sizeof openers[0]; k++)
    if (strlen(openers[k]) == end - last && strncasecmp(s + last, openers[k], end - last) == 0)
      return false;
  for (size_t k = 0; k < sizeof small / sizeof small[0]; k++)
    if (strlen(small[k]) == end - last && strncmp(s + last, small[k], end - last) == 0)
      return false; /* ("… Non-GAAP Diluted EPS of" above "$1.69") */
  return words >= 4;
}

size_t earn_sentence_end(const char *s, size_t len, size_t pos, earn_lang lang, bool hard_lines) {
  size_t line_start = pos; /* (of the line's text, not of the sentence's part of it: English
                              lines only, where a line break may not end a sentence) */
  while (lang == EARN_LANG_EN && !hard_lines && line_start > 0 && pos - line_start < 400 &&
         s[line_start - 1] != '\n')
    line_start--;
  for (size_t i = pos; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n') {
      size_t next = i + 1;
      if (next >= len || s[next] == '\n' || lang != EARN_LANG_EN || hard_lines || i == line_start ||
          starts_item(s, len, next)) /* (an empty line ends one too) */
        return next;
      /* English text wrapped at a fixed width runs on; a short line or one that ends a
         sentence does not. */
      size_t k = i;
      while (k > line_start && s[k - 1] == ' ')
        k--;
      if (k >= line_start + 4 && closing_quote(s, len, k - 3) == 3)
        k -= 3;
      else if (k > line_start + 1 && s[k - 1] == '"')
        k--;
      size_t first = next;
      while (first < len && s[first] == ' ')
        first++;
      bool lower_next = first < len && s[first] >= 'a' && s[first] <= 'z';
      bool cells = memchr(s + line_start, '\t', i - line_start) != NULL; /* a table row */
      /* (a line that ends in a figure before a capital is an item of a list: "… rate of 3.7% to
         4.1%" above "Non-GAAP diluted EPS of …") */
      bool ends_in_figure = k > line_start && ((s[k - 1] >= '0' && s[k - 1] <= '9') ||
                                               s[k - 1] == '%' || ends_in_scale(s, line_start, k));
      if ((!lower_next &&
           (i - line_start < 50 || ends_in_figure || title_case_line(s, line_start, k))) ||
          cells || (k > line_start && (s[k - 1] == '.' || s[k - 1] == ':')))
        return next;
      line_start = next;
      continue;
    }
    size_t quote = c == '.' ? closing_quote(s, len, i + 1) : 0;
    if (quote && i > pos && i + 1 + quote < len &&
        (s[i + 1 + quote] == ' ' || s[i + 1 + quote] == '\n'))
      return i + 1 + quote;
    if (c == '.' && i + 1 < len && (s[i + 1] == ' ' || s[i + 1] == '\n') && i > pos &&
        !(s[i - 1] >= '0' && s[i - 1] <= '9' && i + 1 < len && s[i + 1] >= '0') &&
        !is_abbreviation(s, i)) {
      size_t j = i + 1;
      while (j < len && s[j] == ' ')
        j++;
      if (j >= len || s[j] == '\n' || (s[j] >= 'A' && s[j] <= 'Z') || s[j] == '"' ||
          (unsigned char)s[j] >= 0x80)
        return i + 1;
    }
    /* ！ and ？ are folded to ASCII; 。 is not. */
    if ((c == '!' || c == '?') &&
        (i + 1 >= len || s[i + 1] == ' ' || (unsigned char)s[i + 1] >= 0x80))
      return i + 1;
    if (c == 0xE3 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x82) /* 。 */
      return i + 3;
    /* 】 closes a news headline ("【远帆科技：净利增长54%】远帆科技公告，…") */
    if (c == 0xE3 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
        (unsigned char)s[i + 2] == 0x91 && i + 3 < len && s[i + 3] != '\n')
      return i + 3;
  }
  return len;
}

bool earn_is_table_row(const char *s, size_t start, size_t end) {
  int gaps = 0;
  for (size_t i = start; i < end; i++) {
    if (s[i] == '\t') {
      gaps++;
    } else if (s[i] == ' ' && i + 2 < end && s[i + 1] == ' ' && s[i + 2] == ' ') {
      gaps++;
      while (i + 1 < end && s[i + 1] == ' ')
        i++;
    }
  }
  /* Leading indentation is not a cell gap. */
  size_t k = start;
  while (k < end && (s[k] == ' ' || s[k] == '\t'))
    k++;
  if (k - start >= 3)
    gaps--;
  return gaps >= 2;
}

bool earn_is_heading(const char *s, size_t start, size_t end) {
  while (end > start && (s[end - 1] == '\n' || s[end - 1] == ' '))
    end--;
  while (start < end && s[start] == ' ')
    start++;
  size_t chars = 0;
  for (size_t i = start; i < end; i++)
    chars += ((unsigned char)s[i] & 0xC0) != 0x80;
  if (end <= start || chars > 60)
    return false;
  char last = s[end - 1];
  if (last == '.' || last == ',' || last == ';' || last == ':') /* folded ，；： too */
    return false;
  if (end - start >= 3 && memcmp(s + end - 3, "。", 3) == 0)
    return false;
  /* A Japanese line that ends in a verb's ending is a sentence without its 。 (texts stripped
     of them put one sentence on each line): "市場は好調に推移しました". */
  static const char *const predicate_ends[] = {"ます", "です",   "である", "た",
                                               "だ",   "ている", "ません"};
  for (size_t i = 0; i < sizeof predicate_ends / sizeof predicate_ends[0]; i++) {
    size_t n = strlen(predicate_ends[i]);
    if (end - start > n && memcmp(s + end - n, predicate_ends[i], n) == 0)
      return false;
  }
  /* A long line with a clause comma is prose ("貨物専用機においては、下期より…取り込ん") */
  if (chars > 25)
    for (size_t i = start; i < end; i++)
      if (s[i] == ',' || (i + 3 <= end && memcmp(s + i, "、", 3) == 0))
        return false;
  return memchr(s + start, '\n', end - start) == NULL;
}
