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

static bool append_cell(line *l, const char *s, size_t n, bool first, char sep) {
  /* csv_write2 tells how much room the quoted form needs: at most 2n + 2. */
  size_t room = (n > (SIZE_MAX - 4) / 2) ? 0 : 2 * n + 3;
  if (!room || !earn_grow(l->a, (void **)&l->buf, &l->cap, l->len + room + 1, 1))
    return false;
  if (!first)
    l->buf[l->len++] = sep;
  if (sep == '\t') {
    /* TSV has no quoting: a tab or line break inside a cell becomes a space. */
    for (size_t i = 0; i < n; i++)
      l->buf[l->len++] = (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') ? ' ' : s[i];
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
  for (size_t i = 0; i < t->nrows && st == EARN_OK; i++) {
    earn_row row;
    t->fill(t->src, i, &row);
    for (int c = 0; c < t->ncols && st == EARN_OK; c++)
      if (!append_cell(&l, row.cell[c], row.cell_len[c], c == 0, sep))
        st = EARN_ERR_NOMEM;
    if (st == EARN_OK)
      st = flush(&l, sep, write, ctx);
  }
  earn_dealloc(t->alloc, l.buf);
  return st;
}
