/* SPDX-License-Identifier: MIT */
/* Dates, period labels and names found with PCRE2: the rules of data/lexicon/patterns.tsv
   compiled once into one alternation, so the text is scanned in a single pass. */
#include <stdio.h>
#include <string.h>

#include <pcre2.h>

#include "private.h"

/* The named groups a rule may use to describe what it matched. */
enum group_name {
  G_Y,
  G_M,
  G_D,
  G_MN,
  G_FY,
  G_FY2,
  G_Q,
  G_H,
  G_CY,
  G_CQ,
  G_QA,
  G_QB,
  G_ERA,
  G_EY,
  G_MONTHS,
  G_MA,
  G_MB,
  G_HH,
  G_MI,
  G_COUNT
};
static const char *const group_names[G_COUNT] = {
    "y", "m", "d", "mn", "fy", "fy2", "q", "h", "cy", "cq", "qa", "qb", "era", "ey", "months",
    "ma", "mb", "hh", "mi"};
enum { MAX_DUPLICATES = 16 };

typedef struct rule {
  char *id;
  earn_qkind kind;
  uint32_t group; /* the capture group that wraps the rule's alternative */
} rule;

struct earn_patterns {
  earn_allocator alloc;
  pcre2_general_context *gctx;
  pcre2_code *code;
  rule *rules;
  size_t rule_count;
  /* Group numbers that carry each name (a name may repeat across rules). */
  uint32_t groups[G_COUNT][MAX_DUPLICATES];
  size_t group_count[G_COUNT];
};

struct earn_pattern_scan {
  const earn_patterns *p;
  pcre2_match_data *md;
  pcre2_match_context *mctx;
  pcre2_jit_stack *stack;
};

static void *pcre_malloc(PCRE2_SIZE size, void *ctx) {
  const earn_allocator *a = ctx;
  return earn_malloc(a, size);
}

static void pcre_free(void *ptr, void *ctx) {
  const earn_allocator *a = ctx;
  earn_dealloc(a, ptr);
}

static const earn_embedded *find_patterns_file(void) {
  for (size_t i = 0; i < earn_embedded_lexicon_count; i++)
    if (strcmp(earn_embedded_lexicons[i].name, "patterns.tsv") == 0)
      return &earn_embedded_lexicons[i];
  return NULL;
}

static bool kind_from_name(const char *s, size_t len, earn_qkind *kind) {
  if (len == 4 && memcmp(s, "date", 4) == 0)
    *kind = EARN_Q_DATE;
  else if (len == 6 && memcmp(s, "period", 6) == 0)
    *kind = EARN_Q_PERIOD;
  else if (len == 5 && memcmp(s, "label", 5) == 0)
    *kind = EARN_Q_LABEL;
  else
    return false;
  return true;
}

/* Build "(?<r0>p0)|(?<r1>p1)|..." and the rule table from the data file. A named group, not
   (*MARK), tells which rule matched: a mark would turn off PCRE2's start-of-match bitmap. */
static earn_status assemble(earn_patterns *p, const earn_embedded *file, char **source,
                            earn_error *err) {
  const earn_allocator *a = &p->alloc;
  size_t cap = 0, len = 0, rules_cap = 0, line_no = 0, pos = 0, n = 0;
  char *buf = NULL;
  const char *line;
  while (earn_data_next_line(file, &pos, &line_no, &line, &n)) {
    const char *t1 = memchr(line, '\t', n);
    const char *t2 = t1 ? memchr(t1 + 1, '\t', (size_t)(line + n - t1 - 1)) : NULL;
    earn_qkind kind;
    if (!t2 || !kind_from_name(t1 + 1, (size_t)(t2 - t1 - 1), &kind)) {
      earn_dealloc(a, buf);
      return earn_error_set(err, EARN_ERR_SYNTAX, SIZE_MAX, "patterns.tsv:%zu: bad line", line_no);
    }
    const char *pat = t2 + 1;
    size_t pat_len = (size_t)(line + n - pat);
    char mark[32];
    int mark_len = snprintf(mark, sizeof mark, "%s(?<r%zu>", len ? "|" : "", p->rule_count);
    if (!earn_grow(a, (void **)&buf, &cap, len + (size_t)mark_len + pat_len + 2, 1) ||
        !earn_grow(a, (void **)&p->rules, &rules_cap, p->rule_count + 1, sizeof *p->rules)) {
      earn_dealloc(a, buf);
      return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
    }
    memcpy(buf + len, mark, (size_t)mark_len);
    len += (size_t)mark_len;
    memcpy(buf + len, pat, pat_len);
    len += pat_len;
    buf[len++] = ')';
    buf[len] = '\0';
    rule *r = &p->rules[p->rule_count];
    r->kind = kind;
    r->id = earn_strndup(a, line, (size_t)(t1 - line));
    if (!r->id) {
      earn_dealloc(a, buf);
      return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
    }
    p->rule_count++;
  }
  *source = buf;
  return EARN_OK;
}

static void collect_group_numbers(earn_patterns *p) {
  for (size_t i = 0; i < p->rule_count; i++) {
    char name[32];
    snprintf(name, sizeof name, "r%zu", i);
    int n = pcre2_substring_number_from_name(p->code, (PCRE2_SPTR)name);
    p->rules[i].group = n > 0 ? (uint32_t)n : 0;
  }
  for (int g = 0; g < G_COUNT; g++) {
    PCRE2_SPTR first, last;
    int entry_size =
        pcre2_substring_nametable_scan(p->code, (PCRE2_SPTR)group_names[g], &first, &last);
    p->group_count[g] = 0;
    if (entry_size <= 0)
      continue;
    for (PCRE2_SPTR e = first; e <= last && p->group_count[g] < MAX_DUPLICATES; e += entry_size)
      p->groups[g][p->group_count[g]++] = ((uint32_t)e[0] << 8) | e[1];
  }
}

earn_status earn_patterns_new(const earn_allocator *a, earn_patterns **out, earn_error *err) {
  earn_patterns *p = earn_calloc(a, 1, sizeof *p);
  if (!p)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  p->alloc = *a;
  const earn_embedded *file = find_patterns_file();
  char *source = NULL;
  earn_status st = file ? assemble(p, file, &source, err)
                        : earn_error_set(err, EARN_ERR_SYNTAX, SIZE_MAX, "no patterns.tsv");
  if (st == EARN_OK) {
    p->gctx = pcre2_general_context_create(pcre_malloc, pcre_free, &p->alloc);
    pcre2_compile_context *cctx = p->gctx ? pcre2_compile_context_create(p->gctx) : NULL;
    int code = 0;
    PCRE2_SIZE offset = 0;
    if (cctx)
      p->code = pcre2_compile((PCRE2_SPTR)source, PCRE2_ZERO_TERMINATED,
                              PCRE2_UTF | PCRE2_DUPNAMES | PCRE2_NEVER_BACKSLASH_C |
                                  PCRE2_USE_OFFSET_LIMIT,
                              &code, &offset, cctx);
    if (!p->code) {
      PCRE2_UCHAR msg[120] = "out of memory";
      if (cctx)
        pcre2_get_error_message(code, msg, sizeof msg);
      st = earn_error_set(
          err, !cctx || code == PCRE2_ERROR_HEAP_FAILED ? EARN_ERR_NOMEM : EARN_ERR_DEPENDENCY,
          SIZE_MAX, "PCRE2: %s at %zu", (char *)msg, (size_t)offset);
    } else {
      /* JIT is an optimisation: where it is unavailable the interpreter gives the same
         answers, so a failure here is not an error. */
      (void)pcre2_jit_compile(p->code, PCRE2_JIT_COMPLETE);
      collect_group_numbers(p);
    }
    pcre2_compile_context_free(cctx);
  }
  earn_dealloc(a, source);
  if (st != EARN_OK) {
    earn_patterns_free(p);
    return st;
  }
  *out = p;
  return EARN_OK;
}

void earn_patterns_free(earn_patterns *p) {
  if (!p)
    return;
  earn_allocator a = p->alloc;
  pcre2_code_free(p->code);
  pcre2_general_context_free(p->gctx);
  for (size_t i = 0; i < p->rule_count; i++)
    earn_dealloc(&a, p->rules[i].id);
  earn_dealloc(&a, p->rules);
  earn_dealloc(&a, p);
}

earn_pattern_scan *earn_pattern_scan_new(const earn_patterns *p) {
  const earn_allocator *a = &p->alloc;
  earn_pattern_scan *scan = earn_calloc(a, 1, sizeof *scan);
  if (!scan)
    return NULL;
  scan->p = p;
  scan->md = pcre2_match_data_create_from_pattern(p->code, p->gctx);
  scan->mctx = pcre2_match_context_create(p->gctx);
  scan->stack = pcre2_jit_stack_create(32 * 1024, 512 * 1024, p->gctx);
  if (!scan->md || !scan->mctx) {
    earn_pattern_scan_free(scan);
    return NULL;
  }
  /* Bound the work per match so that no input can make the scan hang. */
  pcre2_set_match_limit(scan->mctx, 200000);
  pcre2_set_depth_limit(scan->mctx, 2000);
  if (scan->stack)
    pcre2_jit_stack_assign(scan->mctx, NULL, scan->stack);
  return scan;
}

void earn_pattern_scan_free(earn_pattern_scan *scan) {
  if (!scan)
    return;
  pcre2_match_data_free(scan->md);
  pcre2_match_context_free(scan->mctx);
  pcre2_jit_stack_free(scan->stack);
  earn_dealloc(&scan->p->alloc, scan);
}

/* ---- turning the groups into a label ------------------------------------------------- */

typedef struct groups {
  const char *s;
  const PCRE2_SIZE *ov;
  const earn_patterns *p;
} groups;

/* The text of the first group named `g` that took part in the match, or NULL. */
static const char *group_text(const groups *gr, int g, size_t *len) {
  for (size_t i = 0; i < gr->p->group_count[g]; i++) {
    uint32_t n = gr->p->groups[g][i];
    if (gr->ov[2 * n] != PCRE2_UNSET) {
      *len = gr->ov[2 * n + 1] - gr->ov[2 * n];
      return gr->s + gr->ov[2 * n];
    }
  }
  return NULL;
}

static bool starts_with_ci(const char *s, size_t len, const char *word) {
  size_t wl = strlen(word);
  if (len < wl)
    return false;
  for (size_t i = 0; i < wl; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if (c != word[i])
      return false;
  }
  return true;
}

/* A small number written as digits, a kanji digit, an ordinal or month word, or 上/下/元;
   -1 when the group is absent or unreadable. */
static int group_int(const groups *gr, int g) {
  static const char *const words[] = {"first", "second", "third", "fourth"};
  static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
  static const char *const kanji[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static const char *const spelled[] = {"three", "six", "nine", "twelve"};
  static const int spelled_values[] = {3, 6, 9, 12};
  size_t len = 0;
  const char *t = group_text(gr, g, &len);
  if (!t || len == 0)
    return -1;
  if (t[0] >= '0' && t[0] <= '9') {
    int v = 0;
    for (size_t i = 0; i < len && i < 4 && t[i] >= '0' && t[i] <= '9'; i++)
      v = v * 10 + (t[i] - '0');
    return v;
  }
  for (int i = 0; i < 4; i++)
    if (starts_with_ci(t, len, words[i]))
      return i + 1;
  for (int i = 0; i < 4; i++)
    if (starts_with_ci(t, len, spelled[i]))
      return spelled_values[i];
  for (int i = 0; i < 12; i++)
    if (starts_with_ci(t, len, months[i]))
      return i + 1;
  if (starts_with_ci(t, len, "十二"))
    return 12;
  for (int i = 0; i < 9; i++)
    if (starts_with_ci(t, len, kanji[i]))
      return i + 1;
  if (starts_with_ci(t, len, "上") || starts_with_ci(t, len, "中間") ||
      starts_with_ci(t, len, "元"))
    return 1;
  if (starts_with_ci(t, len, "下"))
    return 2;
  return -1;
}

/* The Gregorian year of a Japanese era year (平成26年 = 2014). */
static int era_year(const groups *gr) {
  size_t len = 0;
  const char *era = group_text(gr, G_ERA, &len);
  int n = group_int(gr, G_EY);
  if (!era || n < 0)
    return -1;
  if (starts_with_ci(era, len, "令和"))
    return 2018 + n;
  if (starts_with_ci(era, len, "平成"))
    return 1988 + n;
  return 1925 + n; /* 昭和 */
}

/* 5:00 p.m. -> T17:00. */
static bool time_label(const groups *gr, char *out, size_t cap) {
  int hh = group_int(gr, G_HH), mi = group_int(gr, G_MI);
  if (hh < 0 || mi < 0)
    return false;
  const char *t = gr->s + gr->ov[0];
  size_t n = gr->ov[1] - gr->ov[0];
  const char *colon = memchr(t, ':', n);
  bool pm = colon && (memchr(colon, 'p', n - (size_t)(colon - t)) ||
                      memchr(colon, 'P', n - (size_t)(colon - t)));
  if (pm && hh < 12)
    hh += 12;
  snprintf(out, cap, "T%02d:%02d", hh, mi);
  return true;
}

static void date_label(const groups *gr, char *out, size_t cap) {
  if (time_label(gr, out, cap))
    return;
  int y = group_int(gr, G_Y), m = group_int(gr, G_M), d = group_int(gr, G_D);
  if (y < 0)
    y = era_year(gr);
  else if (y < 100)
    y += 2000;
  if (m < 0)
    m = group_int(gr, G_MN);
  if (y >= 0 && m > 0 && d > 0)
    snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
  else if (y >= 0 && m > 0)
    snprintf(out, cap, "%04d-%02d", y, m);
  else if (y >= 0)
    snprintf(out, cap, "%04d", y);
  else if (m > 0 && d > 0)
    snprintf(out, cap, "--%02d-%02d", m, d);
  else if (m > 0)
    snprintf(out, cap, "--%02d", m);
  else if (d > 0)
    snprintf(out, cap, "---%02d", d);
}

static void period_label(const groups *gr, const char *rule_id, char *out, size_t cap) {
  int fy = group_int(gr, G_FY), q = group_int(gr, G_Q), h = group_int(gr, G_H);
  int cy = group_int(gr, G_CY), cq = group_int(gr, G_CQ), months = group_int(gr, G_MONTHS);
  int qa = group_int(gr, G_QA), qb = group_int(gr, G_QB);
  int y = group_int(gr, G_Y), m = group_int(gr, G_M), d = group_int(gr, G_D);
  size_t n = 0;
  out[0] = '\0';
#define APPEND(...)                                                                                \
  do {                                                                                             \
    if (n < cap) {                                                                                 \
      int w = snprintf(out + n, cap - n, __VA_ARGS__);                                             \
      n += w > 0 ? (size_t)w : 0;                                                                  \
    }                                                                                              \
  } while (0)
  if (fy < 0 && group_int(gr, G_FY2) >= 0)
    fy = 2000 + group_int(gr, G_FY2);
  if (fy < 0 && group_int(gr, G_EY) >= 0)
    fy = era_year(gr);
  int ma = group_int(gr, G_MA), mb = group_int(gr, G_MB);
  if (ma > 0 && mb > 0) {
    if (y > 0)
      APPEND("%04d", y);
    APPEND("M%02d-M%02d", ma, mb); /* 10～12月期 */
    return;
  }
  if (cy >= 0 && cq > 0) {
    APPEND("%04dQ%d", cy, cq);
    return;
  }
  if (strcmp(rule_id, "period.zh.quarter_month") == 0 && y > 0 && m > 0) {
    APPEND("%04dQ%d", y, (m + 2) / 3); /* the calendar quarter that ends in that month */
    return;
  }
  if (fy >= 0)
    APPEND("FY%04d", fy);
  if (q > 0)
    APPEND("Q%d", q);
  else if (h > 0)
    APPEND("H%d", h);
  else if (qb > 0)
    APPEND("Q%d-Q%d", qa > 0 ? qa : 1, qb);
  else if (months > 0) {
    APPEND("%dM", months);
    if (y > 0 && m > 0 && d > 0)
      APPEND("@%04d-%02d-%02d", y, m, d);
    else if (y > 0 && group_int(gr, G_MN) > 0 && d > 0)
      APPEND("@%04d-%02d-%02d", y, group_int(gr, G_MN), d);
  }
#undef APPEND
}

/* ---- where to look ------------------------------------------------------------------ */

/* Every rule's match holds an anchor within its first ANCHOR_REACH bytes: an ASCII digit, a
   kanji numeral, ':' (tickers), a superscript or circled digit, or the word quarter, half or
   month(s) ("fourth quarter", "first half", "nine months"). PCRE2 only looks where one is
   near, which spares it most of the prose. Keep this in step with patterns.tsv. */
enum { ANCHOR_REACH = 32 };

static bool word_at_ci(const char *s, size_t len, size_t i, const char *word) {
  size_t n = strlen(word);
  if (len - i < n || !starts_with_ci(s + i, len - i, word))
    return false;
  return i + n == len || !((s[i + n] | 32) >= 'a' && (s[i + n] | 32) <= 'z');
}

/* The byte length of the anchor at s[i], or 0 if there is none. */
static size_t anchor_at(const char *s, size_t len, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if ((c >= '0' && c <= '9') || c == ':')
    return 1;
  if (c < 0x80) {
    unsigned char l = (unsigned char)(c | 32);
    if ((l != 'q' && l != 'h' && l != 'm') ||
        (i > 0 && ((s[i - 1] | 32) >= 'a' && (s[i - 1] | 32) <= 'z')))
      return 0;
    return (word_at_ci(s, len, i, "quarter") || word_at_ci(s, len, i, "half") ||
            word_at_ci(s, len, i, "month") || word_at_ci(s, len, i, "months"))
               ? 1
               : 0;
  }
  if ((c & 0xC0) == 0x80)
    return 0;
  uint32_t cp;
  size_t n = earn_utf8_decode(s + i, len - i, &cp);
  bool anchor = earn_is_cjk_numeral_start(cp) || cp == 0xB9 || cp == 0xB2 || cp == 0xB3 ||
                (cp >= 0x2070 && cp <= 0x2079) || (cp >= 0x2460 && cp <= 0x2473);
  return anchor ? n : 0;
}

/* The next stretch [*start, *limit] where a match may begin: from ANCHOR_REACH bytes before
   an anchor to the anchor itself, merged with the anchors that follow closely. */
static bool next_window(const char *s, size_t len, size_t from, size_t *start, size_t *limit) {
  size_t i = from;
  while (i < len && !anchor_at(s, len, i))
    i++;
  if (i >= len)
    return false;
  size_t first = i, last = i;
  for (size_t j = i + 1; j < len && j <= last + ANCHOR_REACH; j++)
    if (anchor_at(s, len, j))
      last = j;
  size_t w = first > from + ANCHOR_REACH ? first - ANCHOR_REACH : from;
  while (w > from && ((unsigned char)s[w] & 0xC0) == 0x80)
    w--; /* start on a character boundary */
  *start = w;
  *limit = last;
  return true;
}

bool earn_pattern_next(earn_pattern_scan *scan, const char *s, size_t len, size_t from,
                       earn_pattern_hit *hit, earn_status *failed) {
  const earn_patterns *p = scan->p;
  *failed = EARN_OK;
  size_t window_start = 0, window_limit = 0;
  bool in_window = false;
  while (from <= len) {
    if (!in_window || from > window_limit) {
      if (!next_window(s, len, from, &window_start, &window_limit))
        return false;
      in_window = true;
      pcre2_set_offset_limit(scan->mctx, window_limit);
      if (window_start > from)
        from = window_start;
    }
    int rc =
        pcre2_match(p->code, (PCRE2_SPTR)s, len, from, PCRE2_NO_UTF_CHECK, scan->md, scan->mctx);
    if (rc == PCRE2_ERROR_NOMATCH) {
      from = window_limit + 1;
      while (from < len && ((unsigned char)s[from] & 0xC0) == 0x80)
        from++;
      in_window = false;
      continue;
    }
    if (rc < 0 && rc != PCRE2_ERROR_MATCHLIMIT && rc != PCRE2_ERROR_DEPTHLIMIT) {
      *failed = rc == PCRE2_ERROR_NOMEMORY ? EARN_ERR_NOMEM : EARN_ERR_DEPENDENCY;
      return false;
    }
    if (rc < 0) {
      /* A pathological stretch: give up on this start and move one character on. */
      uint32_t cp;
      from += from < len ? earn_utf8_decode(s + from, len - from, &cp) : 1;
      continue;
    }
    const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(scan->md);
    uint32_t pairs = pcre2_get_ovector_count(scan->md);
    size_t index = 0;
    while (index < p->rule_count && (p->rules[index].group == 0 || p->rules[index].group >= pairs ||
                                     ov[2 * p->rules[index].group] == PCRE2_UNSET))
      index++;
    if (ov[1] <= ov[0] || index >= p->rule_count) {
      uint32_t cp;
      from = ov[0] + (ov[0] < len ? earn_utf8_decode(s + ov[0], len - ov[0], &cp) : 1);
      continue;
    }
    const rule *r = &p->rules[index];
    groups gr = {s, ov, p};
    hit->start = ov[0];
    hit->end = ov[1];
    hit->kind = r->kind;
    hit->rule = r->id;
    hit->label[0] = '\0';
    if (r->kind == EARN_Q_DATE) {
      date_label(&gr, hit->label, sizeof hit->label);
    } else if (r->kind == EARN_Q_PERIOD) {
      period_label(&gr, r->id, hit->label, sizeof hit->label);
    } else {
      size_t n = hit->end - hit->start;
      if (n >= sizeof hit->label)
        n = sizeof hit->label - 1;
      while (n > 0 && n < hit->end - hit->start &&
             ((unsigned char)s[hit->start + n] & 0xC0) == 0x80)
        n--; /* never cut a character in two */
      memcpy(hit->label, s + hit->start, n);
      hit->label[n] = '\0';
    }
    return true;
  }
  return false;
}
