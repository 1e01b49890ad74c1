/* SPDX-License-Identifier: MIT */
/* Internal interfaces shared by the library's modules. Nothing here is public API. */
#ifndef EARN_PRIVATE_H
#define EARN_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <earnings/earnings.h>

#include "input.h" /* the visible text of HTML input and its map back to the HTML */

/* ---- alloc.c: allocator hooks -------------------------------------------------------- */

/* The hooks in use, never with NULL members (libc's are filled in). */
typedef struct earn_allocator {
  earn_alloc hooks;
} earn_allocator;

void earn_allocator_init(earn_allocator *a, const earn_alloc *hooks);
void *earn_malloc(const earn_allocator *a, size_t size);
void *earn_calloc(const earn_allocator *a, size_t n, size_t size);
void *earn_realloc(const earn_allocator *a, void *ptr, size_t size);
/* Grow an array so that it holds at least `need` items of `item` bytes; doubles capacity.
   Returns false (array untouched) on overflow or OOM. */
bool earn_grow(const earn_allocator *a, void **array, size_t *cap, size_t need, size_t item);
void earn_dealloc(const earn_allocator *a, void *ptr);
char *earn_strndup(const earn_allocator *a, const char *s, size_t len);

/* ---- error.c ------------------------------------------------------------------------- */

/* Fill `err` (if not NULL) with code, position and a printf-style detail. Returns code. */
earn_status earn_error_set(earn_error *err, earn_status code, size_t pos, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* ---- decimal.c: helpers beyond the public API ---------------------------------------- */

/* Build a decimal from an unsigned magnitude of up to 38 digits, a sign and an exponent. */
earn_decimal earn_decimal_make(uint64_t coef, bool negative, int32_t exponent);
bool earn_decimal_is_zero(earn_decimal d);

/* ---- text.c: UTF-8 validation, width folding and the offset map ----------------------- */

/*
 * The text every matcher sees: the input with full-width ASCII (Ｆ, ５, ％, ，, ．), the
 * ideographic space, no-break and thin spaces, the minus sign U+2212 and en dash folded to
 * their ASCII forms (also the wave dash to ~, ￥ to ¥, half-width katakana to full-width), a
 * leading BOM dropped and (with EARN_OPT_REPLACE_INVALID) invalid bytes replaced by U+FFFD.
 * Offsets map back to the input through earn_text_original(). Only the characters whose
 * length folding changed are recorded (a shift each), so the map costs nothing for ASCII and
 * little elsewhere.
 */
typedef struct earn_text_shift {
  uint32_t folded;    /* folded offset of the character */
  uint32_t original;  /* its original offset */
  uint8_t folded_len; /* its bytes in the folded text */
  uint8_t original_len;
} earn_text_shift;

typedef struct earn_text {
  char *s;                 /* folded UTF-8, NUL-terminated */
  size_t len;              /* bytes in s, without the NUL */
  earn_text_shift *shifts; /* in folded order */
  size_t shift_count, shift_cap;
  size_t skipped;               /* bytes before folded offset 0 in the input (a BOM) */
  size_t original_len;          /* the input's length */
  size_t replaced;              /* how many invalid sequences / NULs were replaced */
  size_t first_replaced;        /* original offset of the first one, if any */
  size_t first_replaced_folded; /* and its folded offset */
} earn_text;

/* The original offset of folded offset i (0 <= i <= len): the start of the input character
   that produced the folded character containing i; len maps to the input's length. A folded
   span [a, b) is the original span [earn_text_original(a), earn_text_original(b)). */
size_t earn_text_original(const earn_text *t, size_t i);

/* Validate and fold `in`. On failure returns EARN_ERR_UTF8 / EARN_ERR_BINARY with err->pos
   the original byte offset of the first bad byte, EARN_ERR_LIMIT for inputs of 4 GiB - 1
   bytes or more (offsets are 32-bit), EARN_ERR_NOMEM. */
earn_status earn_text_init(earn_text *t, const earn_allocator *a, const char *in, size_t len,
                           uint32_t opts, earn_error *err);
void earn_text_release(earn_text *t, const earn_allocator *a);
/* Decode the code point at s[0..len), checking strictly; returns its byte length (>= 1)
   and stores it in *cp. For invalid bytes returns 1 and U+FFFD. */
size_t earn_utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Length of the code point that ends right before s[pos] (pos > 0), scanning back. */
size_t earn_utf8_prev_len(const char *s, size_t pos);
/* The code point that ends right before s[pos] (pos > 0), its length in *n. */
static inline uint32_t earn_cp_before(const char *s, size_t pos, size_t *n) {
  *n = earn_utf8_prev_len(s, pos);
  uint32_t cp = 0;
  earn_utf8_decode(s + pos - *n, *n, &cp);
  return cp;
}
/* Han ideographs (the main block), katakana (with ー) and hiragana. */
static inline bool earn_is_han(uint32_t cp) { return cp >= 0x4E00 && cp <= 0x9FFF; }
static inline bool earn_is_katakana(uint32_t cp) { return cp >= 0x30A0 && cp <= 0x30FF; }
static inline bool earn_is_hiragana(uint32_t cp) { return cp >= 0x3041 && cp <= 0x309F; }

/* ---- numerals.c: digit strings, kanji/hanzi numerals, English number words, fractions - */

enum {
  EARN_NUM_GROUPED = 1u << 0,   /* had , or 、 thousands separators */
  EARN_NUM_DECIMAL = 1u << 1,   /* had a decimal point */
  EARN_NUM_KANJI = 1u << 2,     /* used kanji/hanzi digits (一二三, 壱弐参, 〇零两) */
  EARN_NUM_CJK_SCALE = 1u << 3, /* used 十百千万億亿兆 multipliers */
  EARN_NUM_WORDS = 1u << 4,     /* English number words */
  EARN_NUM_FRACTION = 1u << 5,  /* a fraction (1/2, 1 4/5, 三分之一, 3分の1, two thirds) */
  EARN_NUM_INEXACT = 1u << 6,   /* rounded (a fraction with no finite decimal) */
  EARN_NUM_HAS_DIGIT = 1u << 7, /* had an ASCII or kanji digit, not only multipliers */
  EARN_NUM_ASCII = 1u << 8      /* had ASCII digits */
};

typedef struct earn_numeral {
  earn_decimal value;
  size_t end;          /* byte just after the numeral */
  uint32_t flags;      /* EARN_NUM_* */
  unsigned int_digits; /* digits before the point in the leading ASCII digit run */
} earn_numeral;

/* Each parser reads a numeral starting exactly at s[pos] of s[0..len) and returns true with
   *out filled, or false if no numeral of its kind starts there. They do not look at what
   precedes pos (context is the caller's job) and never read past len. */

/* ASCII digits with optional grouping ("1,234,567", "1、234") and a decimal part ("3719.56"). A
   separator is grouping only when exactly three digits follow it and the groups are
   consistent; otherwise the numeral ends before it. */
bool earn_parse_digits(const char *s, size_t len, size_t pos, earn_numeral *out);
/* Kanji/hanzi and mixed numerals: "三千万", "二十一", "一百零六", "二〇二五", "两千", "壱万",
   "3千万", "3719.56億", "631億19百万", "1兆2,345億", "375,216百万", "7000万", "3万亿". Starts
   with an ASCII digit or a kanji digit or 十/百/千 (never with 万/億/亿/兆). */
bool earn_parse_cjk(const char *s, size_t len, size_t pos, earn_numeral *out);
/* English number words: "three", "Twenty-one", "one hundred and six", "twelve million",
   "a dozen", "half", "one and a half", "two thirds". Starts at a word boundary. */
bool earn_parse_words(const char *s, size_t len, size_t pos, earn_numeral *out);
/* Fractions: "1/2", "1 4/5", "3分の1", "三分之一" (value rounded to 10 places when the
   fraction has no finite decimal, with EARN_NUM_INEXACT). */
bool earn_parse_fraction(const char *s, size_t len, size_t pos, earn_numeral *out);

/* True for a kanji/hanzi that can begin a numeral: a digit (一, 壱, 两, 〇) or 十百千 and their
   formal forms; never 万億亿兆, which only follow a number. */
bool earn_is_cjk_numeral_start(uint32_t cp);

/* ---- lexicon.c: word lists from data/lexicon, embedded at build time ------------------- */

/* A lexicon entry: a term and the attributes its file gives it. */
typedef struct earn_lex_entry {
  const char *term; /* as written in the data file */
  uint16_t term_len;
  uint8_t category;  /* EARN_LEX_* */
  uint8_t kind;      /* earn_qkind, for units and words */
  uint8_t qualifier; /* earn_qualifier, for qualifiers and words */
  uint8_t position;  /* EARN_LEXPOS_* */
  uint8_t langs;     /* bit (1 << earn_lang) per language it applies to; 0x7 = all */
  uint8_t flags;     /* EARN_LEXF_* */
  int8_t power;      /* scale: power of ten (million = 6; 港仙 = -2) */
  const char *unit;  /* unit code ("USD", "pct", "users", "years") or "" */
  const char *value; /* a fixed value as a plain decimal ("100" for 三桁), or "" */
  uint8_t cue;       /* EARN_CUE_*, for cue words */
  uint8_t basis;     /* earn_basis a metric word implies, + 1; 0 = none */
} earn_lex_entry;

enum {
  EARN_LEX_UNIT = 1,      /* currency, %, pp, x, counters and count nouns, durations */
  EARN_LEX_SCALE = 2,     /* million, bn, k */
  EARN_LEX_QUALIFIER = 3, /* about, 約, 以上 */
  EARN_LEX_WORD = 4,      /* a word that is a quantity by itself: 三桁, double-digit, 倍増 */
  EARN_LEX_NOUN = 5,      /* a count noun that may stand before or after a number */
  EARN_LEX_LINK = 6,      /* a word between a count noun and its number (は, 达, reached) */
  EARN_LEX_METRIC = 7,    /* a line item: revenue, 営業利益, 净利润 (unit = metric id) */
  EARN_LEX_CUE = 8,       /* a word that says how a figure is meant (cues.tsv) */
  EARN_LEX_CATEGORIES = 9
};
/* What a cue word says (data/lexicon/cues.tsv). */
enum {
  EARN_CUE_NONE = 0,
  EARN_CUE_UP,
  EARN_CUE_DOWN,
  EARN_CUE_YOY,
  EARN_CUE_QOQ,
  EARN_CUE_PRIOR,
  EARN_CUE_TO,
  EARN_CUE_RATE,
  EARN_CUE_FILLER,
  EARN_CUE_LOSS,
  EARN_CUE_ADJUSTED,
  EARN_CUE_COMPARABLE,
  EARN_CUE_REPORTED,
  EARN_CUE_GUIDANCE,
  EARN_CUE_TARGET,
  EARN_CUE_ESTIMATE,
  EARN_CUE_PRICE,
  EARN_CUE_PER_SHARE,
  EARN_CUE_P_FY,
  EARN_CUE_P_H1,
  EARN_CUE_P_H2,
  EARN_CUE_P_YTD,
  EARN_CUE_P_CURRENT,
  EARN_CUE_GROUP,
  EARN_CUE_POINT,
  EARN_CUE_INTERIM,
  EARN_CUE_STOP,   /* a verb or link word that ends a segment name (实现, posted) */
  EARN_CUE_VERSUS, /* a comparison: "compared with", "from", "than", 较 */
  EARN_CUE_P_TTM,  /* trailing twelve months: a fiscal year only at a fiscal year's end */
  EARN_CUE_JOIN,   /* a word that joins two items of a list: and, as well as, 及, および */
  EARN_CUE_BREAK,  /* a word that opens a new clause: while, whereas, but, 而, 一方 */
  EARN_CUE_EACH,  /* figures listed for listed items in order: respectively, 分别, それぞれ */
  EARN_CUE_ALL,   /* one figure for every listed item: both, 均, ともに, いずれも */
  EARN_CUE_PART,  /* the figure after it is a part of another: including, 包括, を含む */
  EARN_CUE_SINCE, /* a base that is no earlier period: 较年初, 前期末比, since the end of */
  EARN_CUE_GAIN,  /* a verb of profit whose figure is the net income: earned, 净赚 */
  EARN_CUE_BREAKDOWN, /* a list of a line item's parts follows: 内訳, 构成如下 */
  EARN_CUE_COUNT
};
enum { EARN_LEXPOS_PREFIX = 1, EARN_LEXPOS_SUFFIX = 2, EARN_LEXPOS_BOTH = 3 };
enum {
  EARN_LEXF_CASE = 1u << 0,      /* match case exactly (MM, B) */
  EARN_LEXF_ATTACHED = 1u << 1,  /* only directly after the number, no space (k, m, b, x) */
  EARN_LEXF_SUB = 1u << 2,       /* a subunit only after its main unit (50元6角3分) */
  EARN_LEXF_NEG = 1u << 3,       /* metrics: a loss word, its figure is negative */
  EARN_LEXF_ADS = 1u << 4,       /* metrics: per American depositary share */
  EARN_LEXF_PER_SHARE = 1u << 5, /* metrics: an amount per share */
  EARN_LEXF_DILUTED = 1u << 6,   /* metrics: a diluted per-share amount */
  EARN_LEXF_BASIC = 1u << 7      /* metrics: a basic per-share amount */
};
/* Context for earn_lexicon_match(). */
enum {
  EARN_MATCH_AFTER_SPACE = 1u << 0, /* blanks stand between the number and the term */
  EARN_MATCH_SUBUNITS = 1u << 1     /* subunits (角, 分) may match */
};

/* The data files, embedded by data/embed.py into the generated lexicon-data.c. */
typedef struct earn_embedded {
  const char *name; /* base name: "units.tsv" */
  const char *data;
  size_t len;
} earn_embedded;
extern const earn_embedded earn_embedded_lexicons[];
extern const size_t earn_embedded_lexicon_count;

/* The next line of a data file that is neither blank nor a # comment, from *pos on; *line_no
   counts every line read, for error messages. False at the end of the file. */
bool earn_data_next_line(const earn_embedded *file, size_t *pos, size_t *line_no, const char **line,
                         size_t *len);

typedef struct earn_lexicon earn_lexicon;

/* The data files an extractor reads: the embedded ones, with the caller's files put before
   them or in their place. NULL/0 for the embedded files alone. */
typedef struct earn_data_files {
  const earn_embedded *files;
  size_t count;
} earn_data_files;

/* Parse the data files into a lexicon with its lookup tries. */
earn_status earn_lexicon_new(const earn_allocator *a, const earn_data_files *files,
                             earn_lexicon **out, earn_error *err);
void earn_lexicon_free(earn_lexicon *lex, const earn_allocator *a);
/* The longest entry of `category` whose term starts at s[pos] (ASCII letters compared without
   case unless the entry has EARN_LEXF_CASE), that applies to `lang` and may stand after a
   number (position suffix or both). A term ending in a letter must not run on into another
   letter. `context` is EARN_MATCH_* flags: with EARN_MATCH_AFTER_SPACE, entries marked
   EARN_LEXF_ATTACHED are passed over; entries marked EARN_LEXF_SUB match only with
   EARN_MATCH_SUBUNITS. Returns NULL if none; *end receives the byte after the term. */
const earn_lex_entry *earn_lexicon_match(const earn_lexicon *lex, int category, earn_lang lang,
                                         const char *s, size_t len, size_t pos, unsigned context,
                                         size_t *end);
/* Can a term of `category` begin at s[pos] (by its first two bytes, ASCII letters in either
   case)? A cheap test before a lookup. */
bool earn_lexicon_may_start(const earn_lexicon *lex, int category, const char *s, size_t len,
                            size_t pos);
/* The longest entry of `category` whose term ends exactly at s[pos] (looking backwards) and
   that may stand before a number (position prefix or both). A term starting with a letter
   must not follow another letter. *start receives its first byte. */
const earn_lex_entry *earn_lexicon_match_before(const earn_lexicon *lex, int category,
                                                earn_lang lang, const char *s, size_t pos,
                                                size_t *start);

/* ---- patterns.c: dates, periods and names found with PCRE2 (data/lexicon/patterns.tsv) -- */

typedef struct earn_patterns earn_patterns;

/* One match: its folded span, the rule that matched and its normalised label. */
typedef struct earn_pattern_hit {
  size_t start, end;
  earn_qkind kind;  /* EARN_Q_DATE, EARN_Q_PERIOD or EARN_Q_LABEL */
  const char *rule; /* rule id, owned by the patterns */
  char label[48];   /* normalised: FY2026Q3, 2025Q4, 2026-03-17, --03, or the text */
} earn_pattern_hit;

/* Compile every pattern of the patterns.tsv files once (JIT where available), with `a`
   handed to PCRE2. */
earn_status earn_patterns_new(const earn_allocator *a, const earn_data_files *files,
                              earn_patterns **out, earn_error *err);
void earn_patterns_free(earn_patterns *p);
/* Per-call matching state: one per document read, never shared between threads. */
typedef struct earn_pattern_scan earn_pattern_scan;
earn_pattern_scan *earn_pattern_scan_new(const earn_patterns *p);
void earn_pattern_scan_free(earn_pattern_scan *scan);
/* The next match at or after `from` in s[0..len); false when there is none or on a PCRE2
   failure (then *failed is EARN_ERR_NOMEM or EARN_ERR_DEPENDENCY, else EARN_OK). */
bool earn_pattern_next(earn_pattern_scan *scan, const char *s, size_t len, size_t from,
                       earn_pattern_hit *hit, earn_status *failed);

/* ---- doc.c and quantity.c: the document and its quantities ---------------------------- */

struct earn_quantity {
  earn_qkind kind;
  earn_qualifier qualifier;
  uint32_t flags; /* EARN_QF_* */
  bool has_value; /* false for ranges, dates, periods and labels */
  bool is_range;
  earn_decimal value, low, high;
  const char *unit;    /* static or owned by the extractor's lexicon; "" if none */
  size_t fstart, fend; /* span in the folded text */
  earn_span span;      /* span in the original input */
  size_t label_off;    /* into the document's label buffer while scanning */
  const char *label;   /* resolved once scanning is done */
  const char *rule;    /* id of the rule that produced it (static or the patterns') */
};

typedef struct earn_diag {
  earn_span span;
  earn_severity severity;
  size_t msg_off;
  const char *msg;
} earn_diag;

/* ---- fact.c, report.c: facts and what the document says about itself ---------------- */

#include "period.h"

struct earn_fact {
  const char *metric;   /* canonical id, owned by the lexicon */
  uint8_t value_kind;   /* EARN_Q_MONEY, EARN_Q_PERCENT or EARN_Q_COUNT: what the metric takes */
  uint8_t metric_flags; /* EARN_LEXF_NEG / _ADS / _PER_SHARE of the metric word */
  earn_basis basis;
  earn_fact_kind kind;
  bool has_value, has_yoy, has_qoq;
  bool prior;         /* a comparative: a figure of an earlier period */
  bool point_in_time; /* a count "as of" a day: no fiscal period */
  bool period_explicit;
  bool period_from_context; /* explicit, but from a label before its metric: a closer one wins */
  earn_decimal value, yoy, qoq;
  const char *unit;
  const char *count_unit; /* the unit a count of this metric takes by default ("users") */
  earn_qualifier qualifier, yoy_qualifier, qoq_qualifier;
  earn_fperiod period;
  size_t seg_off, seg_len;                /* segment text in the document's string buffer */
  size_t fvalue[2], fmetric[2], fstmt[2]; /* folded spans: value, metric phrase, statement */
  size_t sentence;                        /* folded start of its sentence */
  size_t group;    /* facts cloned from one statement (translations, per share) share it */
  size_t mention0; /* first of its mentions in doc->mentions */
  size_t mentions; /* how many */
  const char *rule;
  /* Resolved when the document is finished. */
  const char *segment;
  const earn_span *mention_spans; /* doc->mentions + mention0 */
  earn_span value_span, metric_span, stmt_span;
  char period_name[20], calendar_name[20];
};

/* What the document says about itself (report.c). */
typedef struct earn_report {
  size_t issuer_off, issuer_len; /* into doc->strings; len 0 if unknown */
  size_t short_off, short_len;   /* a short name: 「...」 alias or the name without its suffix */
  size_t date_off, date_len;     /* the release date as written */
  long release_date;             /* yyyymmdd, 0 if unknown */
  size_t fdate[2];               /* folded span of the release date */
  earn_fperiod period;
  size_t period_at; /* folded offset of the label the period was read from */
  int fye;
  bool fye_known;
  int fy_offset; /* the issuer's fiscal-year number minus the calendar year its year ends in
                    ("fiscal 2024" ending February 1, 2025: -1) */
  const char *currency;
  bool preliminary; /* a flash report of results (业绩快报): its 预计 is no outlook */
  bool forecast; /* a profit forecast or warning (业绩预告, 预增, 盈利警告): the figures of the
                    period it reports are expected ones */
  bool ratio_rates; /* growth is written as a ratio to the year before (前期比100.8％): an
                       undirected 同7.2％ is a ratio too */
  char period_name[20], calendar_name[20];
  const char *issuer, *short_name, *date; /* resolved at the end */
} earn_report;

struct earn_extractor {
  earn_allocator alloc;
  earn_lexicon *lex;
  earn_patterns *patterns;
  char *issuer; /* the issuer of every document read, or NULL */
};

struct earn_doc {
  const earn_extractor *ex;
  const earn_allocator *alloc;
  char *input_copy;
  const char *input;
  size_t input_len;
  bool html;          /* read as HTML: text is made from source.text */
  earn_source source; /* the visible text of HTML input; empty for plain text */
  earn_text text;
  earn_lang lang;
  earn_quantity *q;
  size_t nq, q_cap;
  char *strings; /* labels and diagnostic messages */
  size_t strings_len, strings_cap;
  earn_diag *diags;
  size_t ndiag, diag_cap;
  earn_fact *facts;
  size_t nfacts, facts_cap;
  earn_span *mentions; /* statement spans of every fact, grouped by fact (see mention0) */
  size_t nmentions, mentions_cap;
  earn_report report;
  bool oom; /* an allocation failed while scanning: the read fails with EARN_ERR_NOMEM */
};

/* The index of the first quantity that starts at or after folded offset pos (doc->nq if
   none): quantities are in order of their starts. */
size_t earn_doc_quantity_from(const earn_doc *doc, size_t pos);
/* Append a quantity (copied) to the document; false on OOM. */
bool earn_doc_add_quantity(earn_doc *doc, const earn_quantity *q, const char *label,
                           size_t label_len);
/* Record a diagnostic over folded span [fstart, fend); false on OOM. */
bool earn_doc_add_diag(earn_doc *doc, size_t fstart, size_t fend, earn_severity sev,
                       const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
/* Find every quantity of the document's folded text. */
earn_status earn_scan_quantities(earn_doc *doc, earn_error *err);
/* Store a string in the document's buffer; false on OOM (doc->oom set). */
bool earn_doc_store(earn_doc *doc, const char *s, size_t len, size_t *off);
/* The original span of a folded span: bytes of the input (of the HTML for HTML input). */
earn_span earn_doc_span(const earn_doc *doc, size_t fstart, size_t fend);
/* The evidence text of a folded span as a reader sees it: the input's bytes for plain text,
   the visible text for HTML (no markup, references decoded). */
const char *earn_doc_evidence(const earn_doc *doc, size_t fstart, size_t fend, size_t *len);

/* report.c: issuer, release date, report period and fiscal year end, before facts are read. */
void earn_read_report(earn_doc *doc);
/* issuer.c: the name an issuer is known by across releases: without company-form endings
   (Inc., Holdings, 股份有限公司), ASCII lower-cased, without spaces and punctuation ("Example
   Holdings, Inc." and "Example" are both "example"). Writes at most cap - 1 bytes and a NUL;
   returns the length. */
size_t earn_issuer_key(const char *name, size_t len, char *out, size_t cap);
/* fact.c: link quantities to metrics, growth, segments and periods. */
void earn_find_facts(earn_doc *doc);
/* report.c: merge repeated facts, name periods, check what can be checked. */
void earn_finish_facts(earn_doc *doc);

/* ---- write-*.c: tables of quantities and facts as CSV, TSV and JSON -------------------- */

/* One row's cells as text (pointing into the row's buffers, the document and its input). The
   writers size the cell arrays to the table's columns. */
typedef struct earn_row {
  const char **cell;
  size_t *cell_len;
  char (*wide)[EARN_DECIMAL_BUFSIZE]; /* a number buffer per column, for wide tables */
  char num[16][EARN_DECIMAL_BUFSIZE];
  char list[2][1024]; /* cells that list several items, cut at a whole item */
  char start[24], end[24], cagr_years[16];
} earn_row;

/* A table the writers print: its columns and how to fill row i. In JSON, columns in the
   int_cols bit mask are integers and empty cells are null except in keep_empty columns. */
typedef struct earn_table {
  const char *const *columns;
  int ncols;
  size_t nrows;
  void (*fill)(const void *src, size_t i, earn_row *row);
  uint32_t int_cols, keep_empty; /* bit masks over the first 32 columns */
  const void *src;               /* what the rows are read from: a document or a store */
  const earn_allocator *alloc;
} earn_table;

/* write-row.c: the cell arrays of a row of table t (earn_row_init: false on OOM, nothing to
   free), and the quantity and fact tables. */
bool earn_row_init(earn_row *row, const earn_table *t);
void earn_row_free(earn_row *row, const earn_table *t);
earn_table earn_quantity_table(const earn_doc *doc);
earn_table earn_fact_table(const earn_doc *doc);
/* write-csv.c: CSV through libcsv (sep ','), or TSV (sep '\t': tabs and line breaks in a
   cell become spaces, nothing is quoted). */
earn_status earn_write_table_csv(const earn_table *t, int header, char sep, earn_write_fn write,
                                 void *ctx);
/* write-csv.c: whether a spreadsheet would run the cell as a formula (it starts with =, +, -,
   @, a tab or a CR and is no plain number): the writers put a ' before it. */
bool earn_cell_needs_guard(const char *s, size_t n);
/* write-json.c: one JSON array of objects through jansson. */
earn_status earn_write_table_json(const earn_table *t, earn_write_fn write, void *ctx);
/* write-json.c: a table in `format`; EARN_ERR_ARG without a writer. */
earn_status earn_write_table(const earn_table *t, earn_format format, int header,
                             earn_write_fn write, void *ctx);

#endif /* EARN_PRIVATE_H */
