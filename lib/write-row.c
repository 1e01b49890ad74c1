/* SPDX-License-Identifier: MIT */
/* The columns of the quantities view, shared by the CSV and JSON writers. */
#include <stdio.h>
#include <string.h>

#include "private.h"

const char *const earn_quantity_columns[EARN_QCOL_COUNT] = {
    "kind", "value", "unit", "qualifier", "low", "high", "start", "end", "label", "rule", "text"};

static void set(earn_qrow *row, int col, const char *s) {
  row->cell[col] = s;
  row->cell_len[col] = strlen(s);
}

void earn_quantity_row(const earn_doc *doc, const earn_quantity *q, earn_qrow *row) {
  row->value[0] = row->low[0] = row->high[0] = '\0';
  earn_decimal v;
  if (earn_quantity_value(q, &v))
    earn_decimal_format(v, row->value, sizeof row->value);
  if (q->is_range) {
    earn_decimal_format(q->low, row->low, sizeof row->low);
    earn_decimal_format(q->high, row->high, sizeof row->high);
  }
  snprintf(row->start, sizeof row->start, "%zu", q->span.start);
  snprintf(row->end, sizeof row->end, "%zu", q->span.end);
  set(row, 0, earn_qkind_name(q->kind));
  set(row, 1, row->value);
  set(row, 2, q->unit);
  set(row, 3, q->kind <= EARN_Q_DURATION ? earn_qualifier_name(q->qualifier) : "");
  set(row, 4, row->low);
  set(row, 5, row->high);
  set(row, 6, row->start);
  set(row, 7, row->end);
  set(row, 8, q->label);
  set(row, 9, q->rule);
  row->cell[10] = doc->input + q->span.start;
  row->cell_len[10] = q->span.end - q->span.start;
}
