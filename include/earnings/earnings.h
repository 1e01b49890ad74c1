/* SPDX-License-Identifier: MIT */
/**
 * @file earnings.h
 * @brief libearnings: exact figures from earnings releases (English, Japanese, Chinese).
 *
 * The flow is: an ::earn_extractor (lexicons and compiled patterns, built once and shared
 * read-only by any number of threads) reads a document's bytes into an ::earn_doc, which owns
 * everything found in it: the quantities now, the financial facts later. Every item carries the
 * half-open byte span it came from in the caller's original input.
 *
 * Conventions used throughout:
 * - Inputs are `(const char *, size_t)`; they are never modified and need not be NUL-terminated.
 * - Strings returned by getters are owned by the object they came from and stay valid until
 *   that object is freed. Every `_free` function accepts NULL and then does nothing.
 * - Constructors return NULL on failure and fill an optional caller-owned ::earn_error; other
 *   calls return an ::earn_status (#EARN_OK is 0).
 * - Thread-safety: an extractor is immutable after construction and may be used from many
 *   threads at once; a document is used by one thread at a time. Decimal functions are pure.
 * - Everything declared here is available since version 0.1.0.
 */
#ifndef EARNINGS_H
#define EARNINGS_H

#include <stddef.h>
#include <stdint.h>

#include <earnings/earnings-version.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32) && !defined(EARN_STATIC)
#ifdef EARN_BUILDING
#define EARN_API __declspec(dllexport)
#else
#define EARN_API __declspec(dllimport)
#endif
#elif defined(EARN_BUILDING) && defined(__GNUC__)
#define EARN_API __attribute__((visibility("default")))
#else
#define EARN_API
#endif

/** @name Version */
/**@{*/
/** The library's version as `0xMMmmpp` (compare with #EARN_VERSION_HEX). Thread-safe. */
EARN_API uint32_t earn_version(void);
/** The library's version as a static string such as "0.1.0". Thread-safe. */
EARN_API const char *earn_version_string(void);
/**@}*/

/** @name Status codes and errors */
/**@{*/
typedef enum earn_status {
  EARN_OK = 0,                 /**< success */
  EARN_ERR_ARG = 1,            /**< a bad argument (NULL where a value is needed, bad option) */
  EARN_ERR_NOMEM = 2,          /**< an allocation failed */
  EARN_ERR_IO = 3,             /**< reading or writing a file or stream failed */
  EARN_ERR_UTF8 = 4,           /**< the input is not valid UTF-8 (see ::earn_error.pos) */
  EARN_ERR_BINARY = 5,         /**< the input holds NUL bytes: binary, not text */
  EARN_ERR_LIMIT = 6,          /**< the input exceeds a size limit (4 GiB - 1 bytes) */
  EARN_ERR_OVERFLOW = 7,       /**< a decimal result does not fit its 38 digits or exponent range */
  EARN_ERR_DIVZERO = 8,        /**< decimal division by zero */
  EARN_ERR_SYNTAX = 9,         /**< a string is not in the expected form (see ::earn_error.pos) */
  EARN_ERR_INEXACT = 10,       /**< exact rounding was asked for and the result needs rounding */
  EARN_ERR_DEPENDENCY = 11,    /**< a library we build on (PCRE2) failed */
  EARN_ERR_NOT_MEANINGFUL = 12 /**< a growth rate over a zero or negative base */
} earn_status;

/** A static English description of @p status; never NULL. Thread-safe. */
EARN_API const char *earn_status_str(earn_status status);

/**
 * What went wrong, filled by calls that take an `earn_error *` (which may be NULL).
 * On success the struct is left untouched.
 */
typedef struct earn_error {
  earn_status code; /**< why */
  size_t pos;       /**< byte offset in the caller's input where it went wrong, or SIZE_MAX */
  const char *msg;  /**< static text for @c code */
  char detail[128]; /**< NUL-terminated details, possibly empty */
} earn_error;

/**
 * Line (1-based) and column (1-based, in Unicode code points) of byte offset @p pos in
 * @p text. Offsets past the end are clamped to the end. Either output may be NULL.
 */
EARN_API void earn_locate(const char *text, size_t len, size_t pos, size_t *line, size_t *column);
/**@}*/

/** @name Memory */
/**@{*/
/**
 * Allocator hooks. Each function receives @c ctx. All three must be set, or pass NULL for
 * the hooks as a whole to use the C library's. They are also handed to PCRE2. The library
 * never aborts on allocation failure: the call that failed returns #EARN_ERR_NOMEM.
 */
typedef struct earn_alloc {
  void *(*malloc)(size_t size, void *ctx);
  void *(*realloc)(void *ptr, size_t size, void *ctx);
  void (*free)(void *ptr, void *ctx);
  void *ctx;
} earn_alloc;
/**@}*/

/** @name Spans */
/**@{*/
/** A half-open byte range `[start, end)` in the caller's original input. */
typedef struct earn_span {
  size_t start;
  size_t end;
} earn_span;
/**@}*/

/** @name Exact decimals
 * A value is `coefficient * 10^exponent`, with a signed 128-bit coefficient of at most 38
 * decimal digits and an exponent in [-40, 40]. Money never passes through a binary float.
 * The struct is plain data: copy it freely; all functions are pure and thread-safe.
 */
/**@{*/
typedef struct earn_decimal {
  uint64_t coef_lo; /**< low 64 bits of the two's-complement 128-bit coefficient */
  int64_t coef_hi;  /**< high 64 bits (sign included) */
  int32_t exponent; /**< power of ten */
} earn_decimal;

/** Rounding modes for earn_decimal_div() and earn_decimal_round(). */
typedef enum earn_rounding {
  EARN_ROUND_HALF_EVEN = 0, /**< to nearest, ties to even (banker's) */
  EARN_ROUND_HALF_UP = 1,   /**< to nearest, ties away from zero */
  EARN_ROUND_DOWN = 2,      /**< toward zero (truncate) */
  EARN_ROUND_FLOOR = 3,     /**< toward negative infinity */
  EARN_ROUND_CEILING = 4,   /**< toward positive infinity */
  EARN_ROUND_EXACT = 5      /**< fail with #EARN_ERR_INEXACT if rounding would change the value */
} earn_rounding;

/** Longest string earn_decimal_format() writes, with its NUL. */
#define EARN_DECIMAL_BUFSIZE 96

/** The decimal equal to @p value. */
EARN_API earn_decimal earn_decimal_from_int(int64_t value);
/**
 * Parse a plain decimal: optional sign, digits, optional `.` and digits (`-12.50`, `+3`, `.5`).
 * No grouping, exponent or spaces. Trailing zeros are kept (`1.50` has exponent -2), except
 * zeros past the 38th significant digit, which move into the exponent, so that everything
 * earn_decimal_format() prints reads back.
 * @return #EARN_OK; #EARN_ERR_SYNTAX with @p err->pos at the first bad byte;
 *         #EARN_ERR_OVERFLOW past 38 significant digits or 40 places after the point;
 *         #EARN_ERR_ARG if @p s or @p out is NULL.
 */
EARN_API earn_status earn_decimal_parse(const char *s, size_t len, earn_decimal *out,
                                        earn_error *err);
/**
 * Write @p d as a plain string (no exponent, no grouping: `152000000000`, `-0.05`) into
 * @p buf of @p cap bytes, NUL-terminated and truncated to fit. Returns the length the full
 * string needs, without the NUL (at most #EARN_DECIMAL_BUFSIZE - 1).
 */
EARN_API size_t earn_decimal_format(earn_decimal d, char *buf, size_t cap);
EARN_API earn_status earn_decimal_add(earn_decimal a, earn_decimal b, earn_decimal *out);
EARN_API earn_status earn_decimal_sub(earn_decimal a, earn_decimal b, earn_decimal *out);
EARN_API earn_status earn_decimal_mul(earn_decimal a, earn_decimal b, earn_decimal *out);
/**
 * @p a / @p b rounded to @p scale digits after the point (the result's exponent is -scale;
 * scale may be negative) with @p mode. #EARN_ERR_DIVZERO when @p b is zero.
 */
EARN_API earn_status earn_decimal_div(earn_decimal a, earn_decimal b, int scale, earn_rounding mode,
                                      earn_decimal *out);
/** Round @p d to @p scale digits after the point with @p mode. */
EARN_API earn_status earn_decimal_round(earn_decimal d, int scale, earn_rounding mode,
                                        earn_decimal *out);
/** @p d times 10^@p power, exactly: the exponent moves, and where it would leave [-40, 40]
    zeros move between coefficient and exponent. #EARN_ERR_OVERFLOW if no form holds it. */
EARN_API earn_status earn_decimal_shift(earn_decimal d, int power, earn_decimal *out);
/** -1, 0 or 1 as @p a is less than, equal to or greater than @p b by value (1.0 == 1). */
EARN_API int earn_decimal_cmp(earn_decimal a, earn_decimal b);
/** -1, 0 or 1: the sign of @p d. */
EARN_API int earn_decimal_sign(earn_decimal d);
/** @p d with trailing zeros of the coefficient moved into the exponent (1.50 -> 1.5). */
EARN_API earn_decimal earn_decimal_normalize(earn_decimal d);
/** @p d with its sign flipped. */
EARN_API earn_decimal earn_decimal_negate(earn_decimal d);
/**@}*/

/** @name Extractor
 * The compiled, shareable part: lexicons and patterns.
 */
/**@{*/
typedef struct earn_extractor earn_extractor;

/**
 * Build an extractor from the lexicons embedded in the library. @p alloc may be NULL (libc);
 * the hooks are copied and used by the extractor and every document read with it.
 * Returns NULL on failure with @p err filled (#EARN_ERR_NOMEM, #EARN_ERR_DEPENDENCY,
 * #EARN_ERR_SYNTAX for a bad lexicon line with err->detail naming it).
 */
EARN_API earn_extractor *earn_extractor_new(const earn_alloc *alloc, earn_error *err);
/** A lexicon file given by the caller, in the format of the library's data/lexicon/ files. */
typedef struct earn_lexicon_file {
  const char *name; /**< which file: "metrics.tsv", "cues.tsv", "units.tsv", "patterns.tsv"... */
  const char *data; /**< its text (copied while the extractor is built) */
  size_t len;
  int replace; /**< nonzero: instead of the embedded file; zero: read before it, so that its
                    entries win over embedded ones of the same length */
} earn_lexicon_file;

/** Options for earn_extractor_new_with(). Zero-initialise, then set what you need. */
typedef struct earn_extractor_options {
  const earn_alloc *alloc;           /**< NULL: libc */
  const earn_lexicon_file *lexicons; /**< the caller's lexicon files, or NULL */
  size_t lexicon_count;
  /** The company every document read with the extractor is about (a folder of one company's
      releases), instead of the name each document is searched for; NULL to search. */
  const char *issuer;
} earn_extractor_options;

/**
 * Build an extractor whose lexicons the caller extends or replaces (a company's own segment
 * or metric words, another language's period words). A file with a name the library does not
 * have fails with #EARN_ERR_ARG; a bad line fails with #EARN_ERR_SYNTAX naming file and line.
 * @p opts may be NULL (the same as earn_extractor_new(NULL, err)).
 */
EARN_API earn_extractor *earn_extractor_new_with(const earn_extractor_options *opts,
                                                 earn_error *err);
/** Free an extractor. Documents read with it must be freed first. NULL is a no-op. */
EARN_API void earn_extractor_free(earn_extractor *ex);
/**@}*/

/** @name Documents */
/**@{*/
typedef struct earn_doc earn_doc;

/** Options for earn_doc_read(), OR-ed together. */
enum {
  EARN_OPT_DEFAULT = 0,
  /** Replace invalid UTF-8 and NUL bytes with U+FFFD and record a diagnostic instead of
      failing with #EARN_ERR_UTF8 / #EARN_ERR_BINARY. */
  EARN_OPT_REPLACE_INVALID = 1u << 0,
  /** Read the input as English / Japanese / Chinese instead of detecting its language. */
  EARN_OPT_LANG_EN = 1u << 1,
  EARN_OPT_LANG_JA = 1u << 2,
  EARN_OPT_LANG_ZH = 1u << 3,
  /** Do not copy the input: the caller keeps it alive and unchanged until earn_doc_free(). */
  EARN_OPT_BORROW_INPUT = 1u << 4,
  /** Find quantities only: no facts, no report (the quantities view, and faster). */
  EARN_OPT_QUANTITIES_ONLY = 1u << 5,
  /** Read the input as HTML / as plain text instead of deciding from its first bytes. HTML is
      read with libxml2: its visible text, with breaks at blocks and table cells; spans still
      point into the HTML. */
  EARN_OPT_HTML = 1u << 6,
  EARN_OPT_TEXT = 1u << 7
};

/** Languages, as detected or forced. */
typedef enum earn_lang { EARN_LANG_EN = 0, EARN_LANG_JA = 1, EARN_LANG_ZH = 2 } earn_lang;
/** "en", "ja" or "zh". */
EARN_API const char *earn_lang_name(earn_lang lang);

/**
 * Read one document, plain UTF-8 text (a leading BOM is skipped) or HTML (detected from its
 * first bytes, or see #EARN_OPT_HTML), and find its quantities, facts and report.
 * @p ex must outlive the document. Returns NULL on failure with @p err filled:
 * #EARN_ERR_ARG, #EARN_ERR_NOMEM, #EARN_ERR_UTF8 / #EARN_ERR_BINARY (with the byte position;
 * see #EARN_OPT_REPLACE_INVALID), #EARN_ERR_LIMIT. An input with no figures is a success.
 */
EARN_API earn_doc *earn_doc_read(const earn_extractor *ex, const char *input, size_t len,
                                 uint32_t opts, earn_error *err);
/** Free a document and everything it owns. NULL is a no-op. */
EARN_API void earn_doc_free(earn_doc *doc);
/** The document's language (detected: kana means Japanese, Han without kana Chinese). */
EARN_API earn_lang earn_doc_lang(const earn_doc *doc);
/** The input the document was read from (the copy, or the caller's bytes if borrowed). */
EARN_API const char *earn_doc_input(const earn_doc *doc, size_t *len);
/**@}*/

/** @name Quantities
 * Every number the reader found, classified. Value and range bounds are in base units
 * (yuan, not 億元; 0.01 for a percentage point given as 1 bp). A quantity belongs to its
 * document and lives as long as it; the getters only read, so several threads may call them
 * on the same finished document. Given NULL they return a neutral value (0, "",
 * #EARN_Q_NUMBER, #EARN_QUAL_EXACT, an empty span).
 */
/**@{*/
typedef struct earn_quantity earn_quantity;

typedef enum earn_qkind {
  EARN_Q_NUMBER = 0,   /**< a bare number with no unit */
  EARN_Q_MONEY = 1,    /**< an amount of money; unit is an ISO 4217 code */
  EARN_Q_PERCENT = 2,  /**< a percentage; unit "pct" */
  EARN_Q_PP = 3,       /**< percentage points; unit "pp" (basis points are divided by 100) */
  EARN_Q_MULTIPLE = 4, /**< a multiple such as 6倍 or 3x; unit "x" */
  EARN_Q_COUNT = 5,    /**< a count of things; unit from its counter or noun ("users") */
  EARN_Q_DURATION = 6, /**< a length of time (8四半期, three months); unit "years" etc. */
  EARN_Q_DATE = 7,     /**< a calendar date, month or year; see earn_quantity_label() */
  EARN_Q_PERIOD = 8,   /**< a fiscal or calendar period label (2026年度第3四半期, Q3, FY26) */
  EARN_Q_LABEL = 9     /**< digits that are part of a name or code (model names such as X3.5,
                            programmes such as 66VIP, tickers, phone numbers, footnotes):
                            never an amount */
} earn_qkind;

typedef enum earn_qualifier {
  EARN_QUAL_EXACT = 0,
  EARN_QUAL_APPROX = 1,    /**< about, 約, 近く, 左右 */
  EARN_QUAL_AT_LEAST = 2,  /**< at least, 以上 */
  EARN_QUAL_MORE_THAN = 3, /**< over, more than, 超, 突破 */
  EARN_QUAL_AT_MOST = 4,   /**< at most, up to, 以下 */
  EARN_QUAL_LESS_THAN = 5  /**< under, less than, 未満, 不足 */
} earn_qualifier;

/** "number", "money", "percent", "pp", "multiple", "count", "duration", "date", "period",
    "label". */
EARN_API const char *earn_qkind_name(earn_qkind kind);
/** "exact", "approx", "at_least", "more_than", "at_most", "less_than". */
EARN_API const char *earn_qualifier_name(earn_qualifier qualifier);

/** Number of quantities in @p doc, in order of their start offsets. */
EARN_API size_t earn_doc_quantity_count(const earn_doc *doc);
/** Quantity @p i (0-based) of @p doc, or NULL if out of range. Owned by the document. */
EARN_API const earn_quantity *earn_doc_quantity(const earn_doc *doc, size_t i);

EARN_API earn_qkind earn_quantity_kind(const earn_quantity *q);
/**
 * The value in base units. Returns 0 and leaves @p out alone when the quantity has no
 * single value: a range (see earn_quantity_range()), a date, period or label.
 */
EARN_API int earn_quantity_value(const earn_quantity *q, earn_decimal *out);
/** Low and high bound of a range such as 3-5% or 30億～35億元: 1 if it is a range, else 0. */
EARN_API int earn_quantity_range(const earn_quantity *q, earn_decimal *low, earn_decimal *high);
/**
 * The unit: an ISO 4217 code for money; "pct", "pp", "x"; for counts "users", "members",
 * "customers", "organizations", "units", "stores", "employees", "orders", "shares" or
 * "people" (a person counter such as 人 with no noun to say who); for durations "years",
 * "months", "quarters", "weeks", "days" or "hours"; "" if none.
 */
EARN_API const char *earn_quantity_unit(const earn_quantity *q);
EARN_API earn_qualifier earn_quantity_qualifier(const earn_quantity *q);
/** The span of the whole quantity in the original input, from qualifier to unit. */
EARN_API earn_span earn_quantity_span(const earn_quantity *q);
/**
 * A normalised label for dates (`2026-03-17`, `2026-02`, `--03-17` without a year, `---11` a
 * day alone, `2025`, `T17:00` a time of day), periods (`FY2026Q3`, `2025Q4` a calendar
 * quarter, `Q3`, `FY2026H1`, `FY2026`, `Q1-Q3`, `M10-M12` a range of months, `3M@2025-12-31`
 * three months ended that day) and labels (the name as written in the input); "" for
 * amounts. Dates and periods that the text leaves partial stay partial: no year is guessed.
 */
EARN_API const char *earn_quantity_label(const earn_quantity *q);
/** The id of the rule that produced the quantity ("quantity.digits", "date.ymd_cjk", ...):
    provenance for debugging and for reports. Static; never NULL. */
EARN_API const char *earn_quantity_rule(const earn_quantity *q);
/** Flags describing how the quantity was written, OR-ed. */
enum {
  EARN_QF_INEXACT = 1u << 0,         /**< the value was rounded (a fraction such as 1/3) */
  EARN_QF_NEGATIVE_MARK = 1u << 1,   /**< negative by △, ▲ or parentheses */
  EARN_QF_WORDS = 1u << 2,           /**< written in words or kanji/hanzi numerals */
  EARN_QF_LOWER_BOUND_WORD = 1u << 3 /**< a word such as 三桁 / double-digit (qualifier says
                                          at_least) */
};
EARN_API uint32_t earn_quantity_flags(const earn_quantity *q);
/**@}*/

/** @name Diagnostics
 * Things the reader noticed and did not silently drop: replaced bytes, doubtful figures.
 */
/**@{*/
typedef enum earn_severity { EARN_SEV_INFO = 0, EARN_SEV_WARNING = 1 } earn_severity;
EARN_API size_t earn_doc_diagnostic_count(const earn_doc *doc);
/** Diagnostic @p i: returns its message (owned by the document) or NULL if out of range;
    @p span and @p severity may be NULL. */
EARN_API const char *earn_doc_diagnostic(const earn_doc *doc, size_t i, earn_span *span,
                                         earn_severity *severity);
/**@}*/

/** @name Facts
 * Financial line items found in the prose of a release: a metric (canonical id such as
 * `revenue`, `operating_income`, `eps`, `users`) with its segment, basis, kind, fiscal and
 * calendar period, value, unit and qualifier, stated growth, the spans it came from and the
 * rule that produced it. The same fact stated several times is one fact with several
 * mentions. Facts belong to their document; getters given NULL return neutral values.
 */
/**@{*/
typedef struct earn_fact earn_fact;

typedef enum earn_basis {
  EARN_BASIS_REPORTED = 0,  /**< GAAP / IFRS / as reported */
  EARN_BASIS_ADJUSTED = 1,  /**< non-GAAP, adjusted, 調整後, 经调整, excluding items */
  EARN_BASIS_COMPARABLE = 2 /**< like-for-like, constant currency, excluding disposals */
} earn_basis;
/** "reported", "adjusted", "comparable". */
EARN_API const char *earn_basis_name(earn_basis basis);

typedef enum earn_fact_kind {
  EARN_FACT_ACTUAL = 0,   /**< a result of a past period */
  EARN_FACT_GUIDANCE = 1, /**< an outlook for a coming period */
  EARN_FACT_TARGET = 2    /**< a long-range goal */
} earn_fact_kind;
/** "actual", "guidance", "target". */
EARN_API const char *earn_fact_kind_name(earn_fact_kind kind);

/** Number of facts in @p doc, in order of their first mention. */
EARN_API size_t earn_doc_fact_count(const earn_doc *doc);
/** Fact @p i (0-based) of @p doc, or NULL if out of range. Owned by the document. */
EARN_API const earn_fact *earn_doc_fact(const earn_doc *doc, size_t i);

/** The canonical metric id (see the facts CSV format): "revenue", "net_income", ... */
EARN_API const char *earn_fact_metric(const earn_fact *f);
/** The business the figure is about, as written; "" for the whole company. */
EARN_API const char *earn_fact_segment(const earn_fact *f);
EARN_API earn_basis earn_fact_basis(const earn_fact *f);
EARN_API earn_fact_kind earn_fact_kind_of(const earn_fact *f);
/** The fiscal period: `FY2026Q3`, `FY2026H1`, `FY2026`, `FY2026Q1-Q3`; "" when the figure
    is a point in time or the period is unknown. */
EARN_API const char *earn_fact_period(const earn_fact *f);
/** The calendar period the fiscal one mostly covers: `2025Q4`, `2025H2`, `2025`; or "". */
EARN_API const char *earn_fact_calendar_period(const earn_fact *f);
/** The value in base units (negative for losses). 0 and @p out untouched when the fact is a
    growth statement without a value. */
EARN_API int earn_fact_value(const earn_fact *f, earn_decimal *out);
/** ISO 4217 code, "pct", "x" or a count unit ("users", "members", ...); "" without a value. */
EARN_API const char *earn_fact_unit(const earn_fact *f);
EARN_API earn_qualifier earn_fact_qualifier(const earn_fact *f);
/** Stated growth over the same period a year earlier, in percent, signed: 1 if stated.
    @p qualifier (may be NULL) is #EARN_QUAL_AT_LEAST for words such as triple-digit. */
EARN_API int earn_fact_yoy(const earn_fact *f, earn_decimal *pct, earn_qualifier *qualifier);
/** Stated growth over the previous quarter, in percent, signed: 1 if stated. */
EARN_API int earn_fact_qoq(const earn_fact *f, earn_decimal *pct, earn_qualifier *qualifier);
/** Spans in the original input: the value (or the growth figure when there is no value),
    the metric phrase, and the whole statement. */
EARN_API earn_span earn_fact_value_span(const earn_fact *f);
EARN_API earn_span earn_fact_metric_span(const earn_fact *f);
EARN_API earn_span earn_fact_statement_span(const earn_fact *f);
/** How many times the fact is stated (1 or more), and the statement span of mention @p i. */
EARN_API size_t earn_fact_mention_count(const earn_fact *f);
EARN_API earn_span earn_fact_mention(const earn_fact *f, size_t i);
/** The id of the rule that produced the fact ("fact.value", "fact.growth", "fact.prior",
    "fact.translation", "fact.per_share"): static, never NULL. */
EARN_API const char *earn_fact_rule(const earn_fact *f);
/** Where the fact was read: "text" (prose). */
EARN_API const char *earn_fact_source(const earn_fact *f);
/**@}*/

/** @name Report
 * What the document says about itself. Strings are owned by the document; "" when unknown.
 */
/**@{*/
/** The issuing company as first named ("Example Holdings Inc.", "某某股份有限公司"). */
EARN_API const char *earn_doc_issuer(const earn_doc *doc);
/** The release date as written in the text ("March 5, 2026", "2026年3月18日"). */
EARN_API const char *earn_doc_release_date(const earn_doc *doc);
/** The fiscal period the document reports (`FY2026Q3`) and its calendar period (`2025Q4`). */
EARN_API const char *earn_doc_period(const earn_doc *doc);
EARN_API const char *earn_doc_calendar_period(const earn_doc *doc);
/** The month (1-12) in which the issuer's fiscal year ends, as stated or inferred; 12 when
    the text says nothing that tells otherwise. */
EARN_API int earn_doc_fiscal_year_end(const earn_doc *doc);
/** The currency most of the document's money figures are in (ISO 4217), or "". */
EARN_API const char *earn_doc_currency(const earn_doc *doc);
/**@}*/

/** @name Writing
 * The quantities of a document as CSV (RFC 4180, written with libcsv) or JSON (jansson),
 * with the columns `kind,value,unit,qualifier,low,high,start,end,label,rule,text`.
 */
/**@{*/
typedef enum earn_format {
  EARN_FORMAT_CSV = 0,
  EARN_FORMAT_JSON = 1,
  EARN_FORMAT_TSV = 2 /**< tab-separated; tabs and line breaks inside cells become spaces */
} earn_format;
/** Receives output in pieces; returns 0 to go on, nonzero to stop with #EARN_ERR_IO. */
typedef int (*earn_write_fn)(const char *data, size_t len, void *ctx);
/**
 * Write the quantities of @p doc through @p write in @p format. With @p header nonzero, CSV
 * starts with its header row; JSON is always one array. Returns #EARN_OK, #EARN_ERR_IO when
 * @p write failed, #EARN_ERR_NOMEM, #EARN_ERR_ARG.
 */
EARN_API earn_status earn_doc_write_quantities(const earn_doc *doc, earn_format format, int header,
                                               earn_write_fn write, void *ctx);
/** The columns of the facts table, in order, as written by earn_doc_write_facts(). */
#define EARN_FACT_COLUMNS                                                                          \
  "metric,segment,basis,period,calendar_period,kind,value,unit,qualifier,yoy_pct,"                 \
  "yoy_qualifier,qoq_pct,start,end,text,source,rule"
/**
 * Write the facts of @p doc with the columns #EARN_FACT_COLUMNS (the facts CSV format):
 * CSV (libcsv), TSV, or JSON (jansson: one array of objects with the same keys). Values are
 * plain decimals in base units; empty cells are unknowns. CSV and TSV reach @p write one
 * whole line per call. Returns as earn_doc_write_quantities().
 */
EARN_API earn_status earn_doc_write_facts(const earn_doc *doc, earn_format format, int header,
                                          earn_write_fn write, void *ctx);
/**@}*/

#ifdef __cplusplus
}
#endif

#include "analytics.h"

#endif /* EARNINGS_H */
