/* SPDX-License-Identifier: MIT */
/* A store's facts written back as a facts CSV (the long layout): the columns of
   EARN_FACT_COLUMNS, after the columns file, issuer, release_date and fiscal_year_end where
   the store has something to put in them. Reading what this writes and writing it again gives
   the same bytes. */
#include <stdio.h>
#include <string.h>

#include "store.h"

enum { C_FILE, C_ISSUER, C_DATE, C_FYE, C_FACTS };

static const char *const long_columns[] = {"file",
                                           "issuer",
                                           "release_date",
                                           "fiscal_year_end",
                                           "metric",
                                           "segment",
                                           "basis",
                                           "period",
                                           "calendar_period",
                                           "kind",
                                           "value",
                                           "unit",
                                           "qualifier",
                                           "yoy_pct",
                                           "yoy_qualifier",
                                           "qoq_pct",
                                           "start",
                                           "end",
                                           "text",
                                           "source",
                                           "rule"};

/* Which of the four leading columns are written: a file column when there are several files,
   the others when some release has a value for them. */
typedef struct long_layout {
  const earn_store *s;
  const char *columns[21];
  int ncols;
  bool lead[C_FACTS];
} long_layout;

static void choose_columns(long_layout *l) {
  const earn_store *s = l->s;
  for (size_t i = 0; i < s->nrel; i++) {
    const earn_release *r = &s->rel[i];
    l->lead[C_FILE] |= r->file != s->rel[0].file;
    l->lead[C_ISSUER] |= r->named != 0;
    l->lead[C_DATE] |= r->date != 0;
    l->lead[C_FYE] |= r->fye_stated;
  }
  for (int c = 0; c < 21; c++)
    if (c >= C_FACTS || l->lead[c])
      l->columns[l->ncols++] = long_columns[c];
}

static void put(earn_row *row, int *col, const char *s) {
  row->cell[*col] = s;
  row->cell_len[(*col)++] = strlen(s);
}

static const char *num(earn_row *row, int slot, bool has, earn_decimal d) {
  row->num[slot][0] = '\0';
  if (has)
    earn_decimal_format(d, row->num[slot], EARN_DECIMAL_BUFSIZE);
  return row->num[slot];
}

static void fill_lead(const long_layout *l, const earn_srec *r, earn_row *row, int *col) {
  const earn_store *s = l->s;
  const earn_release *rel = &s->rel[r->release];
  if (l->lead[C_FILE])
    put(row, col, earn_store_str(s, r->file));
  if (l->lead[C_ISSUER])
    put(row, col, earn_store_str(s, rel->named));
  if (l->lead[C_DATE]) {
    char *date = row->list[1];
    date[0] = '\0';
    if (rel->date)
      snprintf(date, sizeof row->list[1], "%04ld-%02ld-%02ld", rel->date / 10000,
               rel->date / 100 % 100, rel->date % 100);
    put(row, col, date);
  }
  if (l->lead[C_FYE]) {
    row->cagr_years[0] = '\0';
    if (rel->fye_stated)
      snprintf(row->cagr_years, sizeof row->cagr_years, "%d", rel->fye);
    put(row, col, row->cagr_years);
  }
}

static void fill_fact(const void *src, size_t i, earn_row *row) {
  const long_layout *l = src;
  const earn_store *s = l->s;
  const earn_srec *r = &s->rec[i];
  int col = 0;
  fill_lead(l, r, row, &col);
  char *period = row->list[0];
  earn_fperiod_name(r->period, period, sizeof row->list[0]);
  put(row, &col, earn_store_str(s, r->metric));
  put(row, &col, earn_store_str(s, r->segment));
  put(row, &col, r->basis_blank ? "" : earn_basis_name(r->basis));
  put(row, &col, period);
  put(row, &col, earn_store_str(s, r->calendar));
  put(row, &col, earn_fact_kind_name(r->kind));
  put(row, &col, num(row, 0, r->has_value, r->value));
  put(row, &col, earn_store_str(s, r->unit));
  put(row, &col, r->has_value ? earn_qualifier_name(r->qualifier) : "");
  put(row, &col, num(row, 1, r->has_yoy, r->yoy));
  put(row, &col, r->has_yoy && r->yoy_q != EARN_QUAL_EXACT ? earn_qualifier_name(r->yoy_q) : "");
  put(row, &col, num(row, 2, r->has_qoq, r->qoq));
  snprintf(row->num[3], EARN_DECIMAL_BUFSIZE, "%zu", r->span.start);
  snprintf(row->num[4], EARN_DECIMAL_BUFSIZE, "%zu", r->span.end);
  put(row, &col, r->has_span ? row->num[3] : "");
  put(row, &col, r->has_span ? row->num[4] : "");
  put(row, &col, earn_store_str(s, r->text));
  put(row, &col, earn_store_str(s, r->source));
  put(row, &col, earn_store_str(s, r->rule));
}

earn_status earn_store_write_facts(const earn_store *s, earn_format format, int header,
                                   earn_write_fn write, void *ctx) {
  if (!s)
    return EARN_ERR_ARG;
  long_layout l = {s, {NULL}, 0, {false}};
  choose_columns(&l);
  /* In JSON, start and end are integers; the segment is "" rather than null. */
  int base = l.ncols - (21 - C_FACTS);
  uint32_t ints = 1u << (base + 12) | 1u << (base + 13);
  earn_table t = {l.columns, l.ncols, s->nrec, fill_fact, ints, 1u << (base + 1), &l, &s->alloc};
  return earn_write_table(&t, format, header, write, ctx);
}
