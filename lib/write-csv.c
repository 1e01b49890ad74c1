/* SPDX-License-Identifier: MIT */
/* Tables as RFC 4180 CSV (libcsv does the quoting) or as TSV. */
#include <string.h>

#include <csv.h>

#include "private.h"

typedef struct line {
  const earn_allocator *a;
  char *buf;
  size_t len, cap;
} line;

static bool needs_quotes(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
      return true;
  return n > 0 && (s[0] == ' ' || s[n - 1] == ' ');
}

/* A plain decimal such as -3.2 or 152000000000: a spreadsheet may take it as a number. */
static bool is_plain_number(const char *s, size_t n) {
  size_t i = n > 0 && (s[0] == '-' || s[0] == '+') ? 1 : 0, digits = 0, dots = 0;
  for (; i < n; i++) {
    if (s[i] >= '0' && s[i] <= '9')
      digits++;
    else if (s[i] == '.' && dots++ == 0)
      continue;
    else
      return false;
  }
  return digits > 0;
}

/* A cell a spreadsheet would run as a formula (=HYPERLINK(...), +1+1, @SUM, or one led by a
   tab or carriage return): written after a ' so that it shows as text. Plain numbers stay
   numbers. earn_read_facts_csv() takes the ' off again. */
bool earn_cell_needs_guard(const char *s, size_t n) {
  return n > 0 && s[0] != '\0' && strchr("=+-@\t\r", s[0]) && !is_plain_number(s, n);
}

/* A guarded CSV cell: always quoted, the ' inside the quotes, quotes doubled. */
static void append_guarded(line *l, const char *s, size_t n) {
  l->buf[l->len++] = '"';
  l->buf[l->len++] = '\'';
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"')
      l->buf[l->len++] = '"';
    l->buf[l->len++] = s[i];
  }
  l->buf[l->len++] = '"';
}

static bool append_cell(line *l, const char *s, size_t n, bool first, char sep) {
  bool guard = earn_cell_needs_guard(s, n);
  /* The quoted form needs at most 2n + 2 bytes, the guard one more. */
  size_t room = (n > (SIZE_MAX - 8) / 2) ? 0 : 2 * n + 4;
  if (!room || !earn_grow(l->a, (void **)&l->buf, &l->cap, l->len + room + 1, 1))
    return false;
  if (!first)
    l->buf[l->len++] = sep;
  if (sep == '\t') {
    /* TSV has no quoting: a tab or line break inside a cell becomes a space. */
    if (guard)
      l->buf[l->len++] = '\'';
    for (size_t i = 0; i < n; i++)
      l->buf[l->len++] = (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') ? ' ' : s[i];
  } else if (guard) {
    append_guarded(l, s, n);
  } else if (needs_quotes(s, n)) {
    l->len += csv_write2(l->buf + l->len, l->cap - l->len, s, n, '"');
  } else {
    memcpy(l->buf + l->len, s, n);
    l->len += n;
  }
  return true;
}

static earn_status flush(line *l, char sep, earn_write_fn write, void *ctx) {
  if (!earn_grow(l->a, (void **)&l->buf, &l->cap, l->len + 2, 1))
    return EARN_ERR_NOMEM;
  if (sep != '\t') /* RFC 4180 ends records with CRLF; TSV lines end with LF */
    l->buf[l->len++] = '\r';
  l->buf[l->len++] = '\n';
  earn_status st = write(l->buf, l->len, ctx) == 0 ? EARN_OK : EARN_ERR_IO;
  l->len = 0;
  return st;
}

earn_status earn_write_table_csv(const earn_table *t, int header, char sep, earn_write_fn write,
                                 void *ctx) {
  line l = {t->alloc, NULL, 0, 0};
  earn_status st = EARN_OK;
  if (header) {
    for (int c = 0; c < t->ncols && st == EARN_OK; c++)
      if (!append_cell(&l, t->columns[c], strlen(t->columns[c]), c == 0, sep))
        st = EARN_ERR_NOMEM;
    if (st == EARN_OK)
      st = flush(&l, sep, write, ctx);
  }
  earn_row row;
  if (!earn_row_init(&row, t))
    st = EARN_ERR_NOMEM;
  for (size_t i = 0; i < t->nrows && st == EARN_OK; i++) {
    t->fill(t->src, i, &row);
    for (int c = 0; c < t->ncols && st == EARN_OK; c++)
      if (!append_cell(&l, row.cell[c], row.cell_len[c], c == 0, sep))
        st = EARN_ERR_NOMEM;
    if (st == EARN_OK)
      st = flush(&l, sep, write, ctx);
  }
  earn_row_free(&row, t);
  earn_dealloc(t->alloc, l.buf);
  return st;
}
