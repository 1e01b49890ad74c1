/* SPDX-License-Identifier: MIT */
/* Headings: short lines that set the period ("Full Year 2025 Highlights", 全年业绩) or the
   segment ("①運送事業", "Marine Systems") of the sentences under them. */
#include <strings.h>

#include "linker.h"

/* A line that reads as a heading: short, no sentence ending, no amount in it. */
bool earn_is_heading_line(const linker *lk, size_t start, size_t end) {
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
      "highlights",   "results",     "reporting",      "report",
      "outlook",      "overview",    "summary",        "review",
      "performance",  "statement",   "statements",     "commentary",
      "call",         "guidance",    "liquidity",      "dividend",
      "dividends",    "about",       "financial",      "business",
      "operating",    "information", "data",           "notes",
      "safe",         "harbor",      "conference",     "webcast",
      "contact",      "contacts",    "investor",       "relations",
      "media",        "appendix",    "reconciliation", "measures",
      "key",          "metrics",     "segment",        "segments",
      "corporate",    "recent",      "developments",   "update",
      "updates",      "management",  "board",          "capital",
      "returns",      "share",       "repurchase",     "balance",
      "sheet",        "table",       "tables",         "forward-looking",
      "quarterly",    "annual",      "fiscal",         "unaudited",
      "consolidated", "selected",    "supplemental",   "use",
      "non-gaap",     "gaap"};
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
   Group", "Marine Systems"; false for section titles ("Segment Reporting", "二、分产品经营情况").
 */
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
  static const char *const suffixes[] = {"事業",      "部門",       "事業部",     "业务",
                                         "分部",      "セグメント", " Group",     " Segment",
                                         " Division", " Business",  " Businesses"};
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
void earn_read_heading(linker *lk, size_t start, size_t end) {
  earn_doc *doc = lk->doc;
  lk->has_section = false;
  lk->section_seg[0] = lk->section_seg[1] = 0;
  for (; lk->qi < doc->nq && doc->q[lk->qi].fstart < end; lk->qi++) {
    earn_fperiod p;
    if (!lk->has_section && earn_quantity_period(doc, &doc->q[lk->qi], &p) && p.fy > 0) {
      lk->has_section = true;
      lk->section = p;
    }
  }
  for (; lk->ki < lk->kws.n && lk->kws.at[lk->ki].start < end; lk->ki++) {
    int cue = earn_kw_cue(&lk->kws.at[lk->ki]);
    if (!lk->has_section && cue >= EARN_CUE_P_FY && cue <= EARN_CUE_P_CURRENT) {
      earn_fperiod p = earn_report_relative(doc, cue);
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
