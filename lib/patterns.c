/* SPDX-License-Identifier: MIT */
/* Dates, period labels and names found with PCRE2: the rules of data/lexicon/patterns.tsv,
   compiled once into three anchored alternations by where a match may begin (a digit run, a
   line start, a literal lead word), and tried only at such places. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "patterns.h"

_Static_assert(sizeof(PCRE2_SIZE) == sizeof(size_t) && PCRE2_UNSET == SIZE_MAX,
               "earn_groups reads PCRE2's offset vector as size_t");

/* The places a match may begin, each with its own alternation of the rules that begin there. */
enum lead_class { LEAD_DIGIT, LEAD_LINE, LEAD_WORD, LEAD_CLASSES };

typedef struct rule {
  char *id;
  earn_qkind kind;
} rule;

/* One anchored alternation over the rules of a lead class, in file order. */
typedef struct rule_group {
  pcre2_code *code;
  size_t *rules;     /* global rule index of each alternative */
  uint32_t *capture; /* the capture group that wraps each alternative */
  size_t count, rules_cap, capture_cap;
  earn_group_numbers names;
} rule_group;

/* A literal a match may begin with: 第, NYSE, first (ASCII compared without case). */
typedef struct lead_word {
  char *text;
  size_t len;
} lead_word;

struct earn_patterns {
  earn_allocator alloc;
  pcre2_general_context *gctx;
  rule *rules;
  size_t rule_count, rules_cap;
  rule_group groups[LEAD_CLASSES];
  lead_word *words;
  size_t word_count, words_cap;
  /* Quick filters before the lead words are compared: one-byte words by their byte, longer
     ones by their first two bytes (lower-cased), as a bitmap. */
  bool word_single[256];
  uint8_t word_pair[65536 / 8];
  bool may_begin[256]; /* digits and the first bytes of lead words */
  /* What may follow a run of digits for a digit rule to match there ("2024年", "3月", "Q3"):
     most numbers ("1,234百万円", "36%") are followed by nothing on the list, and the digit
     rules are not tried at them. Every digit rule names its followers, or all are tried. */
  bool digit_any_follow;
  bool follow_letter, follow_digit; /* an ASCII letter, a digit */
  uint32_t follow[48];
  size_t follow_count;
  uint16_t bucket[257]; /* words[bucket[b] .. bucket[b + 1]) start with byte b, lower-cased */
  uint32_t max_captures;
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

static unsigned char lower(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool is_letter(unsigned char c) { return lower(c) >= 'a' && lower(c) <= 'z'; }

/* ---- reading the rules ----------------------------------------------------------------- */

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

/* Growing text for one group's alternation. */
typedef struct source {
  char *buf;
  size_t len, cap;
} source;

static bool append(const earn_allocator *a, source *src, const char *s, size_t n) {
  if (!earn_grow(a, (void **)&src->buf, &src->cap, src->len + n + 1, 1))
    return false;
  memcpy(src->buf + src->len, s, n);
  src->len += n;
  src->buf[src->len] = '\0';
  return true;
}

static bool add_lead_word(earn_patterns *p, const char *s, size_t n) {
  for (size_t i = 0; i < p->word_count; i++)
    if (p->words[i].len == n && memcmp(p->words[i].text, s, n) == 0)
      return true;
  if (!earn_grow(&p->alloc, (void **)&p->words, &p->words_cap, p->word_count + 1, sizeof *p->words))
    return false;
  lead_word *w = &p->words[p->word_count];
  w->text = earn_strndup(&p->alloc, s, n);
  if (!w->text)
    return false;
  w->len = n;
  p->word_count++;
  p->may_begin[(unsigned char)s[0]] = true;
  p->may_begin[lower((unsigned char)s[0])] = true;
  if (s[0] >= 'a' && s[0] <= 'z')
    p->may_begin[(unsigned char)(s[0] - 32)] = true;
  if (n == 1) {
    p->word_single[lower((unsigned char)s[0])] = true;
  } else {
    unsigned pair = (unsigned)lower((unsigned char)s[0]) << 8 | lower((unsigned char)s[1]);
    p->word_pair[pair / 8] |= (uint8_t)(1u << (pair % 8));
  }
  return true;
}

/* The characters after `digit>` that may follow a digit rule's run of digits (after blanks):
   `a` stands for any ASCII letter and `0` for any digit. False when there are too many. */
static bool add_followers(earn_patterns *p, const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    uint32_t cp = 0;
    size_t k = earn_utf8_decode(s + i, n - i, &cp);
    if (!k)
      return false;
    i += k;
    bool known = false;
    for (size_t j = 0; j < p->follow_count && !known; j++)
      known = p->follow[j] == cp;
    if (cp == 'a')
      p->follow_letter = true;
    else if (cp == '0')
      p->follow_digit = true;
    else if (!known && p->follow_count < sizeof p->follow / sizeof p->follow[0])
      p->follow[p->follow_count++] = cp;
    else if (!known)
      return false;
  }
  return true;
}

/* May a digit rule match at the run of digits at pos, by what follows the run? */
static bool digits_may_lead(const earn_patterns *p, const char *s, size_t len, size_t pos) {
  if (p->digit_any_follow)
    return true;
  size_t i = pos;
  while (i < len && is_digit(s[i]))
    i++;
  while (i < len && s[i] == ' ')
    i++;
  if (i >= len)
    return false;
  uint32_t cp = 0;
  earn_utf8_decode(s + i, len - i, &cp);
  if ((p->follow_letter && cp < 0x80 && is_letter((unsigned char)cp)) ||
      (p->follow_digit && cp < 0x80 && is_digit((char)cp)))
    return true;
  for (size_t k = 0; k < p->follow_count; k++)
    if (p->follow[k] == cp)
      return true;
  return false;
}

/* Add rule `index` (pattern text pat) to the alternation of each lead class its leads name. */
static earn_status add_rule(earn_patterns *p, source src[LEAD_CLASSES], size_t index,
                            const char *leads, size_t leads_len, const char *pat, size_t pat_len) {
  bool in[LEAD_CLASSES] = {false, false, false};
  for (size_t i = 0; i < leads_len;) {
    const char *bar = memchr(leads + i, '|', leads_len - i);
    size_t n = bar ? (size_t)(bar - (leads + i)) : leads_len - i;
    if (n == 0)
      return EARN_ERR_SYNTAX;
    if (n == 5 && memcmp(leads + i, "digit", 5) == 0) {
      in[LEAD_DIGIT] = true;
      p->digit_any_follow = true;
    } else if (n > 6 && memcmp(leads + i, "digit>", 6) == 0) {
      in[LEAD_DIGIT] = true;
      if (!add_followers(p, leads + i + 6, n - 6))
        return EARN_ERR_SYNTAX;
    } else if (n == 4 && memcmp(leads + i, "line", 4) == 0)
      in[LEAD_LINE] = true;
    else if (add_lead_word(p, leads + i, n))
      in[LEAD_WORD] = true;
    else
      return EARN_ERR_NOMEM;
    i += n + 1;
  }
  for (int c = 0; c < LEAD_CLASSES; c++) {
    if (!in[c])
      continue;
    char head[40];
    int n = snprintf(head, sizeof head, "%s(?<r%zu>", src[c].len ? "|" : "", index);
    if (!append(&p->alloc, &src[c], head, (size_t)n) || !append(&p->alloc, &src[c], pat, pat_len) ||
        !append(&p->alloc, &src[c], ")", 1))
      return EARN_ERR_NOMEM;
    rule_group *g = &p->groups[c];
    if (!earn_grow(&p->alloc, (void **)&g->rules, &g->rules_cap, g->count + 1, sizeof *g->rules) ||
        !earn_grow(&p->alloc, (void **)&g->capture, &g->capture_cap, g->count + 1,
                   sizeof *g->capture))
      return EARN_ERR_NOMEM;
    g->rules[g->count++] = index;
  }
  return EARN_OK;
}

static earn_status read_rules(earn_patterns *p, const earn_embedded *file, source src[LEAD_CLASSES],
                              earn_error *err) {
  size_t pos = 0, line_no = 0, n = 0;
  const char *line;
  while (earn_data_next_line(file, &pos, &line_no, &line, &n)) {
    const char *f[4];
    size_t len[4], k = 0, start = 0;
    for (size_t i = 0; i <= n && k < 4; i++)
      if (i == n || (line[i] == '\t' && k < 3)) {
        f[k] = line + start;
        len[k++] = i - start;
        start = i + 1;
      }
    earn_qkind kind;
    if (k != 4 || !kind_from_name(f[1], len[1], &kind))
      return earn_error_set(err, EARN_ERR_SYNTAX, SIZE_MAX, "patterns.tsv:%zu: bad line", line_no);
    if (!earn_grow(&p->alloc, (void **)&p->rules, &p->rules_cap, p->rule_count + 1,
                   sizeof *p->rules))
      return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
    rule *r = &p->rules[p->rule_count];
    r->kind = kind;
    r->id = earn_strndup(&p->alloc, f[0], len[0]);
    if (!r->id)
      return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
    p->rule_count++;
    earn_status st = add_rule(p, src, p->rule_count - 1, f[2], len[2], f[3], len[3]);
    if (st != EARN_OK)
      return earn_error_set(err, st, SIZE_MAX, "patterns.tsv:%zu: %s", line_no,
                            st == EARN_ERR_SYNTAX ? "empty lead" : "out of memory");
  }
  return EARN_OK;
}

/* Sort the lead words by their first byte (lower-cased) and note where each byte's run
   starts, so a lookup compares only the words that can match. */
static int compare_words(const void *a, const void *b) {
  const lead_word *x = a, *y = b;
  return (int)lower((unsigned char)x->text[0]) - (int)lower((unsigned char)y->text[0]);
}

static void bucket_words(earn_patterns *p) {
  qsort(p->words, p->word_count, sizeof *p->words, compare_words);
  size_t i = 0;
  for (unsigned b = 0; b < 256; b++) {
    p->bucket[b] = (uint16_t)i;
    while (i < p->word_count && lower((unsigned char)p->words[i].text[0]) == b)
      i++;
  }
  p->bucket[256] = (uint16_t)i;
}

/* ---- compiling ------------------------------------------------------------------------- */

static void find_captures(rule_group *g, uint32_t *max_captures) {
  for (size_t i = 0; i < g->count; i++) {
    char name[32];
    snprintf(name, sizeof name, "r%zu", g->rules[i]);
    int n = pcre2_substring_number_from_name(g->code, (PCRE2_SPTR)name);
    g->capture[i] = n > 0 ? (uint32_t)n : 0;
  }
  for (int k = 0; k < G_COUNT; k++) {
    PCRE2_SPTR first, last;
    int entry =
        pcre2_substring_nametable_scan(g->code, (PCRE2_SPTR)earn_group_names[k], &first, &last);
    g->names.count[k] = 0;
    for (PCRE2_SPTR e = first; entry > 0 && e <= last && g->names.count[k] < EARN_MAX_DUPLICATES;
         e += entry)
      g->names.number[k][g->names.count[k]++] = ((uint32_t)e[0] << 8) | e[1];
  }
  uint32_t captures = 0;
  pcre2_pattern_info(g->code, PCRE2_INFO_CAPTURECOUNT, &captures);
  if (captures + 1 > *max_captures)
    *max_captures = captures + 1;
}

static earn_status compile_group(earn_patterns *p, rule_group *g, const source *src,
                                 earn_error *err) {
  if (g->count == 0)
    return EARN_OK;
  pcre2_compile_context *cctx = pcre2_compile_context_create(p->gctx);
  int code = 0;
  PCRE2_SIZE offset = 0;
  if (cctx)
    g->code = pcre2_compile((PCRE2_SPTR)src->buf, src->len,
                            PCRE2_UTF | PCRE2_DUPNAMES | PCRE2_NEVER_BACKSLASH_C | PCRE2_ANCHORED,
                            &code, &offset, cctx);
  pcre2_compile_context_free(cctx);
  if (!g->code) {
    PCRE2_UCHAR msg[120] = "out of memory";
    if (cctx)
      pcre2_get_error_message(code, msg, sizeof msg);
    return earn_error_set(
        err, !cctx || code == PCRE2_ERROR_HEAP_FAILED ? EARN_ERR_NOMEM : EARN_ERR_DEPENDENCY,
        SIZE_MAX, "PCRE2: %s at %zu", (char *)msg, (size_t)offset);
  }
  /* JIT is an optimisation: where it is unavailable the interpreter gives the same answers,
     so a failure here is not an error. */
  (void)pcre2_jit_compile(g->code, PCRE2_JIT_COMPLETE);
  find_captures(g, &p->max_captures);
  return EARN_OK;
}

earn_status earn_patterns_new(const earn_allocator *a, const earn_data_files *files,
                              earn_patterns **out, earn_error *err) {
  earn_data_files embedded = {earn_embedded_lexicons, earn_embedded_lexicon_count};
  if (!files)
    files = &embedded;
  earn_patterns *p = earn_calloc(a, 1, sizeof *p);
  if (!p)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  p->alloc = *a;
  for (char d = '0'; d <= '9'; d++)
    p->may_begin[(unsigned char)d] = true;
  source src[LEAD_CLASSES];
  memset(src, 0, sizeof src);
  p->gctx = pcre2_general_context_create(pcre_malloc, pcre_free, &p->alloc);
  earn_status st = p->gctx ? EARN_OK : earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  size_t read = 0;
  for (size_t f = 0; f < files->count && st == EARN_OK; f++)
    if (strcmp(files->files[f].name, "patterns.tsv") == 0) {
      st = read_rules(p, &files->files[f], src, err);
      read++;
    }
  if (st == EARN_OK && read == 0)
    st = earn_error_set(err, EARN_ERR_SYNTAX, SIZE_MAX, "no patterns.tsv");
  if (st == EARN_OK)
    bucket_words(p);
  for (int c = 0; c < LEAD_CLASSES && st == EARN_OK; c++)
    st = compile_group(p, &p->groups[c], &src[c], err);
  for (int c = 0; c < LEAD_CLASSES; c++)
    earn_dealloc(a, src[c].buf);
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
  for (int c = 0; c < LEAD_CLASSES; c++) {
    pcre2_code_free(p->groups[c].code);
    earn_dealloc(&a, p->groups[c].rules);
    earn_dealloc(&a, p->groups[c].capture);
  }
  pcre2_general_context_free(p->gctx);
  for (size_t i = 0; i < p->rule_count; i++)
    earn_dealloc(&a, p->rules[i].id);
  for (size_t i = 0; i < p->word_count; i++)
    earn_dealloc(&a, p->words[i].text);
  earn_dealloc(&a, p->rules);
  earn_dealloc(&a, p->words);
  earn_dealloc(&a, p);
}

earn_pattern_scan *earn_pattern_scan_new(const earn_patterns *p) {
  earn_pattern_scan *scan = earn_calloc(&p->alloc, 1, sizeof *scan);
  if (!scan)
    return NULL;
  scan->p = p;
  scan->md = pcre2_match_data_create(p->max_captures ? p->max_captures : 1, p->gctx);
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

/* ---- matching -------------------------------------------------------------------------- */

static bool lead_word_at(const earn_patterns *p, const char *s, size_t len, size_t pos) {
  unsigned first = lower((unsigned char)s[pos]);
  /* A lead word in letters (first, NYSE, FY) begins a word, never the middle of one. */
  if (is_letter((unsigned char)s[pos]) && pos > 0 && is_letter((unsigned char)s[pos - 1]))
    return false;
  if (!p->word_single[first]) {
    if (pos + 1 >= len)
      return false;
    unsigned pair = first << 8 | lower((unsigned char)s[pos + 1]);
    if (!(p->word_pair[pair / 8] & (1u << (pair % 8))))
      return false;
  }
  for (size_t i = p->bucket[first]; i < p->bucket[first + 1]; i++) {
    const lead_word *w = &p->words[i];
    if (w->len > len - pos)
      continue;
    size_t k = 0;
    while (k < w->len && lower((unsigned char)s[pos + k]) == lower((unsigned char)w->text[k]))
      k++;
    if (k == w->len)
      return true;
  }
  return false;
}

/* Try group `g` anchored at pos. On a match whose rule comes before *best (a rule index, or
   SIZE_MAX), fill *hit and lower *best. Returns EARN_OK, or the failure PCRE2 reported. */
static earn_status try_group(earn_pattern_scan *scan, const rule_group *g, const char *s,
                             size_t len, size_t pos, size_t *best, earn_pattern_hit *hit) {
  if (!g->code)
    return EARN_OK;
  int rc = pcre2_match(g->code, (PCRE2_SPTR)s, len, pos, PCRE2_NO_UTF_CHECK, scan->md, scan->mctx);
  if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT)
    return EARN_OK; /* a pathological stretch is no match, not a failure */
  if (rc < 0)
    return rc == PCRE2_ERROR_NOMEMORY ? EARN_ERR_NOMEM : EARN_ERR_DEPENDENCY;
  const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(scan->md);
  uint32_t pairs = pcre2_get_ovector_count(scan->md);
  size_t i = 0;
  while (i < g->count &&
         (g->capture[i] == 0 || g->capture[i] >= pairs || ov[2 * g->capture[i]] == PCRE2_UNSET))
    i++;
  if (i == g->count || ov[1] <= ov[0] || g->rules[i] >= *best)
    return EARN_OK;
  const rule *r = &scan->p->rules[g->rules[i]];
  *best = g->rules[i];
  hit->start = ov[0];
  hit->end = ov[1];
  hit->kind = r->kind;
  hit->rule = r->id;
  hit->label[0] = '\0';
  if (r->kind == EARN_Q_LABEL) {
    size_t n = hit->end - hit->start;
    if (n >= sizeof hit->label)
      n = sizeof hit->label - 1;
    while (n > 0 && n < hit->end - hit->start && ((unsigned char)s[hit->start + n] & 0xC0) == 0x80)
      n--; /* never cut a character in two */
    memcpy(hit->label, s + hit->start, n);
    hit->label[n] = '\0';
  } else {
    earn_groups gr = {s, ov, &g->names};
    earn_pattern_label(&gr, r->kind, r->id, hit->label, sizeof hit->label);
  }
  return EARN_OK;
}

bool earn_pattern_next(earn_pattern_scan *scan, const char *s, size_t len, size_t from,
                       earn_pattern_hit *hit, earn_status *failed) {
  const earn_patterns *p = scan->p;
  *failed = EARN_OK;
  for (size_t pos = from; pos < len; pos++) {
    char c = s[pos];
    if (!p->may_begin[(unsigned char)c] && (pos == 0 || s[pos - 1] != '\n'))
      continue; /* most bytes: no digit, no lead word, no line start */
    size_t best = SIZE_MAX;
    if (is_digit(c) && (pos == 0 || !is_digit(s[pos - 1])) && digits_may_lead(p, s, len, pos))
      *failed = try_group(scan, &p->groups[LEAD_DIGIT], s, len, pos, &best, hit);
    if (*failed == EARN_OK && (pos == 0 || s[pos - 1] == '\n'))
      *failed = try_group(scan, &p->groups[LEAD_LINE], s, len, pos, &best, hit);
    if (*failed == EARN_OK && lead_word_at(p, s, len, pos))
      *failed = try_group(scan, &p->groups[LEAD_WORD], s, len, pos, &best, hit);
    if (*failed != EARN_OK)
      return false;
    if (best != SIZE_MAX)
      return true;
  }
  return false;
}
