/* SPDX-License-Identifier: MIT */
/*
 * Reading a facts CSV (RFC 4180, UTF-8) with libcsv, one callback per data row.
 *
 * Positions. libcsv reports a field only when it has seen the byte that ends it, and it
 * never says where the field began. So the input is fed in pieces: every delimiter, quote
 * and line break alone, and the runs of other bytes between them (at most FEED_MAX bytes
 * each) as one piece. libcsv's callbacks can only fire on a delimiter or a line break (or in
 * csv_fini), so when one fires we know the exact byte that triggered it: the next field
 * starts right after it, and after a row has ended, the next row starts at the first byte
 * that is not a line break (libcsv skips empty lines). A parse error stops libcsv at the
 * offending byte, which is the piece's start plus what csv_parse consumed.
 *
 * The offset of a cell is the cell's first byte as written: the opening quote of a quoted
 * cell, or where an empty cell would stand (the delimiter or line break right after the
 * previous one; the input's length for an empty last cell with no line break after it).
 * Lines are counted by '\n' bytes, like earn_locate(), including those inside quoted cells.
 *
 * Encoding is checked for the whole input before the first row is read, so a file that is
 * not UTF-8 (or holds a NUL) delivers no rows at all. Everything else is found as the input
 * streams by: rows before a syntax error have been delivered, and the first error wins (a
 * duplicate header name before a stray quote later in the header, an extra cell before
 * whatever follows it in its row).
 *
 * Limits: a header of more than EARN_CSV_MAX_COLUMNS columns is EARN_ERR_LIMIT (16384 is the
 * widest sheet Excel saves). Data rows are held to the header's width, so no row needs more
 * than that. A cell may be as long as the input; it is buffered twice (libcsv's buffer and
 * the row's copy), so memory stays within a small multiple of the input's size.
 *
 * Memory: everything allocated here goes through the caller's allocator. libcsv's own field
 * buffer uses libc's realloc/free, since its hooks take no context pointer.
 */
#include <string.h>

#include <csv.h>

#include "store.h"

enum {
  EARN_CSV_MAX_COLUMNS = 16384,
  FEED_MAX = 65536,   /* longest piece handed to csv_parse at once; see grow_by() */
  LIBCSV_BLOCK = 128, /* libcsv's own smallest buffer increment */
  NO_COLUMN = -1      /* a header column that is not one of the facts CSV's */
};

/* The header names of earn_csv_col. */
static const char *const column_names[EARN_CC_COUNT] = {
    [EARN_CC_ISSUER] = "issuer",
    [EARN_CC_FILE] = "file",
    [EARN_CC_RELEASE_DATE] = "release_date",
    [EARN_CC_FYE] = "fiscal_year_end",
    [EARN_CC_METRIC] = "metric",
    [EARN_CC_SEGMENT] = "segment",
    [EARN_CC_BASIS] = "basis",
    [EARN_CC_PERIOD] = "period",
    [EARN_CC_CALENDAR] = "calendar_period",
    [EARN_CC_KIND] = "kind",
    [EARN_CC_VALUE] = "value",
    [EARN_CC_UNIT] = "unit",
    [EARN_CC_QUALIFIER] = "qualifier",
    [EARN_CC_YOY] = "yoy_pct",
    [EARN_CC_YOY_QUAL] = "yoy_qualifier",
    [EARN_CC_QOQ] = "qoq_pct",
    [EARN_CC_START] = "start",
    [EARN_CC_END] = "end",
    [EARN_CC_TEXT] = "text",
    [EARN_CC_SOURCE] = "source",
    [EARN_CC_RULE] = "rule",
};

typedef struct reader {
  const earn_allocator *a;
  const char *csv;
  size_t len;
  earn_csv_row_fn fn;
  void *ctx;
  earn_error *err;
  earn_status st; /* the first failure; every callback does nothing once it is set */

  /* Where libcsv is in the input. */
  size_t pos;         /* offset of the piece being fed */
  size_t line;        /* 1-based line of pos */
  bool between_rows;  /* no row begun: the next byte that is not a line break begins one */
  size_t field_start; /* offset and line of the current field's first byte */
  size_t field_line;
  size_t row_start; /* offset and line of the current row's first byte */
  size_t row_line;
  size_t ncells; /* cells of the current row so far */
  bool have_header;

  /* The header: for each column, its earn_csv_col or NO_COLUMN. */
  signed char *map;
  size_t ncols, map_cap;
  bool seen[EARN_CC_COUNT];

  /* The current data row: its known cells, each NUL-terminated, back to back in buf. */
  char *buf;
  size_t buf_len, buf_cap;
  size_t cell_at[EARN_CC_COUNT]; /* where each present cell starts in buf */
  earn_csv_row row;
} reader;

/* ---- encoding ------------------------------------------------------------------------- */

/* The first NUL or invalid UTF-8 sequence decides: libcsv would pass both through. */
static earn_status check_encoding(const char *s, size_t len, earn_error *err) {
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)s[i];
    if (c == 0)
      return earn_error_set(err, EARN_ERR_BINARY, i, "NUL byte in a CSV");
    if (c < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    size_t n = earn_utf8_decode(s + i, len - i, &cp);
    /* Only an invalid sequence decodes to U+FFFD in one byte: a real U+FFFD takes three. */
    if (n == 1 && cp == 0xFFFD)
      return earn_error_set(err, EARN_ERR_UTF8, i, "invalid UTF-8 byte 0x%02X", c);
    i += n;
  }
  return EARN_OK;
}

/* ---- header --------------------------------------------------------------------------- */

static int column_named(const char *s, size_t n) {
  for (int c = 0; c < EARN_CC_COUNT; c++)
    if (strlen(column_names[c]) == n && memcmp(column_names[c], s, n) == 0)
      return c;
  return NO_COLUMN;
}

static void fail(reader *r, earn_status st) {
  if (r->st == EARN_OK)
    r->st = st;
}

static void header_cell(reader *r, const char *s, size_t n) {
  if (r->ncols == EARN_CSV_MAX_COLUMNS) {
    fail(r, earn_error_set(r->err, EARN_ERR_LIMIT, r->field_start,
                           "more than %d columns in the header", EARN_CSV_MAX_COLUMNS));
    return;
  }
  if (!earn_grow(r->a, (void **)&r->map, &r->map_cap, r->ncols + 1, sizeof *r->map)) {
    fail(r, earn_error_set(r->err, EARN_ERR_NOMEM, SIZE_MAX, NULL));
    return;
  }
  int col = column_named(s, n);
  if (col != NO_COLUMN) {
    if (r->seen[col]) {
      fail(r, earn_error_set(r->err, EARN_ERR_SYNTAX, r->field_start, "duplicate column %s",
                             column_names[col]));
      return;
    }
    r->seen[col] = true;
  }
  r->map[r->ncols++] = (signed char)col;
}

static void header_end(reader *r) {
  r->have_header = true;
  if (!r->seen[EARN_CC_METRIC])
    fail(r, earn_error_set(r->err, EARN_ERR_SYNTAX, r->row_start,
                           "not a facts CSV: no metric column"));
}

/* ---- data rows ------------------------------------------------------------------------ */

static void clear_row(reader *r) {
  r->buf_len = 0;
  for (int c = 0; c < EARN_CC_COUNT; c++) {
    r->row.cell[c] = "";
    r->row.len[c] = 0;
    r->row.offset[c] = SIZE_MAX;
  }
}

static void data_cell(reader *r, const char *s, size_t n) {
  if (r->ncells >= r->ncols) {
    /* Failing at the first extra cell also bounds the work on a runaway row. */
    fail(r, earn_error_set(r->err, EARN_ERR_SYNTAX, r->row_start,
                           "line %zu: more cells than the header's %zu columns", r->row_line,
                           r->ncols));
    return;
  }
  int col = r->map[r->ncells];
  if (col == NO_COLUMN)
    return; /* not kept: nobody reads it */
  if (!earn_grow(r->a, (void **)&r->buf, &r->buf_cap, r->buf_len + n + 1, 1)) {
    fail(r, earn_error_set(r->err, EARN_ERR_NOMEM, SIZE_MAX, NULL));
    return;
  }
  /* The ' that the writers put before a cell a spreadsheet would run ('=SUM...) is theirs. */
  size_t skip = n > 1 && s[0] == '\'' && earn_cell_needs_guard(s + 1, n - 1) ? 1 : 0;
  s += skip;
  n -= skip;
  if (n)
    memcpy(r->buf + r->buf_len, s, n);
  r->buf[r->buf_len + n] = '\0';
  r->cell_at[col] = r->buf_len;
  r->buf_len += n + 1;
  r->row.len[col] = n;
  r->row.offset[col] = r->field_start;
}

static void data_end(reader *r) {
  if (r->ncells < r->ncols) {
    fail(r, earn_error_set(r->err, EARN_ERR_SYNTAX, r->row_start,
                           "line %zu: %zu cells, but the header has %zu columns", r->row_line,
                           r->ncells, r->ncols));
    return;
  }
  /* Pointers only now: buf may have moved while the row's cells were added. */
  for (int c = 0; c < EARN_CC_COUNT; c++)
    if (r->row.offset[c] != SIZE_MAX)
      r->row.cell[c] = r->buf + r->cell_at[c];
  r->row.line = r->row_line;
  r->row.start = r->row_start;
  earn_status st = r->fn(&r->row, r->ctx, r->err);
  if (st != EARN_OK)
    fail(r, st); /* the callback filled err */
  clear_row(r);
}

/* ---- libcsv callbacks ----------------------------------------------------------------- */

static void on_field(void *data, size_t n, void *ctx) {
  reader *r = ctx;
  if (r->st != EARN_OK)
    return;
  if (r->have_header)
    data_cell(r, data, n);
  else
    header_cell(r, data, n);
  r->ncells++;
  /* Fired by the delimiter at r->pos: the next field starts after it. (After a line break
     the next row's start overrides this.) */
  r->field_start = r->pos + 1;
  r->field_line = r->line;
}

static void on_row(int terminator, void *ctx) {
  (void)terminator;
  reader *r = ctx;
  if (r->st != EARN_OK)
    return;
  if (r->have_header)
    data_end(r);
  else
    header_end(r);
  r->ncells = 0;
  r->between_rows = true;
}

/* libcsv trims spaces and tabs around unquoted cells by default; cells are kept as written. */
static int never_space(unsigned char c) {
  (void)c;
  return 0;
}

/* ---- feeding -------------------------------------------------------------------------- */

static bool is_special(char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; }

/* Bytes of the piece starting at i: one special byte, or the run of other bytes. */
static size_t piece_len(const char *s, size_t i, size_t len) {
  if (is_special(s[i]))
    return 1;
  size_t n = 1;
  while (n < FEED_MAX && i + n < len && !is_special(s[i + n]))
    n++;
  return n;
}

/* libcsv grows its field buffer by a fixed block within one csv_parse call: a 10 MB cell
   would cost 80,000 reallocations. Setting the block to the buffer's size before each
   (bounded) piece makes the growth geometric. */
static void grow_by(struct csv_parser *p) {
  size_t have = csv_get_buffer_size(p);
  csv_set_blk_size(p, have > LIBCSV_BLOCK ? have : LIBCSV_BLOCK);
}

/* csv_parse stopped early at offset `at`: a strict-mode error or a failed allocation. */
static earn_status parse_failure(reader *r, struct csv_parser *p, size_t at) {
  switch (csv_error(p)) {
  case CSV_EPARSE:
    if (r->csv[at] == '"')
      return earn_error_set(r->err, EARN_ERR_SYNTAX, at, "line %zu: quote inside an unquoted cell",
                            r->line);
    return earn_error_set(r->err, EARN_ERR_SYNTAX, at,
                          "line %zu: text after the closing quote of a cell", r->line);
  case CSV_ETOOBIG:
    return earn_error_set(r->err, EARN_ERR_LIMIT, at, "CSV cell too large");
  default:
    return earn_error_set(r->err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  }
}

static earn_status feed(reader *r, struct csv_parser *p, size_t from) {
  size_t i = from;
  while (i < r->len && r->st == EARN_OK) {
    char c = r->csv[i];
    size_t n = piece_len(r->csv, i, r->len);
    if (r->between_rows && c != '\r' && c != '\n') {
      r->between_rows = false;
      r->row_start = r->field_start = i;
      r->row_line = r->field_line = r->line;
    }
    r->pos = i;
    grow_by(p);
    size_t done = csv_parse(p, r->csv + i, n, on_field, on_row, r);
    if (r->st != EARN_OK)
      break;
    if (done < n)
      return parse_failure(r, p, i + done);
    if (c == '\n')
      r->line++;
    i += n;
  }
  return r->st;
}

static earn_status finish(reader *r, struct csv_parser *p) {
  r->pos = r->len;
  if (csv_fini(p, on_field, on_row, r) != 0)
    return earn_error_set(r->err, EARN_ERR_SYNTAX, r->field_start,
                          "line %zu: quoted cell with no closing quote", r->field_line);
  if (r->st != EARN_OK)
    return r->st;
  if (!r->have_header)
    return earn_error_set(r->err, EARN_ERR_SYNTAX, 0, "empty: no header row");
  return EARN_OK;
}

earn_status earn_read_facts_csv(const earn_allocator *a, const char *csv, size_t len,
                                earn_csv_row_fn fn, void *ctx, earn_error *err) {
  if (!a || !fn || (!csv && len))
    return earn_error_set(err, EARN_ERR_ARG, SIZE_MAX, "earn_read_facts_csv");
  earn_status st = check_encoding(csv, len, err);
  if (st != EARN_OK)
    return st;
  size_t from = 0;
  if (len >= 3 && memcmp(csv, "\xEF\xBB\xBF", 3) == 0)
    from = 3; /* Excel's byte order mark */

  reader r = {.a = a, .csv = csv, .len = len, .fn = fn, .ctx = ctx, .err = err};
  r.line = 1;
  r.between_rows = true;
  clear_row(&r);

  struct csv_parser p;
  if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
    return earn_error_set(err, EARN_ERR_NOMEM, SIZE_MAX, NULL);
  csv_set_space_func(&p, never_space);
  st = feed(&r, &p, from);
  if (st == EARN_OK)
    st = finish(&r, &p);
  csv_free(&p);
  earn_dealloc(a, r.map);
  earn_dealloc(a, r.buf);
  return st;
}
