/* SPDX-License-Identifier: MIT */
/* The wide layout for spreadsheets: one row per series (issuer, metric, segment, basis, kind,
   unit) and one column per fiscal period that any series has, in period order. */
#include <stdlib.h>
#include <string.h>

#include "store.h"

enum { KEY_COLS = 6 };
static const char *const key_columns[KEY_COLS] = {"issuer", "metric", "segment",
                                                  "basis",  "kind",   "unit"};

typedef struct wide_layout {
  const earn_store *s;
  earn_fperiod *periods; /* the period of each period column */
  char (*names)[20];
  const char **columns;
  size_t nperiods;
} wide_layout;

static int cmp_period(const void *a, const void *b) {
  int x = earn_period_key(*(const earn_fperiod *)a), y = earn_period_key(*(const earn_fperiod *)b);
  return (x > y) - (x < y);
}

/* Every period of the store's points, sorted, once each. */
static bool collect_periods(wide_layout *w) {
  const earn_store *s = w->s;
  w->periods = earn_calloc(&s->alloc, s->npoints + 1, sizeof *w->periods);
  if (!w->periods)
    return false;
  for (size_t i = 0; i < s->npoints; i++)
    if (s->points[i].period.fy > 0)
      w->periods[w->nperiods++] = s->points[i].period;
  qsort(w->periods, w->nperiods, sizeof *w->periods, cmp_period);
  size_t n = 0;
  for (size_t i = 0; i < w->nperiods; i++)
    if (n == 0 || cmp_period(&w->periods[n - 1], &w->periods[i]) != 0)
      w->periods[n++] = w->periods[i];
  w->nperiods = n;
  w->names = earn_calloc(&s->alloc, n + 1, sizeof *w->names);
  w->columns = earn_calloc(&s->alloc, n + KEY_COLS, sizeof *w->columns);
  if (!w->names || !w->columns)
    return false;
  for (int c = 0; c < KEY_COLS; c++)
    w->columns[c] = key_columns[c];
  for (size_t i = 0; i < n; i++) {
    earn_fperiod_name(w->periods[i], w->names[i], sizeof w->names[i]);
    w->columns[KEY_COLS + i] = w->names[i];
  }
  return true;
}

static void fill_series(const void *src, size_t i, earn_row *row) {
  const wide_layout *w = src;
  const earn_store *s = w->s;
  const earn_series *se = &s->series[i];
  const char *keys[KEY_COLS] = {earn_store_str(s, se->issuer),  earn_store_str(s, se->metric),
                                earn_store_str(s, se->segment), earn_basis_name(se->basis),
                                earn_fact_kind_name(se->kind),  earn_store_str(s, se->unit)};
  for (int c = 0; c < KEY_COLS; c++) {
    row->cell[c] = keys[c];
    row->cell_len[c] = strlen(keys[c]);
  }
  /* Points and columns are both in period order: one walk matches them. */
  size_t j = se->p0, end = se->p0 + se->np;
  for (size_t k = 0; k < w->nperiods; k++) {
    char *cell = row->wide[KEY_COLS + k];
    cell[0] = '\0';
    while (j < end &&
           (s->points[j].period.fy <= 0 || cmp_period(&s->points[j].period, &w->periods[k]) < 0))
      j++;
    if (j < end && cmp_period(&s->points[j].period, &w->periods[k]) == 0 && s->points[j].has_value)
      earn_decimal_format(s->points[j].value, cell, EARN_DECIMAL_BUFSIZE);
    row->cell[KEY_COLS + k] = cell;
    row->cell_len[KEY_COLS + k] = strlen(cell);
  }
}

earn_status earn_store_write_wide(const earn_store *s, earn_format format, int header,
                                  earn_write_fn write, void *ctx) {
  if (!s)
    return EARN_ERR_ARG;
  wide_layout w = {s, NULL, NULL, NULL, 0};
  earn_status st = EARN_ERR_NOMEM;
  if (collect_periods(&w) && w.nperiods + KEY_COLS <= INT32_MAX) {
    earn_table t = {
        w.columns, (int)(w.nperiods + KEY_COLS), s->nseries, fill_series, 0, 1u << 2, &w,
        &s->alloc};
    st = earn_write_table(&t, format, header, write, ctx);
  }
  earn_dealloc(&s->alloc, w.periods);
  earn_dealloc(&s->alloc, w.names);
  earn_dealloc(&s->alloc, (void *)w.columns);
  return st;
}
