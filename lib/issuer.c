/* SPDX-License-Identifier: MIT */
/* The issuer: the company that reports, never a partner or a shareholder the text also names.
   It is read, first found first taken, from
     1. the caller, who may know it (earn_extractor_options.issuer);
     2. a label that names it: 上場会社名, 公司简称, 证券简称, 会社名;
     3. the name before its ticker: "Sears, Roebuck and Co. (NYSE: S)", "碧生源(00926.HK)";
     4. the lead of a release or a news item: "CITY, Date -- Company today reported",
        "【远帆科技：…】", "远帆科技公告，";
     5. the title: "Company Reports Second Quarter Results";
     6. the subject of the sentence that announces the results (発表, 公布, 发布);
     7. a name with a company-form ending (Inc., 株式会社, 有限公司) in the head. */
#include <string.h>
#include <strings.h>

#include "reader.h"

/* Company-name endings; the part before them is the short name. */
static const char *const cjk_suffixes[] = {
    "集团控股有限公司", "控股有限公司", "股份有限公司", "有限责任公司",     "有限公司",
    "株式会社",         "集团",         "集團",         "ホールディングス", "グループ"};
static const char *const en_suffixes[] = {
    " Inc.",      " Inc",  " Incorporated", " Corporation", " Corp.", " Company",
    " Co., Ltd.", " Ltd.", " Limited",      " plc",         " PLC",   " Holdings",
    " Group",     " N.V.", " S.A.",         " AG",          " SE"};

/* True when name[0, *len) ends with one of `list` (after a comma or not): *len drops it. */
static bool cut_suffix(const char *name, size_t *len, const char *const *list, size_t n) {
  for (size_t k = 0; k < n; k++) {
    size_t m = strlen(list[k]);
    if (m < *len && memcmp(name + *len - m, list[k], m) == 0) {
      *len -= m;
      while (*len > 0 && (name[*len - 1] == ',' || name[*len - 1] == ' '))
        (*len)--;
      return true;
    }
  }
  return false;
}

size_t earn_issuer_key(const char *name, size_t len, char *out, size_t cap) {
  static const char *const more[] = {" Holding", " Co.", " Co", " LLC", " L.P."};
  while (cut_suffix(name, &len, cjk_suffixes, sizeof cjk_suffixes / sizeof cjk_suffixes[0]) ||
         cut_suffix(name, &len, en_suffixes, sizeof en_suffixes / sizeof en_suffixes[0]) ||
         cut_suffix(name, &len, more, sizeof more / sizeof more[0]))
    ;
  size_t n = 0;
  for (size_t i = 0; i < len && n + 1 < cap; i++) {
    unsigned char c = (unsigned char)name[i];
    if (c < 0x80 && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
      continue; /* spaces and punctuation */
    out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  if (cap)
    out[n] = '\0';
  return n;
}

static void set_issuer(earn_doc *doc, const char *s, size_t a, size_t b, size_t short_end) {
  earn_report *r = &doc->report;
  if (earn_doc_store(doc, s + a, b - a, &r->issuer_off))
    r->issuer_len = b - a;
  if (short_end > a && earn_doc_store(doc, s + a, short_end - a, &r->short_off))
    r->short_len = short_end - a;
}

/* The name without its company-form ending, for matching it as a segment word. */
static void set_found(earn_doc *doc, size_t a, size_t b) {
  const char *s = doc->text.s;
  size_t n = b - a;
  while (cut_suffix(s + a, &n, cjk_suffixes, sizeof cjk_suffixes / sizeof cjk_suffixes[0]) ||
         cut_suffix(s + a, &n, en_suffixes, sizeof en_suffixes / sizeof en_suffixes[0]))
    ;
  set_issuer(doc, s, a, b, a + n);
}

/* 「青岚科技」 or “北辰新能源” soon after the name: the short name the release uses. */
static void quoted_alias(earn_doc *doc, size_t from) {
  const char *s = doc->text.s;
  size_t len = doc->text.len, stop = from + 60 < len ? from + 60 : len;
  static const char *const opens[] = {"「", "“", "\""};
  static const char *const closes[] = {"」", "”", "\""};
  for (size_t i = from; i < stop; i++)
    for (size_t o = 0; o < 3; o++) {
      size_t n = strlen(opens[o]);
      if (strncmp(s + i, opens[o], n) != 0)
        continue;
      const char *c = strstr(s + i + n, closes[o]);
      if (c && (size_t)(c - s) < stop + 30 && (size_t)(c - s) > i + n) {
        size_t a = i + n, b = (size_t)(c - s);
        earn_report *r = &doc->report;
        if (earn_doc_store(doc, s + a, b - a, &r->short_off))
          r->short_len = b - a;
        return;
      }
    }
}

/* ---- names in Chinese and Japanese ------------------------------------------------------- */

/* Particles that a name does not hold: "当社はみどり..." is a sentence, not a name. */
static bool is_sentence_particle(uint32_t cp) {
  return cp == 0x306F || cp == 0x304C || cp == 0x3092 || cp == 0x306B || cp == 0x3067;
}

static bool is_name_cp(uint32_t cp) {
  return earn_is_han(cp) || earn_is_katakana(cp) || (cp >= 'A' && cp <= 'Z') ||
         (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '&' || cp == 0xFF06;
}

/* Where the run of Han and katakana (at most 12 characters) that ends at `end` starts; a name
   with kana ("みどり精機") runs on to a space, a colon or a line start before it. */
static size_t name_run_start(const char *s, size_t end) {
  size_t a = end, n;
  for (int k = 0; a > 0 && k < 12; k++) {
    uint32_t cp = earn_cp_before(s, a, &n);
    if (!earn_is_han(cp) && !earn_is_katakana(cp))
      break;
    a -= n;
  }
  size_t b = a;
  for (int k = 0; b > 0 && k < 12; k++) {
    uint32_t cp = earn_cp_before(s, b, &n);
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == ':' || cp == 0xFF1A)
      return b < a ? b : a;
    if (!(earn_is_hiragana(cp) && !is_sentence_particle(cp)) && !earn_is_han(cp) &&
        !earn_is_katakana(cp))
      return a;
    b -= n;
  }
  return b == 0 ? b : a;
}

/* A company speaking of itself (当社, 本集团, 该公司) or a word that is no name. */
static bool self_reference(const char *s, size_t a) {
  static const char *const words[] = {"当社", "同社", "本", "该", "該", "公司", "集团", "集團"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strncmp(s + a, words[i], strlen(words[i])) == 0)
      return true;
  return false;
}

/* The name that follows a label: "上場会社名 さくら精工株式会社", "证券简称：远帆科技". */
static bool labelled_name(earn_doc *doc, size_t limit) {
  const char *s = doc->text.s;
  size_t len = doc->text.len;
  static const char *const labels[] = {"上場会社名", "会社名",   "公司简称", "证券简称",
                                       "股票简称",   "公司名称", "證券簡稱"};
  for (size_t l = 0; l < sizeof labels / sizeof labels[0]; l++) {
    const char *hit = strstr(s, labels[l]);
    if (!hit || (size_t)(hit - s) > limit)
      continue;
    size_t a = (size_t)(hit - s) + strlen(labels[l]);
    while (a < len && (s[a] == ' ' || s[a] == ':' || s[a] == '\t'))
      a++;
    size_t b = a;
    for (int k = 0; b < len && k < 30; k++) {
      uint32_t cp = 0;
      size_t n = earn_utf8_decode(s + b, len - b, &cp);
      if (!is_name_cp(cp) && !earn_is_hiragana(cp) && cp != 0x30FB /* ・ */)
        break;
      b += n;
    }
    if (b - a >= 6) {
      set_found(doc, a, b);
      return true;
    }
  }
  return false;
}

/* "碧生源(00926.HK)", "远帆科技（股票代码：600000）": the name before its stock code. */
static bool name_before_code(earn_doc *doc, const earn_quantity *q) {
  const char *s = doc->text.s;
  size_t p = skip_blanks_back(s, q->fstart, 0);
  if (p == 0 || s[p - 1] != '(')
    return false;
  p = skip_blanks_back(s, p - 1, 0);
  size_t a = p, n;
  for (int k = 0; a > 0 && k < 16; k++) {
    uint32_t cp = earn_cp_before(s, a, &n);
    if (!is_name_cp(cp))
      break;
    a -= n;
  }
  while (a < p && s[a] >= '0' && s[a] <= '9')
    a++; /* "2月5日碧生源": not the date before it */
  if (p - a < 6 || self_reference(s, a))
    return false;
  set_found(doc, a, p);
  quoted_alias(doc, p);
  return true;
}

/* "【远帆科技：2021年净利同比预增54%-64%】", "远帆科技公告，…": a news item opens with the name. */
static bool news_lead(earn_doc *doc, size_t limit) {
  const char *s = doc->text.s;
  size_t len = doc->text.len;
  static const char *const opens[] = {"【", "["};
  for (size_t o = 0; o < 2; o++) {
    const char *hit = strstr(s, opens[o]);
    if (!hit || (size_t)(hit - s) > 64 || (size_t)(hit - s) > limit)
      continue;
    size_t a = (size_t)(hit - s) + strlen(opens[o]), b = a;
    for (int k = 0; b < len && k < 16; k++) {
      uint32_t cp = 0;
      size_t n = earn_utf8_decode(s + b, len - b, &cp);
      if (!is_name_cp(cp))
        break;
      b += n;
    }
    if (b < len && s[b] == ':' && b - a >= 6 && !self_reference(s, a)) {
      set_found(doc, a, b);
      return true;
    }
  }
  /* The first sentence: "远帆科技公告，", "远帆科技发布业绩预告：" */
  static const char *const verbs[] = {"公告", "发布", "公布", "披露", "宣布", "表示"};
  for (size_t start = 0; start < limit && start < len;) {
    size_t end = start;
    while (end < len && s[end] != '\n' && !(end + 3 <= len && memcmp(s + end, "。", 3) == 0))
      end++;
    for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
      size_t m = strlen(verbs[v]);
      for (size_t i = start; i + m <= end; i++) {
        if (memcmp(s + i, verbs[v], m) != 0)
          continue;
        size_t a = name_run_start(s, i);
        if (a >= start && i - a >= 6 &&
            (a == start || s[a - 1] == ',' || s[a - 1] == ' ' || memcmp(s + a - 3, "】", 3) == 0) &&
            !self_reference(s, a)) {
          set_found(doc, a, i);
          return true;
        }
        break;
      }
    }
    if (end >= len || end > 400)
      break;
    start = end + (s[end] == '\n' ? 1 : 3);
  }
  return false;
}

static bool find_cjk_suffix(earn_doc *doc, size_t limit) {
  const char *s = doc->text.s;
  size_t best = SIZE_MAX, best_n = 0;
  for (size_t i = 0; i < sizeof cjk_suffixes / sizeof cjk_suffixes[0]; i++) {
    const char *hit = NULL;
    size_t from = 0;
    /* The first hit with a name before it. */
    while ((hit = strstr(s + from, cjk_suffixes[i])) && (size_t)(hit - s) < limit) {
      size_t at = (size_t)(hit - s);
      size_t a = name_run_start(s, at);
      if (at - a >= 6 && at < best && !self_reference(s, a)) {
        best = at;
        best_n = strlen(cjk_suffixes[i]);
        break;
      }
      from = at + 1;
    }
  }
  if (best == SIZE_MAX)
    return false;
  size_t a = name_run_start(s, best);
  /* "星澜集团有限公司": one ending may follow another. */
  for (bool longer = true; longer;) {
    longer = false;
    for (size_t i = 0; i < sizeof cjk_suffixes / sizeof cjk_suffixes[0]; i++) {
      size_t n = strlen(cjk_suffixes[i]);
      if (strncmp(s + best + best_n, cjk_suffixes[i], n) == 0) {
        best_n += n;
        longer = true;
        break;
      }
    }
  }
  set_issuer(doc, s, a, best + best_n, best);
  quoted_alias(doc, best + best_n);
  return true;
}

static bool ends_with_any(const char *s, size_t a, size_t b, const char *const *words, size_t n) {
  for (size_t i = 0; i < n; i++) {
    size_t k = strlen(words[i]);
    if (b - a >= k && memcmp(s + b - k, words[i], k) == 0)
      return true;
  }
  return false;
}

/* "蒼嶺テクノロジー（Soryo Technology）は11日、…の決算を発表した", "云帆科技实现营业收入…": the
   subject of the sentence that announces or reports the results. A business's name
   ("光学模组业务实现…") is no company. */
static bool find_announcer(earn_doc *doc, size_t limit) {
  const char *s = doc->text.s;
  static const char *const verbs[] = {"決算を発表", "業績を発表", "公布", "发布",
                                      "披露",       "宣布",       "实现"};
  static const char *const units[] = {"业务", "板块", "分部", "部门", "产品",
                                      "事業", "部門", "公司", "集团"};
  for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
    const char *hit = strstr(s, verbs[v]);
    if (!hit || (size_t)(hit - s) > limit)
      continue;
    size_t at = (size_t)(hit - s);
    /* Chinese: the name right before the verb, past a period ("青松电子2025年前三季度实现"). */
    for (size_t i = doc->nq; i-- > 0;) {
      const earn_quantity *q = &doc->q[i];
      if (q->fend == at && (q->kind == EARN_Q_PERIOD || q->kind == EARN_Q_DATE)) {
        at = q->fstart;
        while (at > 0 && (s[at - 1] == ',' || s[at - 1] == ' '))
          at--;
        break;
      }
      if (q->fend < at)
        break;
    }
    size_t a = name_run_start(s, at), m = 0;
    bool metric =
        earn_lexicon_match_before(doc->ex->lex, EARN_LEX_METRIC, doc->lang, s, at, &m) != NULL;
    if (doc->lang == EARN_LANG_ZH && at - a >= 6 && !metric &&
        !ends_with_any(s, a, at, units, sizeof units / sizeof units[0]) && !self_reference(s, a)) {
      set_issuer(doc, s, a, at, at);
      return true;
    }
    /* Japanese: back to the start of the sentence, then its first name before は or (. */
    size_t start = at;
    while (start > 0 && s[start - 1] != '\n' && (start < 3 || memcmp(s + start - 3, "。", 3)))
      start--;
    for (size_t i = start; i < at; i++) {
      if (i + 3 <= at && (memcmp(s + i, "は", 3) == 0 || s[i] == '(')) {
        a = name_run_start(s, i);
        if (i - a >= 6 && a >= start) {
          set_issuer(doc, s, a, i, i);
          return true;
        }
        break;
      }
    }
  }
  return false;
}

/* ---- names in English -------------------------------------------------------------------- */

static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

/* The capitalised name that ends at `end` ("Sears, Roebuck and Co.", "Tidecrest Robotics,
   Inc.", "MGM RESORTS INTERNATIONAL"): its words back to a line start, a dash or a word in
   lower case; "and", "&" and "of" may join its words. Returns its start, or `end` if none. */
static size_t en_name_before(const char *s, size_t floor, size_t end) {
  size_t a = end, p = end;
  int words = 0;
  while (p > floor && words < 8) {
    while (p > floor && s[p - 1] == ' ')
      p--;
    if (p > floor && s[p - 1] == ',') /* "Sears, Roebuck and Co.": a comma inside a name */
      p--;
    size_t w = p;
    while (w > floor && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != ',' && s[w - 1] != '(' &&
           s[w - 1] != ')' && s[w - 1] != '"')
      w--;
    if (w == p)
      break;
    bool joiner = (p - w == 3 && strncmp(s + w, "and", 3) == 0) || (p - w == 1 && s[w] == '&') ||
                  (p - w == 2 && strncmp(s + w, "of", 2) == 0);
    bool cap = is_upper((unsigned char)s[w]) || (s[w] >= '0' && s[w] <= '9');
    if (!cap && !joiner)
      break;
    p = w;
    if (cap)
      a = w;
    words++;
  }
  return a;
}

/* Is [a, b) a name rather than a word that opens a sentence ("The Company", "We", "It")? */
static bool en_is_name(const char *s, size_t a, size_t b) {
  static const char *const not_names[] = {"The Company", "The company", "We",   "It", "The",
                                          "Company",     "Today",       "This", "Our"};
  if (b <= a + 1)
    return false;
  for (size_t i = 0; i < sizeof not_names / sizeof not_names[0]; i++)
    if (strlen(not_names[i]) == b - a && strncmp(s + a, not_names[i], b - a) == 0)
      return false;
  return true;
}

/* Trim a name read back from a position: blanks, and a dateline dash or a comma before it. */
static bool take_en_name(earn_doc *doc, size_t a, size_t b) {
  const char *s = doc->text.s;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == ','))
    b--;
  while (a < b && s[a] == ' ')
    a++;
  if (!en_is_name(s, a, b))
    return false;
  set_found(doc, a, b);
  return true;
}

/* "Sears, Roebuck and Co. (NYSE: S) today reported": the name before its ticker. */
static bool en_name_before_ticker(earn_doc *doc, size_t limit) {
  const char *s = doc->text.s;
  for (size_t i = 0; i < doc->nq && doc->q[i].fstart < limit; i++) {
    const earn_quantity *q = &doc->q[i];
    if (q->kind != EARN_Q_LABEL || strcmp(q->rule, "label.ticker") != 0)
      continue;
    size_t p = skip_blanks_back(s, q->fstart, 0);
    if (p == 0 || s[p - 1] != '(')
      continue;
    size_t end = skip_blanks_back(s, p - 1, 0);
    size_t floor = end > 120 ? end - 120 : 0;
    if (take_en_name(doc, en_name_before(s, floor, end), end))
      return true;
  }
  return false;
}

/* "BOSTON, Feb. 12, 2026 -- Tidecrest Robotics Inc. today announced": the subject of the lead's
   reporting verb. */
static bool en_lead_subject(earn_doc *doc, size_t limit) {
  const char *s = doc->text.s;
  static const char *const verbs[] = {" today reported", " today announced", " today released",
                                      " today posted",   " announced today", " reported today",
                                      " today reports",  " today announces", " reported",
                                      " announced"};
  for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
    const char *hit = strstr(s, verbs[v]);
    if (!hit || (size_t)(hit - s) > limit)
      continue;
    size_t end = (size_t)(hit - s);
    /* past a parenthesis: "(NASDAQ: KSTR)" */
    if (end > 0 && s[end - 1] == ')') {
      size_t k = end - 1;
      while (k > 0 && s[k] != '(' && end - k < 40)
        k--;
      if (s[k] == '(')
        end = skip_blanks_back(s, k, 0);
    }
    size_t floor = end > 120 ? end - 120 : 0;
    if (take_en_name(doc, en_name_before(s, floor, end), end))
      return true;
  }
  return false;
}

/* "Sears Reports Second Quarter 2004 Results", "TIDECREST ROBOTICS ANNOUNCES …": the title's
   subject. */
static bool en_title_subject(earn_doc *doc) {
  const char *s = doc->text.s;
  size_t len = doc->text.len, a = 0;
  while (a < len && (s[a] == ' ' || s[a] == '\n' || s[a] == '\t'))
    a++;
  /* (a first line that is only an exhibit number is no title) */
  for (int lines = 0; lines < 3 && a < len; lines++) {
    const char *nl = memchr(s + a, '\n', len - a);
    size_t e = nl ? (size_t)(nl - s) : len;
    static const char *const verbs[] = {" Reports ",  " Announces ", " Posts ",    " Releases ",
                                        " Delivers ", " Reported ",  " Announced "};
    for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++) {
      size_t n = strlen(verbs[v]);
      for (size_t i = a; i + n <= e; i++)
        if (strncasecmp(s + i, verbs[v], n) == 0 && is_upper((unsigned char)s[i + 1])) {
          size_t start = en_name_before(s, a, i);
          if (start == a && take_en_name(doc, a, i))
            return true;
          break;
        }
    }
    a = e;
    while (a < len && (s[a] == ' ' || s[a] == '\n' || s[a] == '\t'))
      a++;
  }
  return false;
}

static bool find_en_suffix(earn_doc *doc, size_t limit) {
  const char *s = doc->text.s;
  for (size_t i = 0; i < limit; i++) {
    for (size_t k = 0; k < sizeof en_suffixes / sizeof en_suffixes[0]; k++) {
      size_t n = strlen(en_suffixes[k]);
      if (strncmp(s + i, en_suffixes[k], n) != 0)
        continue;
      char after = s[i + n];
      if ((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z'))
        continue;
      size_t floor = i > 120 ? i - 120 : 0;
      size_t a = en_name_before(s, floor, i);
      if (a == i)
        continue;
      if (strcasecmp(en_suffixes[k], " Company") == 0 && strncasecmp(s + a, "The ", 4) == 0)
        continue; /* "The Company" */
      set_issuer(doc, s, a, i + n, s[i - 1] == ',' ? i - 1 : i);
      return true;
    }
  }
  return false;
}

static bool name_before_any_code(earn_doc *doc, size_t limit) {
  for (size_t i = 0; i < doc->nq && doc->q[i].fstart < limit; i++) {
    const earn_quantity *q = &doc->q[i];
    if (q->kind == EARN_Q_LABEL &&
        (strcmp(q->rule, "label.ticker_suffix") == 0 || strcmp(q->rule, "label.stock_code") == 0) &&
        name_before_code(doc, q))
      return true;
  }
  return false;
}

void earn_read_issuer(earn_doc *doc, size_t head) {
  const char *given = doc->ex->issuer;
  if (given) {
    size_t n = strlen(given), off;
    earn_report *r = &doc->report;
    if (earn_doc_store(doc, given, n, &off)) {
      r->issuer_off = r->short_off = off;
      r->issuer_len = r->short_len = n;
    }
    return;
  }
  if (doc->lang == EARN_LANG_EN) {
    if (en_name_before_ticker(doc, head) || en_lead_subject(doc, head) || en_title_subject(doc))
      return;
    find_en_suffix(doc, head);
    return;
  }
  if (labelled_name(doc, head) || name_before_any_code(doc, head) || news_lead(doc, head) ||
      find_cjk_suffix(doc, head) || find_announcer(doc, head))
    return;
  if (!en_name_before_ticker(doc, head))
    find_en_suffix(doc, head);
}
