/* SPDX-License-Identifier: MIT */
/* The summary as JSON (jansson): one object per release with the same sections as the text.
   Figures are strings of exact decimals, never JSON numbers, which a reader would parse into
   binary floats; unknowns are null. */
#include <jansson.h>

#include "summarize.h"

/* Adds `value` (a new reference, NULL when its allocation failed) under `key`; a failure is
   remembered in *failed so that callers check once. */
static void put(json_t *obj, const char *key, json_t *value, bool *failed) {
  if (json_object_set_new(obj, key, value) != 0)
    *failed = true;
}

static json_t *text_or_null(const char *s) { return s && s[0] ? json_string(s) : json_null(); }

static json_t *decimal_or_null(int has, earn_decimal d) {
  char buf[EARN_DECIMAL_BUFSIZE];
  if (!has)
    return json_null();
  earn_decimal_format(d, buf, sizeof buf);
  return json_string(buf);
}

static json_t *qualifier_or_null(bool has, earn_qualifier q) {
  return has && q != EARN_QUAL_EXACT ? json_string(earn_qualifier_name(q)) : json_null();
}

static void put_growth(json_t *obj, const char *name, const sum_growth *g, bool *failed) {
  char key[32];
  snprintf(key, sizeof key, "%s_pct", name);
  put(obj, key, decimal_or_null(g->has && !g->pp, g->value), failed);
  /* a ratio's computed change: points, not percent */
  snprintf(key, sizeof key, "%s_pp", name);
  put(obj, key, decimal_or_null(g->has && g->pp, g->value), failed);
  snprintf(key, sizeof key, "%s_qualifier", name);
  put(obj, key, qualifier_or_null(g->has, g->qualifier), failed);
  snprintf(key, sizeof key, "%s_origin", name);
  put(obj, key, g->has ? json_string(g->computed ? "computed" : "stated") : json_null(), failed);
}

static json_t *row_json(const sum_report *r, const sum_row *row) {
  const earn_fact *f = row->fact;
  json_t *o = json_object();
  if (!o)
    return NULL;
  bool failed = false;
  char figure[SUM_CELL];
  earn_decimal value = {0, 0, 0}, high = {0, 0, 0};
  int has_value = earn_fact_value(f, &value);
  int has_high = row->high && earn_fact_value(row->high, &high);
  sum_cell_figure(r, row, figure, sizeof figure);
  put(o, "metric", json_string(earn_fact_metric(f)), &failed);
  put(o, "label", json_string(sum_metric_label(r->labels, earn_fact_metric(f))), &failed);
  put(o, "segment", json_string(earn_fact_segment(f)), &failed);
  put(o, "basis", json_string(earn_basis_name(earn_fact_basis(f))), &failed);
  put(o, "kind", json_string(earn_fact_kind_name(earn_fact_kind_of(f))), &failed);
  put(o, "period", text_or_null(earn_fact_period(f)), &failed);
  put(o, "calendar_period", text_or_null(earn_fact_calendar_period(f)), &failed);
  put(o, "figure", text_or_null(figure), &failed);
  /* A range has its two ends and no single value. */
  put(o, "value", decimal_or_null(has_value && !has_high, value), &failed);
  put(o, "low", decimal_or_null(has_value && has_high, value), &failed);
  put(o, "high", decimal_or_null(has_high, high), &failed);
  put(o, "unit", text_or_null(earn_fact_unit(f)), &failed);
  /* as in the facts table: "exact" too, where there is a single value */
  put(o, "qualifier",
      has_value && !has_high ? json_string(earn_qualifier_name(earn_fact_qualifier(f)))
                             : json_null(),
      &failed);
  put_growth(o, "yoy", &row->yoy, &failed);
  put_growth(o, "qoq", &row->qoq, &failed);
  if (failed) {
    json_decref(o);
    return NULL;
  }
  return o;
}

static json_t *diag_json(const sum_diag *d) {
  json_t *o = json_object();
  bool failed = !o;
  if (o) {
    put(o, "line", json_integer((json_int_t)d->line), &failed);
    put(o, "column", json_integer((json_int_t)d->column), &failed);
    put(o, "severity", json_string(d->severity == EARN_SEV_WARNING ? "warning" : "note"), &failed);
    put(o, "message", json_string(d->message), &failed);
  }
  if (failed) {
    json_decref(o);
    return NULL;
  }
  return o;
}

static const char *const section_keys[SUM_FACT_SECTIONS] = {
    [SUM_HEADLINE] = "headline", [SUM_YEAR] = "year_to_date",   [SUM_SEGMENTS] = "segments",
    [SUM_GUIDANCE] = "guidance", [SUM_OPERATING] = "operating",
};

json_t *sum_report_json(const sum_report *r) {
  const earn_doc *doc = r->doc;
  json_t *o = json_object();
  if (!o)
    return NULL;
  bool failed = false;
  put(o, "file", json_string(r->file), &failed);
  put(o, "issuer", text_or_null(earn_doc_issuer(doc)), &failed);
  put(o, "release_date", text_or_null(earn_doc_release_date(doc)), &failed);
  put(o, "period", text_or_null(earn_doc_period(doc)), &failed);
  put(o, "calendar_period", text_or_null(earn_doc_calendar_period(doc)), &failed);
  put(o, "currency", text_or_null(earn_doc_currency(doc)), &failed);
  /* a month, not a figure: a number */
  put(o, "fiscal_year_end", json_integer(earn_doc_fiscal_year_end(doc)), &failed);
  put(o, "language", json_string(earn_lang_name(earn_doc_lang(doc))), &failed);
  put(o, "labels", json_string(earn_lang_name(r->labels)), &failed);
  for (int s = 0; s < SUM_FACT_SECTIONS && !failed; s++) {
    json_t *rows = json_array();
    for (size_t i = 0; rows && i < r->count[s]; i++)
      if (json_array_append_new(rows, row_json(r, &r->rows[s][i])) != 0)
        failed = true;
    put(o, section_keys[s], rows, &failed);
  }
  json_t *diags = json_array();
  for (size_t i = 0; diags && i < r->ndiags; i++)
    if (json_array_append_new(diags, diag_json(&r->diags[i])) != 0)
      failed = true;
  put(o, "diagnostics", diags, &failed);
  if (failed) {
    json_decref(o);
    return NULL;
  }
  return o;
}
