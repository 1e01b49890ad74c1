/* SPDX-License-Identifier: MIT */
/* Scopes: what headings, lead-ins and period openers say about the sentences under them. A
   heading ("Full Year 2025 Highlights", "①運送事業", "Outlook", 業績予想) sets the period, the
   segment or the kind of what follows it until the next heading; a lead-in ("Outlook for the
   first quarter of 2026 is as follows:") does so until the next blank line; a sentence that
   opens with a period ("For fiscal year 2014, …", "上半年合计，") gives that period to the
   later sentences of its paragraph. */
#include <strings.h>

#include "reader.h"

/* A line that reads as a heading: short, no sentence ending, no amount in it; a title that
   ends with a colon ("Full Year 2022 Financial Highlights:") too. */
/* Does [start, end) hold more than blanks and bullets (•, ▪, the private-use bullets of
   text taken from a PDF)? */
static bool has_text(const char *s, size_t start, size_t end) {
  for (size_t i = start; i < end;) {
    uint32_t cp = (unsigned char)s[i];
    size_t n = earn_utf8_decode(s + i, end - i, &cp);
    if (n == 0)
      return true;
    bool bullet = cp == ' ' || cp == '\n' || cp == '\t' || cp == '-' || cp == '*' || cp == 0x2022 ||
                  (cp >= 0x25A0 && cp <= 0x25FF) || (cp >= 0xE000 && cp <= 0xF8FF);
    if (!bullet)
      return true;
    i += n;
  }
  return false;
}

static bool is_heading_line(const earn_doc *doc, size_t start, size_t end) {
  const char *s = doc->text.s;
  size_t e = skip_blanks_back(s, end, start);
  if (e > start && s[e - 1] == ':')
    e--;
  if (!has_text(s, start, e) || !earn_is_heading(s, start, e))
    return false;
  bool letter = false; /* ("25-30" alone on its line is a cell, no heading) */
  for (size_t i = start; i < e && !letter; i++)
    letter = ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') || (unsigned char)s[i] >= 0x80;
  if (!letter)
    return false;
  for (size_t i = earn_doc_quantity_from(doc, start); i < doc->nq && doc->q[i].fstart < end; i++) {
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
      "highlights", "results", "reporting", "report", "outlook", "overview", "summary", "review",
      "performance", "statement", "statements", "commentary", "call", "guidance", "liquidity",
      "dividend", "dividends", "about", "financial", "business", "operating", "information",
      "notes", "safe", "harbor", "conference", "webcast", "contact", "contacts", "investor",
      "relations", "media", "appendix", "reconciliation", "measures", "key", "metrics", "segment",
      "segments", "corporate", "recent", "developments", "update", "updates", "management", "board",
      "capital", "returns", "share", "repurchase", "balance", "sheet", "table", "tables",
      "forward-looking", "quarterly", "annual", "fiscal", "unaudited", "consolidated", "selected",
      "supplemental", "use", "non-gaap", "gaap", "release", "immediate", "news", "press",
      "embargoed", "exhibit", "page", "for",
      /* the scale of a cell above: "$8.51 - $8.53" / "Billion" */
      "billion", "million", "thousand", "trillion", "change"};
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0)
      return true;
  return false;
}

/* A short heading in title case that is no section title: "Marine Systems", "All Others". */
static bool names_business(const earn_doc *doc, const earn_kwlist *kws, size_t start, size_t end) {
  const char *s = doc->text.s;
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
  bool has_word = false; /* (a joiner is no word of a title: "Network and Edge") */
  for (const earn_kw *k = earn_kw_from(kws, start); k && k < kws->at + kws->n && k->start < end;
       k++)
    has_word |= earn_kw_cue(k) != EARN_CUE_JOIN;
  return words >= 1 && words <= 4 && !has_word;
}

/* The heading's text without blanks around it. */
static void trim(const char *s, size_t *start, size_t *end) {
  while (*end > *start && (s[*end - 1] == '\n' || s[*end - 1] == ' '))
    (*end)--;
  while (*start < *end && s[*start] == ' ')
    (*start)++;
}

/* A Japanese heading with a case particle or a comma is a phrase ("■過去最高益を更新",
   "①売上は堅調に推移"), not the name of a business; の joins names ("その他の事業") and stays. */
static bool reads_as_clause(const char *s, size_t start, size_t end) {
  for (size_t i = start; i < end;) {
    uint32_t cp = 0;
    size_t n = earn_utf8_decode(s + i, end - i, &cp);
    if (cp == 0x3092 || cp == 0x304C || cp == 0x306F || cp == 0x306B || cp == 0x3067 ||
        cp == 0x3082 || cp == 0x3001 || cp == 0xFF0C)
      return true; /* をがはにでも、， */
    i += n ? n : 1;
  }
  return false;
}

/* Where an enumerator in parentheses at s[start] ends ("(2)", "(iii)", "（ロ）", "（一）"): up
   to three characters and the closing parenthesis; 0 when there is none. */
static size_t enumerator_close(const char *s, size_t start, size_t end) {
  size_t p = start + 1;
  for (int chars = 0; p < end && chars < 4; chars++) {
    if (s[p] == ')')
      return chars > 0 && p + 1 < end ? p + 1 : 0;
    if (s[p] == ' ' || s[p] == '(')
      return 0;
    uint32_t cp = 0;
    size_t n = earn_utf8_decode(s + p, end - p, &cp);
    p += n ? n : 1;
  }
  return 0;
}

/* How many 「 open in s[start, end). */
static int count_quotes(const char *s, size_t start, size_t end) {
  int n = 0;
  for (size_t i = start; i + 3 <= end; i++)
    n += memcmp(s + i, "「", 3) == 0;
  return n;
}

/* A heading in brackets or after a bullet: the title of a part of what the heading above
   it opened. */
static bool sub_heading(const char *s, size_t start, size_t end) {
  trim(s, &start, &end);
  uint32_t cp = 0;
  if (start >= end || !earn_utf8_decode(s + start, end - start, &cp))
    return false;
  return cp == 0x3014 || cp == 0xFF3B || cp == 0x3010 || cp == 0x3008 || cp == 0x300A ||
         cp == 0xFF1C || cp == '<' || cp == '[' || cp == 0x30FB || cp == 0x25CF || cp == 0x25A0 ||
         cp == 0x25A1 || cp == 0x25C6 || cp == 0x25C7 || cp == 0x25CB || cp == 0x25CE ||
         cp == 0x2022; /* 〔［【〈《＜ ・●■□◆◇○◎• */
}

/* The segment a heading names: "①運送事業", "(2) 倉庫事業", "【半導体事業】", "■発電部門",
   "Example Cloud Group", "Marine Systems"; false for section titles ("Segment Reporting",
   "二、分产品经营情况"). */
static bool heading_segment(const earn_doc *doc, const earn_kwlist *kws, size_t start, size_t end,
                            bool in_segment, size_t *a, size_t *b) {
  const char *s = doc->text.s;
  trim(s, &start, &end);
  bool marker = false;
  uint32_t cp = 0;
  size_t n = start < end ? earn_utf8_decode(s + start, end - start, &cp) : 0;
  if ((cp >= 0x2460 && cp <= 0x2473) || /* ①-⑳ */
      cp == 0x25A0 || cp == 0x25A1 || cp == 0x25C6 || cp == 0x25C7 || cp == 0x25CF ||
      cp == 0x25CB || cp == 0x25CE || cp == 0x30FB || cp == 0x2022) { /* ■□◆◇●○◎・• */
    start += n;
    marker = true;
  } else if (start + n + 1 < end && s[start + n] == '.' && n <= 3 && cp != '.' &&
             (cp >= 0x80 || s[start + n + 1] == ' ' || (unsigned char)s[start + n + 1] >= 0x80)) {
    start += n + 1; /* "ａ．リアルエクスペリエンス事業", "イ．委託手数料", "A. Marine" */
    marker = true;
  } else if (s[start] == '(' && enumerator_close(s, start, end)) {
    start = enumerator_close(s, start, end); /* "(2) 倉庫事業", "（ロ）ＩＴソリューション事業" */
    marker = true;
  } else if ((cp == 0x3010 || cp == 0x3008 || cp == 0x300A || cp == 0xFF3B) && end - start > 6) {
    /* 【半導体事業】, 〈…〉, 《…》, ［…］ */
    size_t close = 0;
    uint32_t last = earn_cp_before(s, end, &close);
    if (last == 0x3011 || last == 0x3009 || last == 0x300B || last == 0xFF3D) {
      start += n;
      end -= close;
      marker = true;
    }
  } else if ((cp == 0x3014 || cp == '(') && end - start > 6) {
    /* 〔印刷事業〕, （界面活性剤）: a business; under one, the same brackets hold its parts
       (〔電池材料〕 under ①機能材料), and only a name with a business's suffix counts */
    size_t close = 0;
    uint32_t last = earn_cp_before(s, end, &close);
    if (last == (cp == '(' ? (uint32_t)')' : 0x3015u)) {
      start += n;
      end -= close;
      marker = !in_segment;
    }
  }
  while (start < end && s[start] == ' ')
    start++;
  if (marker && end - start > 2 && s[start] == '(' && s[end - 1] == ')') {
    start++; /* "①　(運輸業)" */
    end--;
  }
  /* "Edge Devices Group (EDG)": the name without its abbreviation */
  if (end - start > 6 && s[end - 1] == ')') {
    size_t open = end - 1;
    while (open > start && s[open - 1] >= 'A' && s[open - 1] <= 'Z' && end - open < 9)
      open--;
    if (open > start + 2 && open < end - 1 && s[open - 1] == '(' && s[open - 2] == ' ')
      end = open - 2;
  }
  /* 「国内きのこ事業」: a name in quotes on a line of its own */
  bool quoted =
      start + 3 <= end && (memcmp(s + start, "「", 3) == 0 || memcmp(s + start, "『", 3) == 0 ||
                           memcmp(s + start, "“", 3) == 0);
  if (end - start > 6 && memcmp(s + start, "「", 3) == 0 && memcmp(s + end - 3, "」", 3) == 0 &&
      count_quotes(s, start, end) == 1) {
    start += 3;
    end -= 3;
  }
  static const char *const suffixes[] = {"事業",      "部門",       "事業部",     "业务",
                                         "分部",      "セグメント", " Group",     " Segment",
                                         " Division", " Business",  " Businesses"};
  bool named = false;
  for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0] && !named; i++)
    named = ends_with_word(s, start, end, suffixes[i]);
  size_t chars = 0;
  for (size_t i = start; i < end; i++)
    chars += ((unsigned char)s[i] & 0xC0) != 0x80;
  /* editors' marks in parentheses: （中略）, （注）, （参考） */
  static const char *const marks[] = {"中略",     "前略", "後略", "略",   "省略", "以下略",
                                      "以下省略", "注",   "注記", "参考", "単位"};
  for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
    if (end - start == strlen(marks[i]) && memcmp(s + start, marks[i], end - start) == 0)
      return false;
  if (end - start >= 6 && (memcmp(s + start, "単位", 6) == 0 || memcmp(s + start, "单位", 6) == 0))
    return false; /* "（単位：百万円、％）" */
  /* a quoted phrase without a business's suffix is a slogan: "(b) 「イノベーション(変わる)」" */
  if (start >= end || chars > 40 || (quoted && !named) ||
      !(named || (marker && chars <= 16 && !reads_as_clause(s, start, end)) ||
        names_business(doc, kws, start, end)))
    return false;
  /* A heading with a metric word or a cue is a title, not a business ("売上高の状況"). */
  for (const earn_kw *k = earn_kw_from(kws, start);
       !named && k && k < kws->at + kws->n && k->start < end; k++)
    if (earn_kw_cue(k) != EARN_CUE_JOIN)
      return false;
  *a = start;
  *b = end;
  return true;
}

/* The kind a heading or lead-in gives what follows it: an outlook or target word that opens or
   closes it ("Outlook", "Fiscal 2027 Guidance", "業績予想", "今後の見通し", "业绩展望"). A
   results heading that mentions an outlook ("Results and Outlook") gives none. */
static earn_fact_kind heading_kind(const earn_doc *doc, const earn_kwlist *kws, size_t start,
                                   size_t end) {
  const char *s = doc->text.s;
  trim(s, &start, &end);
  while (end > start && (s[end - 1] == ':' || s[end - 1] == ')'))
    end--;
  end = skip_blanks_back(s, end, start);
  earn_fact_kind kind = EARN_FACT_ACTUAL;
  for (const earn_kw *k = earn_kw_from(kws, start); k && k < kws->at + kws->n && k->start < end;
       k++) {
    int cue = earn_kw_cue(k);
    if (cue != EARN_CUE_GUIDANCE && cue != EARN_CUE_TARGET)
      continue;
    bool opens = true;
    for (size_t i = start; i < k->start && opens; i++) {
      unsigned char c = (unsigned char)s[i];
      opens = c == ' ' || c == '-' || c == '*' || c >= 0x80 || (c >= '0' && c <= '9');
    }
    bool closes = skip_blanks(s, end, k->end) >= end;
    if (opens || closes)
      kind = cue == EARN_CUE_GUIDANCE ? EARN_FACT_GUIDANCE : EARN_FACT_TARGET;
  }
  return kind;
}

/* A heading about the whole company: a word for it ("Consolidated", 連結, 集团) and no other
   name. */
static bool names_company(const earn_kwlist *kws, size_t start, size_t end) {
  for (const earn_kw *k = earn_kw_from(kws, start); k && k < kws->at + kws->n && k->start < end;
       k++)
    if (earn_kw_cue(k) == EARN_CUE_GROUP)
      return true;
  return false;
}

/* The first period the words of [start, end) name: a label or a period word. */
static bool first_period(const earn_doc *doc, const earn_kwlist *kws, size_t start, size_t end,
                         earn_fperiod *out, size_t *at) {
  size_t best = SIZE_MAX;
  for (size_t i = earn_doc_quantity_from(doc, start); i < doc->nq && doc->q[i].fstart < end; i++) {
    earn_fperiod p;
    if (earn_quantity_period(doc, &doc->q[i], &p) && p.fy > 0) {
      *out = p;
      best = doc->q[i].fstart;
      break;
    }
  }
  for (const earn_kw *k = earn_kw_from(kws, start);
       k && k < kws->at + kws->n && k->start < end && k->start < best; k++) {
    int cue = earn_kw_cue(k);
    if (cue >= EARN_CUE_P_FY && cue <= EARN_CUE_P_CURRENT) {
      earn_fperiod p = earn_report_relative(doc, cue);
      if (p.fy > 0) {
        *out = p;
        best = k->start;
        break;
      }
    }
  }
  if (at)
    *at = best;
  return best != SIZE_MAX;
}

/* "For fiscal year 2014, total revenues…", "上半年合计，…": a period that opens the sentence,
   before any metric word, holds for the rest of its paragraph. */
static bool opening_period(const earn_doc *doc, const earn_kwlist *kws, size_t start, size_t end,
                           earn_fperiod *out) {
  size_t at;
  if (end > start + 49)
    end = start + 49; /* (it opens the sentence: nothing further on counts) */
  if (!first_period(doc, kws, start, end, out, &at) || at - start > 48)
    return false;
  const earn_kw *k = earn_kw_from(kws, start);
  for (; k && k < kws->at + kws->n && k->start < at; k++)
    if (k->e->category == EARN_LEX_METRIC ||
        (k->e->term_len >= 6 && strncasecmp(k->e->term, "exclud", 6) == 0))
      return false; /* (nor the period of what "Excluding these current year charges" leaves out) */
  for (size_t i = earn_doc_quantity_from(doc, start); i < doc->nq && doc->q[i].fstart < at; i++)
    if (doc->q[i].kind == EARN_Q_MONEY || doc->q[i].kind == EARN_Q_PERCENT)
      return false;
  return true;
}

/* A lead-in: a sentence that ends with a colon and says what the lines under it are
   ("Outlook for the first quarter of 2026 is as follows:", "2026年度の業績予想は以下の通り："). */
/* What a sentence says of breakdowns: whether it opens one ("収益等の内訳は次のとおり",
   "機種分類別の内訳と致しましては"), and the first line item it names (the one broken down,
   or one named again, which ends a breakdown). */
static bool read_breakdown(const earn_kwlist *kws, size_t start, size_t end,
                           const earn_lex_entry **item) {
  bool opens = false;
  *item = NULL;
  for (const earn_kw *k = earn_kw_from(kws, start); k && k < kws->at + kws->n && k->start < end;
       k++) {
    opens |= earn_kw_cue(k) == EARN_CUE_BREAKDOWN;
    if (!*item && k->e->category == EARN_LEX_METRIC && strcmp(k->e->unit, "other") != 0)
      *item = k->e;
  }
  return opens;
}

static bool is_lead_in(const earn_doc *doc, size_t start, size_t end) {
  const char *s = doc->text.s;
  end = skip_blanks_back(s, end, start);
  if (end > start && s[end - 1] == ':')
    return true;
  /* "Acme is providing the following financial guidance for FY24." */
  if (doc->lang != EARN_LANG_EN)
    return false;
  for (const char *f = memchr(s + start, 'f', end - start); f && f + 10 <= s + end;
       f = memchr(f + 1, 'f', (size_t)(s + end - f - 1)))
    if (memcmp(f, "following ", 10) == 0 && f >= s + start + 4 &&
        strncasecmp(f - 4, "the ", 4) == 0)
      return true;
  return false;
}

/* Is the line before the one that starts at `start` empty or blank? */
static bool blank_line_before(const char *s, size_t start) {
  size_t p = start - 1; /* the line break that ends it */
  while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t'))
    p--;
  return p == 0 || s[p - 1] == '\n';
}

/* Does [start, end) hold a figure and at most max_words words in max_len bytes, blanks after
   it aside? */
static bool figure_alone(const char *s, size_t start, size_t end, int max_words, size_t max_len) {
  bool digit = false;
  int words = 1;
  end = skip_blanks_back(s, end, start);
  for (size_t i = start; i < end; i++) {
    digit |= s[i] >= '0' && s[i] <= '9';
    words += s[i] == ' ' && i + 1 < end && s[i + 1] != ' ';
  }
  return digit && words <= max_words && end - start <= max_len;
}

/* A cell of a table laid out one cell per line: a line of a figure and at most two words
   ("-10.0%", "$4.6 billion", "down 27%"). */
static bool is_cell_line(const char *s, size_t start, size_t end) {
  return figure_alone(s, start, end, 3, 24);
}

/* A line of a period alone, or of the period compared with ("Q1 2023", "vs. Q1 2022"): a
   column's header. */
static bool column_header(const earn_doc *doc, size_t start, size_t end) {
  const char *s = doc->text.s;
  end = skip_blanks_back(s, end, start);
  if (end - start > 40)
    return false;
  if (strncasecmp(s + start, "vs", 2) == 0 || strncasecmp(s + start, "versus", 6) == 0)
    return true;
  size_t i = earn_doc_quantity_from(doc, start);
  if (i >= doc->nq || doc->q[i].fstart > start + 1 || doc->q[i].fend < end - 1)
    return false;
  return doc->q[i].kind == EARN_Q_PERIOD || doc->q[i].kind == EARN_Q_DATE;
}

/* Does the next line with text, from `pos` on, hold a figure alone ("25-30", "$10.95 billion
   to $11.05 billion", "approximately $900 million")? */
static bool labels_next_line(const char *s, size_t len, size_t pos) {
  while (pos < len) {
    size_t eol = pos;
    while (eol < len && s[eol] != '\n')
      eol++;
    if (has_text(s, pos, eol))
      return figure_alone(s, pos, eol, 6, 40) && s[skip_blanks_back(s, eol, pos) - 1] != '.';
    pos = eol + 1;
  }
  return false;
}

static bool opens_quote(const char *s, size_t start, size_t end) {
  while (start < end && s[start] == ' ')
    start++;
  return start < end &&
         (s[start] == '"' || (end - start >= 3 &&
                              (memcmp(s + start, "“", 3) == 0 || memcmp(s + start, "「", 3) == 0)));
}

/* A heading line that names one line item and little else ("Net revenue growth", "Earnings
   per share (EPS)", "Core EPS") labels a figure on the line after it. */
static bool read_label(earn_scope_reader *sr, const earn_kwlist *kws, const char *s, size_t start,
                       size_t end) {
  const earn_lex_entry *item = NULL;
  int basis = 0;
  bool growth = false;
  size_t words = 1;
  for (size_t i = start; i < end; i++)
    words += s[i] == ' ';
  for (const earn_kw *k = earn_kw_from(kws, start); k && k < kws->at + kws->n && k->start < end;
       k++) {
    int cue = earn_kw_cue(k);
    if (k->e->category == EARN_LEX_METRIC && strcmp(k->e->unit, "other") != 0) {
      if (item && strcmp(item->unit, k->e->unit) != 0)
        return false; /* (two line items: a title; "Earnings per share (EPS)" is one) */
      item = k->e;
    } else if (cue == EARN_CUE_ADJUSTED || cue == EARN_CUE_COMPARABLE) {
      basis = (cue == EARN_CUE_ADJUSTED ? EARN_BASIS_ADJUSTED : EARN_BASIS_COMPARABLE) + 1;
    } else if (cue == EARN_CUE_UP || cue == EARN_CUE_RATE) {
      growth = true;
    }
  }
  size_t e = skip_blanks_back(s, end, start);
  growth |= ends_with_word(s, start, e, " change") || ends_with_word(s, start, e, " growth");
  if (!item || words > 8)
    return false;
  /* "Foreign exchange impact on net revenue": a label of something else the line item has */
  const earn_kw *first = earn_kw_from(kws, start);
  for (; first && first < kws->at + kws->n && first->e != item; first++)
    ;
  uint32_t cp = 0; /* ("収益不動産販売事業": a line item's word inside a business's name) */
  if (first && first->end < end && earn_utf8_decode(s + first->end, end - first->end, &cp) &&
      (earn_is_han(cp) || earn_is_katakana(cp)) && !earn_kw_starting_at(kws, first->end))
    return false;
  for (size_t i = start; first && i + 4 <= first->start; i++)
    if (strncasecmp(s + i, " on ", 4) == 0 || strncasecmp(s + i, " of ", 4) == 0 ||
        strncasecmp(s + i, "impact", 6) == 0 || strncasecmp(s + i, "effect", 6) == 0)
      return false;
  sr->label = item;
  sr->label_growth = growth;
  sr->label_basis = basis;
  /* (a table's caption says what its rows are: "Segment Revenue and Trends", "Revenue
     by Segment") */
  static const char *const rows[] = {"segment", "business", "unit", "trends", " by ", "division"};
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
    for (size_t p = start; p + strlen(rows[i]) <= end; p++)
      if ((p == start || s[p - 1] == ' ' || rows[i][0] == ' ') &&
          strncasecmp(s + p, rows[i], strlen(rows[i])) == 0) {
        sr->caption = item;
        sr->caption_basis = basis;
        return true;
      }
  return true;
}

earn_sentence earn_scope_sentence(earn_scope_reader *sr, const earn_doc *doc,
                                  const earn_kwlist *kws, size_t start, size_t end, bool quiet) {
  const char *s = doc->text.s;
  size_t len = doc->text.len;
  earn_sentence st = {.start = start,
                      .end = end,
                      .type = EARN_SENT_PROSE,
                      .label = sr->label,
                      .label_growth = sr->label_growth,
                      .label_basis = sr->label_basis};
  /* (a label speaks for the line right after it, or for a row's cells and the column headers
     between them) */
  /* (what only a label, a caption, a lead-in or a business's heading before needs to know) */
  bool pending = sr->label || sr->caption || sr->lead_in || sr->listing || sr->seg_heading;
  bool text = pending && has_text(s, start, end);
  bool cell = text && (sr->label_row || sr->caption) && (start == 0 || s[start - 1] == '\n') &&
              (end >= len || s[end - 1] == '\n') &&
              (is_cell_line(s, start, end) || column_header(doc, start, end));
  if (text && !(sr->label_row && cell)) {
    sr->label = NULL;
    sr->label_row = false;
  }
  if (sr->caption && text && !cell && !is_heading_line(doc, start, end))
    sr->caption = NULL; /* (prose after the table) */
  bool line_start = start == 0 || s[start - 1] == '\n';
  bool line_end = end >= len || s[end - 1] == '\n';
  bool blank_before = start == 0 || (line_start && blank_line_before(s, start));
  st.line_start = line_start;
  /* A new paragraph: after a blank line, or at a line start where lines are paragraphs. */
  if (blank_before || (line_start && (doc->lang != EARN_LANG_EN || doc->html))) {
    /* (blank lines right after the lead-in come before its list, not after it) */
    if (sr->lead_in && blank_before && sr->lead_in_items) {
      sr->lead_in = false;
      sr->scope.kind = EARN_FACT_ACTUAL;
    }
    if (!sr->lead_in) /* (a lead-in's period holds for its list) */
      sr->scope.has_paragraph = false;
    /* A quotation under an outlook heading is management's commentary, not the outlook. */
    if (opens_quote(s, start, end))
      sr->scope.kind = EARN_FACT_ACTUAL;
  }
  if (sr->lead_in && text)
    sr->lead_in_items = true;
  if (sr->listing && text) {
    /* (the list goes on, over the blank and bullet lines between its items, to a line that
       names a line item of its own) */
    for (const earn_kw *k = earn_kw_from(kws, start);
         k && k < kws->at + kws->n && k->start < end && sr->listing; k++)
      sr->listing = k->e->category != EARN_LEX_METRIC;
    st.listed = sr->listing;
  }
  if (line_start && line_end && is_heading_line(doc, start, end)) {
    st.type = EARN_SENT_HEADING;
    earn_scope *sc = &sr->scope;
    earn_fperiod p;
    size_t a, b;
    if (read_label(sr, kws, s, start, end) && !first_period(doc, kws, start, end, &p, NULL)) {
      st.scope = *sc; /* (a line item's label opens no section: "Net sales" under "FY23 Outlook") */
      return st;
    }
    sr->lead_in = sr->listing = false;
    if (sr->caption && column_header(doc, start, end)) {
      /* "Q1 2023", "vs. Q1 2022" between a row's label and its cells: a column's header */
    } else if (first_period(doc, kws, start, end, &p, NULL)) {
      /* A period heading opens a section: "Full Year 2025 Highlights". */
      memset(sc, 0, sizeof *sc);
      sc->has_period = true;
      sc->period = p;
      sc->kind = heading_kind(doc, kws, start, end);
    } else if (heading_segment(doc, kws, start, end, sc->seg[1] > sc->seg[0], &a, &b) &&
               !earn_names_issuer(doc, kws, a, b)) {
      /* A business's heading opens a part of the section: "Marine Systems", "■発電部門". */
      sc->seg[0] = a;
      sc->seg[1] = b;
      sc->has_paragraph = false;
      sr->seg_heading = true;
      sr->seg_cells = false;
      if (sr->caption) { /* a row of the captioned table */
        sr->label = sr->caption;
        sr->label_basis = sr->caption_basis;
        sr->label_growth = false;
        sr->label_row = true;
      }
    } else if (names_company(kws, start, end)) {
      sc->seg[0] = sc->seg[1] = 0; /* "Consolidated Results", "連結業績" */
      sc->has_paragraph = false;
    } else {
      earn_fact_kind kind = heading_kind(doc, kws, start, end);
      /* A bracketed or bulleted line of a business's part ("〔電池材料〕" under "①機能材料")
         stays in its section, and so does a row's label above its figure ("New stores, net"
         above "25-30"); any other heading opens another: "Outlook", "Conference Call". */
      if (!labels_next_line(s, len, end) &&
          (kind != EARN_FACT_ACTUAL || !sub_heading(s, start, end))) {
        memset(sc, 0, sizeof *sc);
        sc->kind = kind;
      }
    }
    st.scope = *sc;
    return st;
  }
  if (sr->seg_heading && text) {
    if (line_start && line_end && is_cell_line(s, start, end)) {
      sr->seg_cells = true;
    } else {
      if (sr->seg_cells) /* (the prose after a table's row) */
        sr->scope.seg[0] = sr->scope.seg[1] = 0;
      sr->seg_heading = false;
    }
  }
  if (quiet) {
    st.scope = sr->scope;
    return st;
  }
  if (line_start && earn_is_table_row(s, start, end)) { /* (a row is a whole line) */
    st.type = EARN_SENT_TABLE;
    st.scope = sr->scope;
    return st;
  }
  const earn_lex_entry *item;
  if (read_breakdown(kws, start, end, &item)) {
    sr->scope.breakdown = true;
    sr->scope.breakdown_of = item;
  } else if (item) {
    sr->scope.breakdown = false;
  }
  st.scope = sr->scope;
  earn_fperiod p;
  if (is_lead_in(doc, start, end)) {
    sr->listing = true;
    earn_fact_kind kind = heading_kind(doc, kws, start, end);
    bool has = first_period(doc, kws, start, end, &p, NULL);
    if (kind == EARN_FACT_ACTUAL) /* "Outlook for the quarter is as follows:" */
      for (const earn_kw *k = earn_kw_from(kws, start); k && k < kws->at + kws->n && k->start < end;
           k++)
        if (earn_kw_cue(k) == EARN_CUE_GUIDANCE || earn_kw_cue(k) == EARN_CUE_TARGET)
          kind = earn_kw_cue(k) == EARN_CUE_GUIDANCE ? EARN_FACT_GUIDANCE : EARN_FACT_TARGET;
    if (kind != EARN_FACT_ACTUAL || has) {
      sr->lead_in = true;
      sr->lead_in_items = false;
      if (kind != EARN_FACT_ACTUAL)
        sr->scope.kind = kind;
      if (has) {
        sr->scope.has_paragraph = true;
        sr->scope.paragraph = p;
      }
      return st;
    }
  }
  if (opening_period(doc, kws, start, end, &p)) {
    sr->scope.has_paragraph = true;
    sr->scope.paragraph = p;
  }
  return st;
}
