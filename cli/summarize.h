/* SPDX-License-Identifier: MIT */
/* earnings summarize: the report of one release and the pieces that print it, shared by
   cli/summarize*.c. Public API only. */
#ifndef EARN_SUMMARIZE_H
#define EARN_SUMMARIZE_H

#include <stdbool.h>
#include <stdio.h>

#include <earnings/earnings.h>

/* ---- the report (summarize-select.c) ------------------------------------------------ */

/* Sections in the order they are printed; the diagnostics come last and hold no facts. */
typedef enum sum_section {
  SUM_HEADLINE,   /* whole-company results of the period the release reports */
  SUM_YEAR,       /* whole-company results of the fiscal year so far (FY, H1, Q1-Q3) */
  SUM_SEGMENTS,   /* results of a business within the company */
  SUM_GUIDANCE,   /* outlooks and long-range targets */
  SUM_OPERATING,  /* users, members, customers, shipments, orders, headcount */
  SUM_DIAGNOSTICS /* what the reader noticed */
} sum_section;
enum { SUM_FACT_SECTIONS = SUM_DIAGNOSTICS };

/* Growth next to a figure: the rate the release states, or, when it states none but gives
   the figure of a year earlier, the rate computed from the two (marked, so no reader takes
   it for the release's own words). */
typedef struct sum_growth {
  bool has;
  bool computed;
  bool pp; /* a ratio's change in percentage points, not a rate in percent */
  earn_decimal value;
  earn_qualifier qualifier;
} sum_growth;

/* One line of a section: a fact, or the two ends of a range stated at once ("$1.85-$1.92"
   is two facts of the library, one line for a reader). */
typedef struct sum_row {
  const earn_fact *fact; /* the fact, or the low end of the range */
  const earn_fact *high; /* the high end, or NULL */
  sum_growth yoy, qoq;
} sum_row;

typedef struct sum_diag {
  size_t line, column;
  earn_severity severity;
  const char *message; /* owned by the document */
} sum_diag;

typedef struct sum_report {
  const char *file;
  const earn_doc *doc;
  earn_lang labels; /* the language of headings and metric names */
  sum_row *rows[SUM_FACT_SECTIONS];
  size_t count[SUM_FACT_SECTIONS];
  sum_diag *diags;
  size_t ndiags;
} sum_report;

/* Sort the facts of `doc` into sections. Returns 0, or -1 when memory ran out. The report
   points into `doc`, which must outlive it. */
int sum_report_build(sum_report *r, const earn_doc *doc, const char *file, earn_lang labels);
/* Free what the report holds; also after a failed sum_report_build(). */
void sum_report_free(sum_report *r);

/* ---- words (summarize-labels.c) ------------------------------------------------------ */

typedef enum sum_word {
  SUM_W_HEADLINE, /* section titles, in the order of sum_section */
  SUM_W_YEAR,
  SUM_W_SEGMENTS,
  SUM_W_GUIDANCE,
  SUM_W_OPERATING,
  SUM_W_DIAGNOSTICS,
  SUM_W_KIND, /* column heads */
  SUM_W_PERIOD,
  SUM_W_SEGMENT,
  SUM_W_METRIC,
  SUM_W_FIGURE,
  SUM_W_VALUE,
  SUM_W_UNIT,
  SUM_W_YOY,
  SUM_W_QOQ,
  SUM_W_LOCATION,
  SUM_W_SEVERITY,
  SUM_W_MESSAGE,
  SUM_W_GUIDANCE_KIND, /* cells */
  SUM_W_TARGET_KIND,
  SUM_W_ADJUSTED,
  SUM_W_COMPARABLE,
  SUM_W_WARNING,
  SUM_W_NOTE,
  SUM_W_CALENDAR, /* the title line */
  SUM_W_RELEASED,
  SUM_W_NO_ISSUER,
  SUM_W_COMPUTED, /* the footnote of a computed growth */
  SUM_W_COUNT
} sum_word;

const char *sum_word_text(earn_lang lang, sum_word word);
/* "fiscal year ends in June", "6月決算", "财年截至6月" into buf. */
void sum_fiscal_year_end_text(earn_lang lang, int month, char *buf, size_t cap);
/* A metric's name for readers; the canonical id itself when it has none. */
const char *sum_metric_label(earn_lang lang, const char *metric);
/* Where a metric goes in a section (revenue first); unknown metrics after all known ones. */
int sum_metric_rank(const char *metric);
/* Whether a metric is an operating figure (a count of users, orders...). */
bool sum_metric_is_operating(const char *metric);
/* "en", "ja" or "zh" to a language: 0, or -1 for anything else. */
int sum_lang_parse(const char *name, earn_lang *lang);

/* ---- cells (summarize-cells.c, summarize-scale.c) ----------------------------------- */

/* A cell is at most this long; longer text is cut at a character boundary. */
#define SUM_CELL 256

/* The figure as the release writes it (its own scale: 1,236.50億元, $4.82 billion), or, when
   those bytes hold markup (HTML), the value written in a readable scale. */
void sum_cell_figure(const sum_report *r, const sum_row *row, char *buf, size_t cap);
/* The exact value in base units with its qualifier ("~41500", "2400000000 - 2450000000"). */
void sum_cell_value(const sum_row *row, char *buf, size_t cap);
/* The unit as shown: an ISO code, "%", "x" or a count noun. */
const char *sum_cell_unit(const sum_row *row);
/* "+14%", ">=+10%", "+1.7pp*" (computed); "" when there is none. Returns the sign of the
   growth (for colour): -1, 0 or 1. */
int sum_cell_growth(const sum_growth *g, char *buf, size_t cap);
/* The metric's label with its basis when not reported and, if asked, its segment. */
void sum_cell_metric(const sum_report *r, const earn_fact *f, bool with_segment, char *buf,
                     size_t cap);
/* The fiscal period with its calendar period when they differ ("FY2026Q3 (2026Q1)"); "" for
   the period the release reports when `blank_report_period`. */
void sum_cell_period(const sum_report *r, const earn_fact *f, bool blank_report_period, char *buf,
                     size_t cap);
/* `value` of `unit` in the scale a reader of `lang` expects: "$2.35 billion", "23.5億元",
   "3.65亿 users", "31.5%". */
void sum_format_scaled(earn_decimal value, const char *unit, earn_lang lang, char *buf, size_t cap);

/* ---- display width (summarize-width.c) ---------------------------------------------- */

/* Terminal columns `s` takes: East Asian wide and fullwidth characters two, combining marks
   none. */
size_t sum_display_width(const char *s);
/* Drop an incomplete UTF-8 sequence from the end of `s`, as a cut at a byte count (snprintf
   into a full buffer) leaves it. */
void sum_utf8_trim_partial(char *s);
/* Whether the `n` bytes at `s` are well-formed UTF-8 (no NUL among them is checked). */
bool sum_utf8_valid(const char *s, size_t n);

/* ---- tables (summarize-table.c) ----------------------------------------------------- */

typedef enum sum_style { SUM_STYLE_PLAIN, SUM_STYLE_UP, SUM_STYLE_DOWN } sum_style;

typedef struct sum_column {
  const char *head;
  bool right; /* numbers are right-aligned */
} sum_column;

typedef struct sum_table {
  const sum_column *cols; /* the caller's, alive while the table is */
  size_t ncols, nrows, cap;
  char **cells; /* nrows * ncols malloc'd strings */
  sum_style *styles;
} sum_table;

void sum_table_init(sum_table *t, const sum_column *cols, size_t ncols);
/* Add a row of ncols cells (copied); styles may be NULL. Returns 0, or -1 out of memory. */
int sum_table_add(sum_table *t, const char *const *cells, const sum_style *styles);
/* Aligned text, each line indented by two spaces; columns empty in every row are left out.
   With `colour`, growth is green or red (the padding stays outside the escapes). Returns 0,
   or -1 out of memory. */
int sum_table_write_text(const sum_table *t, FILE *out, bool colour);
/* A GitHub table, padded so that the source lines up too. Returns 0, or -1 out of memory. */
int sum_table_write_markdown(const sum_table *t, FILE *out);
void sum_table_free(sum_table *t);

/* ---- writers (summarize-text.c, summarize-json.c) ----------------------------------- */

typedef enum sum_format { SUM_FORMAT_TEXT, SUM_FORMAT_MARKDOWN, SUM_FORMAT_JSON } sum_format;

/* The report as aligned text (with ANSI bold and colours when `colour`) or as Markdown.
   Returns 0, or -1 out of memory. */
int sum_write_text(const sum_report *r, FILE *out, sum_format format, bool colour);
/* The report as a jansson object (new reference), or NULL out of memory. */
struct json_t;
struct json_t *sum_report_json(const sum_report *r);

#endif
