/* SPDX-License-Identifier: MIT */
/*
 * Unit tests for read-csv.c: reading a facts CSV with libcsv, one callback per data row.
 *
 * Every expected offset was counted by hand on the input literal next to it; in addition,
 * check_offsets() verifies for every cell of every successful case that its offset points at
 * the cell as written: at the opening quote of a quoted cell, at the first content byte of an
 * unquoted one, and, for an empty cell, at the delimiter or line break (or the end of the
 * input) that ends it.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "failing-alloc.h"
#include "private.h"
#include "store.h"
#include "suites.h"

/* String literals may hold NULs, so lengths come from sizeof, not strlen. */
#define IN(lit) .in = (lit), .in_len = sizeof(lit) - 1
#define COUNT(array) (int)(sizeof(array) / sizeof((array)[0]))
#define ABSENT SIZE_MAX

/* ---- collecting rows ------------------------------------------------------------------ */

enum { MAX_ROWS = 8, CELL_CAP = 96 };

typedef struct got_row {
  char cell[EARN_CC_COUNT][CELL_CAP];
  size_t len[EARN_CC_COUNT];
  size_t offset[EARN_CC_COUNT];
  size_t line, start;
} got_row;

typedef struct collector {
  got_row rows[MAX_ROWS];
  int n;       /* rows delivered, including one the callback refused */
  int stop_at; /* 1-based row at which the callback returns EARN_ERR_IO; 0: never */
} collector;

static earn_status collect(const earn_csv_row *row, void *ctx, earn_error *err) {
  collector *c = ctx;
  ck_assert_int_lt(c->n, MAX_ROWS);
  got_row *g = &c->rows[c->n++];
  for (int k = 0; k < EARN_CC_COUNT; k++) {
    ck_assert_ptr_nonnull(row->cell[k]);
    ck_assert_uint_eq(strlen(row->cell[k]), row->len[k]); /* NUL-terminated, no NUL inside */
    ck_assert_uint_lt(row->len[k], CELL_CAP);
    memcpy(g->cell[k], row->cell[k], row->len[k] + 1);
    g->len[k] = row->len[k];
    g->offset[k] = row->offset[k];
  }
  g->line = row->line;
  g->start = row->start;
  if (c->n == c->stop_at)
    return earn_error_set(err, EARN_ERR_IO, row->start, "stopped by the callback");
  return EARN_OK;
}

static earn_status read_into(collector *c, const char *in, size_t len, earn_error *err) {
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  return earn_read_facts_csv(&a, in, len, collect, c, err);
}

/* ---- the table ------------------------------------------------------------------------ */

typedef struct cell_check {
  int row; /* 0-based data row */
  earn_csv_col col;
  const char *value;
  size_t offset; /* ABSENT: the column is not in the file */
} cell_check;

typedef struct row_check {
  size_t line, start;
} row_check;

typedef struct read_case {
  const char *name;
  const char *in;
  size_t in_len;
  earn_status st;
  size_t pos;         /* err.pos on failure */
  const char *detail; /* a substring of err.detail on failure */
  int rows;           /* rows delivered (before the failure, if any) */
  const row_check *row_checks;
  const cell_check *cells;
  int ncells;
} read_case;

#define ROWS(...)                                                                                  \
  .row_checks = (const row_check[]) { __VA_ARGS__ }
#define CELLS(...)                                                                                 \
  .cells = (const cell_check[]){__VA_ARGS__},                                                      \
  .ncells = sizeof((const cell_check[]){__VA_ARGS__}) / sizeof(cell_check)
#define FAILS(code, at, text) .st = (code), .pos = (at), .detail = (text)

/* The header `earnings extract --format csv` writes, and its records end in CRLF. */
#define HDR EARN_FACT_COLUMNS "\r\n"
#define R1 (sizeof HDR - 1) /* where the first data row starts */
#define ROW1                                                                                       \
  "revenue,Cloud,reported,FY2026Q3,2025Q4,actual,1200000000,USD,,5,,,100,140,"                     \
  "\"Revenue rose 5%, to $1.2 billion\",text,r1\r\n"
#define R2 (R1 + sizeof ROW1 - 1)
#define ROW2 "net_income,,,FY2026Q3,2025Q4,actual,-3.5,USD,about,,,,,,,,\r\n"

static const read_case read_cases[] = {
    {"extract header, two rows", IN(HDR ROW1 ROW2), .rows = 2, ROWS({2, R1}, {3, R2}),
     CELLS({0, EARN_CC_METRIC, "revenue", R1}, {0, EARN_CC_SEGMENT, "Cloud", R1 + 8},
           {0, EARN_CC_BASIS, "reported", R1 + 14}, {0, EARN_CC_PERIOD, "FY2026Q3", R1 + 23},
           {0, EARN_CC_CALENDAR, "2025Q4", R1 + 32}, {0, EARN_CC_KIND, "actual", R1 + 39},
           {0, EARN_CC_VALUE, "1200000000", R1 + 46}, {0, EARN_CC_UNIT, "USD", R1 + 57},
           {0, EARN_CC_QUALIFIER, "", R1 + 61}, {0, EARN_CC_YOY, "5", R1 + 62},
           {0, EARN_CC_YOY_QUAL, "", R1 + 64}, {0, EARN_CC_QOQ, "", R1 + 65},
           {0, EARN_CC_START, "100", R1 + 66}, {0, EARN_CC_END, "140", R1 + 70},
           {0, EARN_CC_TEXT, "Revenue rose 5%, to $1.2 billion", R1 + 74}, /* the quote */
           {0, EARN_CC_SOURCE, "text", R1 + 109}, {0, EARN_CC_RULE, "r1", R1 + 114},
           {0, EARN_CC_ISSUER, "", ABSENT}, {0, EARN_CC_FILE, "", ABSENT},
           {0, EARN_CC_RELEASE_DATE, "", ABSENT}, {0, EARN_CC_FYE, "", ABSENT},
           {1, EARN_CC_METRIC, "net_income", R2}, {1, EARN_CC_SEGMENT, "", R2 + 11},
           {1, EARN_CC_VALUE, "-3.5", R2 + 36}, {1, EARN_CC_QUALIFIER, "about", R2 + 45},
           {1, EARN_CC_RULE, "", R2 + 58}, /* at the CR that ends it */
           {1, EARN_CC_ISSUER, "", ABSENT})},
    {"reordered columns, an unknown one, no final line break",
     IN("value,note,metric,unit\n"
        "1,hello,revenue,USD\n"
        "2,x,eps,JPY"),
     .rows = 2, ROWS({2, 23}, {3, 43}),
     CELLS({0, EARN_CC_VALUE, "1", 23}, {0, EARN_CC_METRIC, "revenue", 31},
           {0, EARN_CC_UNIT, "USD", 39}, {0, EARN_CC_SEGMENT, "", ABSENT},
           {1, EARN_CC_VALUE, "2", 43}, {1, EARN_CC_METRIC, "eps", 47},
           {1, EARN_CC_UNIT, "JPY", 51})},
    {"optional columns of a store export",
     IN("issuer,file,release_date,fiscal_year_end,metric,value\n"
        "Acme Corp,q3.html,2026-01-28,12,revenue,5\n"),
     .rows = 1, ROWS({2, 54}),
     CELLS({0, EARN_CC_ISSUER, "Acme Corp", 54}, {0, EARN_CC_FILE, "q3.html", 64},
           {0, EARN_CC_RELEASE_DATE, "2026-01-28", 72}, {0, EARN_CC_FYE, "12", 83},
           {0, EARN_CC_METRIC, "revenue", 86}, {0, EARN_CC_VALUE, "5", 94})},
    {"quoted cells: commas, doubled quotes, line breaks",
     IN("\"metric\",text\n"
        "\"revenue\",\"He said \"\"up\"\", then\nmore\"\n"
        "eps,\"a\r\nb\"\n"
        "net,\"\"\n"),
     .rows = 3, ROWS({2, 14}, {4, 52}, {6, 63}),
     CELLS({0, EARN_CC_METRIC, "revenue", 14}, {0, EARN_CC_TEXT, "He said \"up\", then\nmore", 24},
           {1, EARN_CC_METRIC, "eps", 52}, {1, EARN_CC_TEXT, "a\r\nb", 56},
           {2, EARN_CC_METRIC, "net", 63}, {2, EARN_CC_TEXT, "", 67})},
    {"byte order mark", IN("\xEF\xBB\xBFmetric,value\r\nrevenue,1\r\n"), .rows = 1, ROWS({2, 17}),
     CELLS({0, EARN_CC_METRIC, "revenue", 17}, {0, EARN_CC_VALUE, "1", 25})},
    {"empty lines anywhere", IN("\n\r\nmetric,value\n\n\nrevenue,1\n\r\n\neps,2\n\n"), .rows = 2,
     ROWS({6, 18}, {9, 31}),
     CELLS({0, EARN_CC_METRIC, "revenue", 18}, {1, EARN_CC_VALUE, "2", 35})},
    {"header only", IN("metric,value\r\n"), .rows = 0},
    {"header only, no line break", IN("metric"), .rows = 0},
    {"spaces are kept as written", IN("metric, value\n revenue , 1 \n"), .rows = 1, ROWS({2, 14}),
     CELLS({0, EARN_CC_METRIC, " revenue ", 14}, {0, EARN_CC_VALUE, "", ABSENT})},
    {"empty last cell at the end of the input", IN("metric,value\nrevenue,"), .rows = 1,
     CELLS({0, EARN_CC_VALUE, "", 21})},
    {"one column", IN("metric\nrevenue\n\neps"), .rows = 2, ROWS({2, 7}, {4, 16}),
     CELLS({0, EARN_CC_METRIC, "revenue", 7}, {1, EARN_CC_METRIC, "eps", 16})},
    {"repeated unknown columns are fine", IN("note,metric,note\na,revenue,b\n"), .rows = 1,
     CELLS({0, EARN_CC_METRIC, "revenue", 19})},
    {"UTF-8 text, a real U+FFFD", IN("metric,segment,text\nrevenue,日本,\xEF\xBF\xBD\n"), .rows = 1,
     CELLS({0, EARN_CC_SEGMENT, "日本", 28}, {0, EARN_CC_TEXT, "\xEF\xBF\xBD", 35})},

    /* ---- syntax ---- */
    {"unterminated quote", IN("metric,text\nrevenue,\"abc\n"),
     FAILS(EARN_ERR_SYNTAX, 20, "line 2: quoted cell with no closing quote")},
    {"unterminated quote in the header", IN("\"metric"),
     FAILS(EARN_ERR_SYNTAX, 0, "closing quote")},
    {"unterminated quote after good rows", IN("metric\nrevenue\n\"eps\nmore\nlines"),
     FAILS(EARN_ERR_SYNTAX, 15, "line 3:"), .rows = 1},
    {"quote inside an unquoted cell", IN("metric,text\nrevenue,ab\"c\n"),
     FAILS(EARN_ERR_SYNTAX, 22, "line 2: quote inside an unquoted cell")},
    {"quote inside an unquoted header cell", IN("met\"ric\n"),
     FAILS(EARN_ERR_SYNTAX, 3, "quote inside")},
    {"text after a closing quote", IN("metric,text\nrevenue,\"ab\"c\n"),
     FAILS(EARN_ERR_SYNTAX, 24, "text after the closing quote")},
    {"space after a closing quote", IN("metric,text\nrevenue,\"ab\" \n"),
     FAILS(EARN_ERR_SYNTAX, 24, "closing quote")},
    {"stray quote on a later line", IN("metric,text\n\"a\nb\",\"x\ny\"z\n"),
     FAILS(EARN_ERR_SYNTAX, 23, "line 4:")},
    {"too many cells", IN("metric,value\nrevenue,1\neps,2,3\n"),
     FAILS(EARN_ERR_SYNTAX, 23, "line 3: more cells than the header's 2 columns"), .rows = 1},
    {"too many cells: an empty one", IN("metric,value\nrevenue,1,\n"),
     FAILS(EARN_ERR_SYNTAX, 13, "line 2:")},
    {"too few cells", IN("metric,value,unit\nrevenue,1,USD\neps\n"),
     FAILS(EARN_ERR_SYNTAX, 32, "line 3: 1 cells, but the header has 3 columns"), .rows = 1},
    {"truncated file", IN("metric,value,unit\nrevenue,1"), FAILS(EARN_ERR_SYNTAX, 18, "line 2: 2")},
    {"a blank-looking line is a cell", IN("metric,value\n \n"),
     FAILS(EARN_ERR_SYNTAX, 13, "line 2: 1 cells")},
    {"no metric column", IN("value,unit\n1,USD\n"), FAILS(EARN_ERR_SYNTAX, 0, "no metric column")},
    {"no metric column after a BOM", IN("\xEF\xBB\xBFvalue\n"),
     FAILS(EARN_ERR_SYNTAX, 3, "not a facts CSV: no metric column")},
    {"names are exact", IN("Metric,value\n"), FAILS(EARN_ERR_SYNTAX, 0, "no metric column")},
    {"names are not trimmed", IN(" metric\n"), FAILS(EARN_ERR_SYNTAX, 0, "no metric column")},
    {"duplicate column", IN("metric,value,value\nrevenue,1,2\n"),
     FAILS(EARN_ERR_SYNTAX, 13, "duplicate column value")},
    {"duplicate metric, quoted", IN("metric,\"metric\"\n"),
     FAILS(EARN_ERR_SYNTAX, 7, "duplicate column metric")},
    {"empty input", IN(""), FAILS(EARN_ERR_SYNTAX, 0, "empty: no header row")},
    {"only a BOM", IN("\xEF\xBB\xBF"), FAILS(EARN_ERR_SYNTAX, 0, "empty: no header row")},
    {"only line breaks", IN("\r\n\n\r\n"), FAILS(EARN_ERR_SYNTAX, 0, "empty: no header row")},

    /* ---- encoding: checked before any row is delivered ---- */
    {"lone continuation byte", IN("metric\nrev\x80nue\n"), FAILS(EARN_ERR_UTF8, 10, "0x80")},
    {"overlong C0 AF", IN("metric\n\xC0\xAF\n"), FAILS(EARN_ERR_UTF8, 7, "0xC0")},
    {"truncated E3 81 at the end", IN("metric\nab\xE3\x81"), FAILS(EARN_ERR_UTF8, 9, "0xE3")},
    {"surrogate ED A0 80", IN("metric\n\xED\xA0\x80\n"), FAILS(EARN_ERR_UTF8, 7, "0xED")},
    {"past U+10FFFF", IN("metric\nx\xF4\x90\x80\x80\n"), FAILS(EARN_ERR_UTF8, 8, "0xF4")},
    {"bad UTF-8 after good rows delivers nothing", IN("metric\nrevenue\neps\n\"x\xFF\"\n"),
     FAILS(EARN_ERR_UTF8, 21, "0xFF")},
    {"bad UTF-8 in a BOM-like start", IN("\xEF\xBBmetric\n"), FAILS(EARN_ERR_UTF8, 0, "0xEF")},
    {"NUL byte", IN("metric\nre\0v\n"), FAILS(EARN_ERR_BINARY, 9, "NUL")},
    {"NUL before bad UTF-8", IN("metric\n\0\x80\n"), FAILS(EARN_ERR_BINARY, 7, "NUL")},
    {"bad UTF-8 before a NUL", IN("metric\n\x80\0\n"), FAILS(EARN_ERR_UTF8, 7, "0x80")},
};

/* ---- checks --------------------------------------------------------------------------- */

static bool ends_cell(const char *in, size_t len, size_t i) {
  return i == len || in[i] == ',' || in[i] == '\r' || in[i] == '\n';
}

/* The quoted cell at in[at] ('"') decodes to `value` and is followed by the end of a cell. */
static bool quoted_matches(const char *in, size_t len, size_t at, const char *value, size_t n) {
  size_t i = at + 1, k = 0;
  for (;;) {
    if (i >= len)
      return false;
    if (in[i] == '"') {
      if (i + 1 < len && in[i + 1] == '"') {
        i++; /* a doubled quote is one quote of the value */
      } else {
        return k == n && ends_cell(in, len, i + 1);
      }
    }
    if (k >= n || in[i] != value[k])
      return false;
    i++;
    k++;
  }
}

/* Every cell of every row sits at its offset as written (see the top of the file). */
static void check_offsets(const read_case *c, const collector *got) {
  for (int r = 0; r < got->n; r++) {
    const got_row *g = &got->rows[r];
    ck_assert_uint_lt(g->start, c->in_len);
    for (int k = 0; k < EARN_CC_COUNT; k++) {
      size_t at = g->offset[k], n = g->len[k];
      if (at == ABSENT) {
        ck_assert_uint_eq(n, 0);
        continue;
      }
      ck_assert_uint_le(at, c->in_len);
      ck_assert_uint_ge(at, g->start);
      if (at < c->in_len && c->in[at] == '"')
        ck_assert_msg(quoted_matches(c->in, c->in_len, at, g->cell[k], n),
                      "%s: row %d column %d: quoted cell at %zu is not \"%s\"", c->name, r, k, at,
                      g->cell[k]);
      else
        ck_assert_msg(at + n <= c->in_len && memcmp(c->in + at, g->cell[k], n) == 0 &&
                          ends_cell(c->in, c->in_len, at + n),
                      "%s: row %d column %d: cell at %zu is not \"%s\"", c->name, r, k, at,
                      g->cell[k]);
    }
  }
}

START_TEST(test_read_cases) {
  const read_case *c = &read_cases[_i];
  collector got = {.n = 0};
  earn_error err = {.code = EARN_OK};
  earn_status st = read_into(&got, c->in, c->in_len, &err);
  ck_assert_msg(st == c->st, "%s: status %d (%s), want %d", c->name, st, err.detail, c->st);
  ck_assert_msg(got.n == c->rows, "%s: %d rows, want %d", c->name, got.n, c->rows);
  if (c->st != EARN_OK) {
    ck_assert_int_eq(err.code, c->st);
    ck_assert_msg(err.pos == c->pos, "%s: pos %zu, want %zu", c->name, err.pos, c->pos);
    ck_assert_msg(strstr(err.detail, c->detail) != NULL, "%s: detail \"%s\", want \"%s\"", c->name,
                  err.detail, c->detail);
  }
  for (int r = 0; c->row_checks && r < c->rows; r++) {
    ck_assert_msg(got.rows[r].line == c->row_checks[r].line, "%s: row %d on line %zu, want %zu",
                  c->name, r, got.rows[r].line, c->row_checks[r].line);
    ck_assert_msg(got.rows[r].start == c->row_checks[r].start, "%s: row %d at %zu, want %zu",
                  c->name, r, got.rows[r].start, c->row_checks[r].start);
  }
  for (int k = 0; k < c->ncells; k++) {
    const cell_check *want = &c->cells[k];
    const got_row *g = &got.rows[want->row];
    ck_assert_msg(strcmp(g->cell[want->col], want->value) == 0,
                  "%s: row %d column %d is \"%s\", want \"%s\"", c->name, want->row, want->col,
                  g->cell[want->col], want->value);
    ck_assert_uint_eq(g->len[want->col], strlen(want->value));
    ck_assert_msg(g->offset[want->col] == want->offset, "%s: row %d column %d at %zu, want %zu",
                  c->name, want->row, want->col, g->offset[want->col], want->offset);
  }
  check_offsets(c, &got);
}
END_TEST

/* The same cases fed from a buffer with nothing readable past its end: a read beyond the
   length would be caught by valgrind or the sanitizers rather than finding a NUL. */
START_TEST(test_exact_buffer) {
  const read_case *c = &read_cases[_i];
  char *copy = malloc(c->in_len ? c->in_len : 1);
  ck_assert_ptr_nonnull(copy);
  if (c->in_len)
    memcpy(copy, c->in, c->in_len);
  collector got = {.n = 0};
  earn_error err;
  ck_assert_int_eq(read_into(&got, copy, c->in_len, &err), c->st);
  ck_assert_int_eq(got.n, c->rows);
  free(copy);
}
END_TEST

START_TEST(test_callback_stops) {
  static const char in[] = "metric\nrevenue\neps\nnet_income\n";
  collector got = {.stop_at = 2};
  earn_error err;
  earn_status st = read_into(&got, in, sizeof in - 1, &err);
  ck_assert_int_eq(st, EARN_ERR_IO);
  ck_assert_int_eq(got.n, 2); /* the third row is never delivered */
  ck_assert_int_eq(err.code, EARN_ERR_IO);
  ck_assert_uint_eq(err.pos, 15);
  ck_assert_str_eq(err.detail, "stopped by the callback");
}
END_TEST

/* The last row, delivered by csv_fini at the end of the input, can stop the read too. */
START_TEST(test_callback_stops_last_row) {
  static const char in[] = "metric\nrevenue";
  collector got = {.stop_at = 1};
  earn_error err;
  ck_assert_int_eq(read_into(&got, in, sizeof in - 1, &err), EARN_ERR_IO);
  ck_assert_int_eq(got.n, 1);
  ck_assert_uint_eq(err.pos, 7);
}
END_TEST

START_TEST(test_arguments) {
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  collector got = {.n = 0};
  earn_error err;
  ck_assert_int_eq(earn_read_facts_csv(&a, "metric\n", 7, NULL, &got, &err), EARN_ERR_ARG);
  ck_assert_int_eq(earn_read_facts_csv(&a, NULL, 7, collect, &got, &err), EARN_ERR_ARG);
  ck_assert_int_eq(earn_read_facts_csv(NULL, "metric\n", 7, collect, &got, &err), EARN_ERR_ARG);
  /* NULL with length 0 is an empty input; a NULL err is allowed. */
  ck_assert_int_eq(earn_read_facts_csv(&a, NULL, 0, collect, &got, &err), EARN_ERR_SYNTAX);
  ck_assert_int_eq(earn_read_facts_csv(&a, "x\n", 2, collect, &got, NULL), EARN_ERR_SYNTAX);
  ck_assert_int_eq(got.n, 0);
}
END_TEST

/* A header of `ncols` columns: metric, then "c2", "c3", ... */
static char *wide_header(size_t ncols, size_t *len, size_t *last_start) {
  size_t cap = 16 + ncols * 12;
  char *s = malloc(cap);
  ck_assert_ptr_nonnull(s);
  size_t n = (size_t)snprintf(s, cap, "metric");
  for (size_t k = 2; k <= ncols; k++) {
    *last_start = n + 1;
    n += (size_t)snprintf(s + n, cap - n, ",c%zu", k);
  }
  s[n++] = '\n';
  *len = n;
  return s;
}

/* 16384 header columns (Excel's widest sheet) are read; one more is EARN_ERR_LIMIT at the
   first column past the limit, so a header of a million columns fails just as fast. */
START_TEST(test_column_limit) {
  size_t len, last;
  char *s = wide_header(16384, &len, &last);
  collector got = {.n = 0};
  earn_error err;
  ck_assert_int_eq(read_into(&got, s, len, &err), EARN_OK);
  free(s);

  s = wide_header(16385, &len, &last);
  ck_assert_int_eq(read_into(&got, s, len, &err), EARN_ERR_LIMIT);
  ck_assert_uint_eq(err.pos, last);
  free(s);

  s = wide_header(1000000, &len, &last);
  ck_assert_int_eq(read_into(&got, s, len, &err), EARN_ERR_LIMIT);
  ck_assert_str_eq(err.detail, "more than 16384 columns in the header");
  free(s);
  ck_assert_int_eq(got.n, 0);
}
END_TEST

typedef struct big_cell {
  size_t rows, len, offset;
  bool all_x;
} big_cell;

static earn_status check_big(const earn_csv_row *row, void *ctx, earn_error *err) {
  (void)err;
  big_cell *b = ctx;
  b->rows++;
  b->len = row->len[EARN_CC_TEXT];
  b->offset = row->offset[EARN_CC_TEXT];
  b->all_x = true;
  for (size_t i = 0; i < b->len && b->all_x; i++)
    b->all_x = row->cell[EARN_CC_TEXT][i] == 'x';
  return EARN_OK;
}

/* A 10 MB cell, unquoted and quoted: read whole, with its offset; and a 10 MB unterminated
   quoted cell fails at its opening quote. */
START_TEST(test_big_cell) {
  enum { BIG = 10 * 1000 * 1000 };
  static const char head[] = "metric,text\nrevenue,";
  size_t len = sizeof head - 1 + BIG + 3;
  char *s = malloc(len);
  ck_assert_ptr_nonnull(s);
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  for (int quoted = 0; quoted < 2; quoted++) {
    size_t n = sizeof head - 1;
    memcpy(s, head, n);
    if (quoted)
      s[n++] = '"';
    memset(s + n, 'x', BIG);
    n += BIG;
    if (quoted)
      s[n++] = '"';
    s[n++] = '\n';
    big_cell b = {0};
    earn_error err;
    ck_assert_int_eq(earn_read_facts_csv(&a, s, n, check_big, &b, &err), EARN_OK);
    ck_assert_uint_eq(b.rows, 1);
    ck_assert_uint_eq(b.len, BIG);
    ck_assert_uint_eq(b.offset, sizeof head - 1);
    ck_assert(b.all_x);
    if (quoted) {
      ck_assert_int_eq(earn_read_facts_csv(&a, s, n - 2, check_big, &b, &err), EARN_ERR_SYNTAX);
      ck_assert_uint_eq(err.pos, sizeof head - 1);
    }
  }
  free(s);
}
END_TEST

/* Every allocation of a read fails in turn: each failure is EARN_ERR_NOMEM and frees all. */
START_TEST(test_allocation_failures) {
  static const char in[] = HDR ROW1 ROW2;
  failing_alloc state;
  bool done = false;
  for (long fail_at = 1; !done && fail_at < 100; fail_at++) {
    earn_alloc hooks = failing_hooks(&state, fail_at);
    earn_allocator a;
    earn_allocator_init(&a, &hooks);
    collector got = {.n = 0};
    earn_error err;
    earn_status st = earn_read_facts_csv(&a, in, sizeof in - 1, collect, &got, &err);
    ck_assert_int_eq(state.live, 0);
    if (st == EARN_OK) {
      ck_assert_msg(fail_at > 2, "only %ld allocations", fail_at - 1);
      ck_assert_int_eq(got.n, 2);
      done = true;
    } else {
      ck_assert_int_eq(st, EARN_ERR_NOMEM);
      ck_assert_int_eq(err.code, EARN_ERR_NOMEM);
    }
  }
  ck_assert(done);
}
END_TEST

/* ---- reading what the extractor writes ------------------------------------------------- */

typedef struct text_buf {
  char *s;
  size_t len;
} text_buf;

static int append(const char *data, size_t len, void *ctx) {
  text_buf *b = ctx;
  char *p = realloc(b->s, b->len + len + 1);
  if (!p)
    return 1;
  memcpy(p + b->len, data, len);
  b->s = p;
  b->len += len;
  return 0;
}

typedef struct fact_rows {
  const earn_doc *doc;
  size_t n;
} fact_rows;

static earn_status check_fact(const earn_csv_row *row, void *ctx, earn_error *err) {
  (void)err;
  fact_rows *f = ctx;
  const earn_fact *fact = earn_doc_fact(f->doc, f->n);
  ck_assert_ptr_nonnull(fact);
  ck_assert_str_eq(row->cell[EARN_CC_METRIC], fact->metric);
  ck_assert_uint_ne(row->offset[EARN_CC_TEXT], SIZE_MAX);
  ck_assert_uint_eq(row->line, f->n + 2);
  f->n++;
  return EARN_OK;
}

/* The facts CSV of a real extraction (quotes, commas and non-ASCII text in its cells) reads
   back row for row. */
START_TEST(test_reads_extract_output) {
  static const char text[] = "2026年度第3四半期の収益は前年比9%増の3719.56億元。\n"
                             "Revenue rose 5% to $1.2 billion, the \"best\" quarter.\n"
                             "Operating income was $300 million, up 12%.";
  earn_error err;
  earn_extractor *ex = earn_extractor_new(NULL, &err);
  ck_assert_ptr_nonnull(ex);
  earn_doc *doc = earn_doc_read(ex, text, sizeof text - 1, 0, &err);
  ck_assert_ptr_nonnull(doc);
  ck_assert_uint_gt(earn_doc_fact_count(doc), 1);
  text_buf out = {NULL, 0};
  ck_assert_int_eq(earn_doc_write_facts(doc, EARN_FORMAT_CSV, 1, append, &out), EARN_OK);
  earn_allocator a;
  earn_allocator_init(&a, NULL);
  fact_rows f = {doc, 0};
  earn_status st = earn_read_facts_csv(&a, out.s, out.len, check_fact, &f, &err);
  ck_assert_msg(st == EARN_OK, "%s at %zu", err.detail, err.pos);
  ck_assert_uint_eq(f.n, earn_doc_fact_count(doc));
  free(out.s);
  earn_doc_free(doc);
  earn_extractor_free(ex);
}
END_TEST

Suite *csvread_suite(void) {
  Suite *s = suite_create("csvread");
  TCase *tc = tcase_create("read");
  tcase_add_loop_test(tc, test_read_cases, 0, COUNT(read_cases));
  tcase_add_loop_test(tc, test_exact_buffer, 0, COUNT(read_cases));
  tcase_add_test(tc, test_callback_stops);
  tcase_add_test(tc, test_callback_stops_last_row);
  tcase_add_test(tc, test_arguments);
  suite_add_tcase(s, tc);
  tc = tcase_create("robustness");
  tcase_add_test(tc, test_column_limit);
  tcase_add_test(tc, test_big_cell);
  tcase_add_test(tc, test_allocation_failures);
  tcase_add_test(tc, test_reads_extract_output);
  suite_add_tcase(s, tc);
  return s;
}
