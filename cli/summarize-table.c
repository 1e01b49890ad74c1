/* SPDX-License-Identifier: MIT */
/* Tables of the summary, aligned by display width (a kanji takes two columns), as text for a
   terminal or as a GitHub Markdown table. A column empty in every row is left out, so that a
   section without, say, quarter-on-quarter growth shows no empty qoq column. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "summarize.h"

#define ANSI_RESET "\033[0m"
#define ANSI_GREEN "\033[32m"
#define ANSI_RED "\033[31m"

void sum_table_init(sum_table *t, const sum_column *cols, size_t ncols) {
  *t = (sum_table){.cols = cols, .ncols = ncols};
}

int sum_table_add(sum_table *t, const char *const *cells, const sum_style *styles) {
  if (t->nrows == t->cap) {
    size_t more = t->cap ? t->cap * 2 : 8;
    char **c = realloc(t->cells, more * t->ncols * sizeof *c);
    if (!c)
      return -1;
    t->cells = c;
    sum_style *s = realloc(t->styles, more * t->ncols * sizeof *s);
    if (!s)
      return -1;
    t->styles = s;
    t->cap = more;
  }
  char **row = t->cells + t->nrows * t->ncols;
  for (size_t j = 0; j < t->ncols; j++) {
    row[j] = strdup(cells[j] ? cells[j] : "");
    t->styles[t->nrows * t->ncols + j] = styles ? styles[j] : SUM_STYLE_PLAIN;
    if (!row[j]) {
      while (j-- > 0)
        free(row[j]);
      return -1;
    }
    /* A line break or tab inside a cell would break the table's lines. */
    for (char *c = row[j]; *c; c++)
      if ((unsigned char)*c < 0x20)
        *c = ' ';
  }
  t->nrows++;
  return 0;
}

void sum_table_free(sum_table *t) {
  for (size_t i = 0; i < t->nrows * t->ncols; i++)
    free(t->cells[i]);
  free(t->cells);
  free(t->styles);
  *t = (sum_table){0};
}

static const char *cell(const sum_table *t, size_t row, size_t col) {
  return t->cells[row * t->ncols + col];
}

/* Markdown needs '|' inside a cell escaped; the escape takes a column of its own. */
static size_t cell_width(const char *s, bool markdown) {
  size_t w = sum_display_width(s);
  if (markdown)
    for (; *s; s++)
      w += *s == '|';
  return w;
}

static bool column_used(const sum_table *t, size_t col) {
  for (size_t i = 0; i < t->nrows; i++)
    if (cell(t, i, col)[0])
      return true;
  return false;
}

/* Widths of the columns shown (0 for a column left out). */
static void column_widths(const sum_table *t, bool markdown, size_t *w) {
  for (size_t j = 0; j < t->ncols; j++) {
    w[j] = 0;
    if (!column_used(t, j))
      continue;
    w[j] = cell_width(t->cols[j].head, markdown);
    for (size_t i = 0; i < t->nrows; i++) {
      size_t cw = cell_width(cell(t, i, j), markdown);
      w[j] = cw > w[j] ? cw : w[j];
    }
    if (markdown && w[j] < 3) /* the delimiter row needs three dashes */
      w[j] = 3;
  }
}

static void pad(FILE *out, size_t n) {
  while (n-- > 0)
    fputc(' ', out);
}

static void put_text(FILE *out, const char *s, bool markdown) {
  for (; *s; s++) {
    if (markdown && *s == '|')
      fputc('\\', out);
    fputc(*s, out);
  }
}

/* One cell padded to `width`; the colour wraps the text alone, so padding never carries an
   escape and widths stay what they measure. */
static void put_cell(FILE *out, const char *s, size_t width, bool right, sum_style style,
                     bool colour, bool markdown) {
  size_t w = cell_width(s, markdown), fill = width > w ? width - w : 0;
  const char *on = !colour                   ? NULL
                   : style == SUM_STYLE_UP   ? ANSI_GREEN
                   : style == SUM_STYLE_DOWN ? ANSI_RED
                                             : NULL;
  if (right)
    pad(out, fill);
  if (on)
    fputs(on, out);
  put_text(out, s, markdown);
  if (on)
    fputs(ANSI_RESET, out);
  if (!right)
    pad(out, fill);
}

/* A line of text or Markdown: the header when `row` is SIZE_MAX. */
static void put_row(const sum_table *t, FILE *out, const size_t *w, size_t row, bool colour,
                    bool markdown) {
  bool first = true;
  fputs(markdown ? "|" : "  ", out);
  for (size_t j = 0; j < t->ncols; j++) {
    if (!w[j])
      continue;
    if (markdown)
      fputc(' ', out);
    else if (!first)
      fputs("  ", out);
    first = false;
    bool header = row == SIZE_MAX;
    put_cell(out, header ? t->cols[j].head : cell(t, row, j), w[j], t->cols[j].right,
             header ? SUM_STYLE_PLAIN : t->styles[row * t->ncols + j], colour, markdown);
    if (markdown)
      fputs(" |", out);
  }
  fputc('\n', out);
}

int sum_table_write_text(const sum_table *t, FILE *out, bool colour) {
  size_t *w = calloc(t->ncols ? t->ncols : 1, sizeof *w);
  if (!w)
    return -1;
  column_widths(t, false, w);
  put_row(t, out, w, SIZE_MAX, false, false);
  for (size_t i = 0; i < t->nrows; i++)
    put_row(t, out, w, i, colour, false);
  free(w);
  return 0;
}

int sum_table_write_markdown(const sum_table *t, FILE *out) {
  size_t *w = calloc(t->ncols ? t->ncols : 1, sizeof *w);
  if (!w)
    return -1;
  column_widths(t, true, w);
  put_row(t, out, w, SIZE_MAX, false, true);
  fputc('|', out);
  for (size_t j = 0; j < t->ncols; j++) {
    if (!w[j])
      continue;
    /* ":---" left, "---:" right, as wide as the column so the source stays aligned */
    fputs(t->cols[j].right ? " " : " :", out);
    for (size_t k = 0; k < w[j] - 1; k++)
      fputc('-', out);
    fputs(t->cols[j].right ? ": |" : " |", out);
  }
  fputc('\n', out);
  for (size_t i = 0; i < t->nrows; i++)
    put_row(t, out, w, i, false, true);
  free(w);
  return 0;
}
