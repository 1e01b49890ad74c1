/* SPDX-License-Identifier: MIT */
/* The rows of the quantities and facts tables, shared by the CSV, TSV and JSON writers. */
#include <stdio.h>
#include <string.h>

#include "private.h"

static void set(earn_row *row, int col, const char *s) {
  row->cell[col] = s;
  row->cell_len[col] = strlen(s);
}

/* Start and end offsets in columns col and col + 1, the evidence text (folded span
   [fstart, fend)) in column text. */
static void set_span(const earn_doc *doc, earn_row *row, int col, int text, earn_span span,
                     size_t fstart, size_t fend) {
  snprintf(row->start, sizeof row->start, "%zu", span.start);
  snprintf(row->end, sizeof row->end, "%zu", span.end);
  set(row, col, row->start);
  set(row, col + 1, row->end);
  row->cell[text] = earn_doc_evidence(doc, fstart, fend, &row->cell_len[text]);
}

bool earn_row_init(earn_row *row, const earn_table *t) {
  size_t n = t->ncols > 0 ? (size_t)t->ncols : 1;
  row->cell = earn_calloc(t->alloc, n, sizeof *row->cell);
  row->cell_len = earn_calloc(t->alloc, n, sizeof *row->cell_len);
  row->wide = earn_calloc(t->alloc, n, sizeof *row->wide);
  if (row->cell && row->cell_len && row->wide)
    return true;
  earn_row_free(row, t);
  return false;
}

void earn_row_free(earn_row *row, const earn_table *t) {
  earn_dealloc(t->alloc, (void *)row->cell);
  earn_dealloc(t->alloc, row->cell_len);
  earn_dealloc(t->alloc, row->wide);
  row->cell = NULL;
  row->cell_len = NULL;
  row->wide = NULL;
}

/* ---- quantities ----------------------------------------------------------------------------- */

static const char *const quantity_columns[] = {
    "kind", "value", "unit", "qualifier", "low", "high", "start", "end", "label", "rule", "text"};

static void fill_quantity(const void *src, size_t i, earn_row *row) {
  const earn_doc *doc = src;
  const earn_quantity *q = &doc->q[i];
  char *value = row->num[0], *low = row->num[1], *high = row->num[2];
  value[0] = low[0] = high[0] = '\0';
  earn_decimal v;
  if (earn_quantity_value(q, &v))
    earn_decimal_format(v, value, EARN_DECIMAL_BUFSIZE);
  if (q->is_range) {
    earn_decimal_format(q->low, low, EARN_DECIMAL_BUFSIZE);
    earn_decimal_format(q->high, high, EARN_DECIMAL_BUFSIZE);
  }
  set(row, 0, earn_qkind_name(q->kind));
  set(row, 1, value);
  set(row, 2, q->unit);
  set(row, 3, q->kind <= EARN_Q_DURATION ? earn_qualifier_name(q->qualifier) : "");
  set(row, 4, low);
  set(row, 5, high);
  set_span(doc, row, 6, 10, q->span, q->fstart, q->fend);
  set(row, 8, q->label);
  set(row, 9, q->rule);
}

earn_table earn_quantity_table(const earn_doc *doc) {
  earn_table t = {quantity_columns,  11,  doc->nq,   fill_quantity, 1u << 6 | 1u << 7,
                  1u << 2 | 1u << 8, doc, doc->alloc};
  return t;
}

/* ---- facts ---------------------------------------------------------------------------------- */

/* The order of EARN_FACT_COLUMNS. */
static const char *const fact_columns[] = {
    "metric", "segment",   "basis",   "period",        "calendar_period", "kind",  "value",
    "unit",   "qualifier", "yoy_pct", "yoy_qualifier", "qoq_pct",         "start", "end",
    "text",   "source",    "rule"};

static void fill_fact(const void *src, size_t i, earn_row *row) {
  const earn_doc *doc = src;
  const earn_fact *f = &doc->facts[i];
  char *value = row->num[0], *yoy = row->num[1], *qoq = row->num[2];
  value[0] = yoy[0] = qoq[0] = '\0';
  if (f->has_value)
    earn_decimal_format(f->value, value, EARN_DECIMAL_BUFSIZE);
  if (f->has_yoy)
    earn_decimal_format(f->yoy, yoy, EARN_DECIMAL_BUFSIZE);
  if (f->has_qoq)
    earn_decimal_format(f->qoq, qoq, EARN_DECIMAL_BUFSIZE);
  /* A growth word such as triple-digit is a lower bound; an exact rate needs no word. */
  const char *yoy_qual = f->has_yoy && f->yoy_qualifier != EARN_QUAL_EXACT
                             ? earn_qualifier_name(f->yoy_qualifier)
                             : "";
  set(row, 0, f->metric);
  set(row, 1, f->segment);
  set(row, 2, f->value_kind == EARN_Q_COUNT ? "" : earn_basis_name(f->basis));
  set(row, 3, f->period_name);
  set(row, 4, f->calendar_name);
  set(row, 5, earn_fact_kind_name(f->kind));
  set(row, 6, value);
  set(row, 7, f->has_value ? f->unit : "");
  set(row, 8, f->has_value ? earn_qualifier_name(f->qualifier) : "");
  set(row, 9, yoy);
  set(row, 10, yoy_qual);
  set(row, 11, qoq);
  set_span(doc, row, 12, 14, f->stmt_span, f->fstmt[0], f->fstmt[1]);
  set(row, 15, "text");
  set(row, 16, f->rule);
}

earn_table earn_fact_table(const earn_doc *doc) {
  earn_table t = {fact_columns,       17,  doc->nfacts, fill_fact, 1u << 12 | 1u << 13,
                  1u << 1 | 1u << 14, doc, doc->alloc};
  return t;
}
