/* SPDX-License-Identifier: MIT */
/* Tables as a JSON array of objects, built and written by jansson. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "private.h"

typedef struct sink {
  earn_write_fn write;
  void *ctx;
  bool failed;
} sink;

static int to_sink(const char *buffer, size_t size, void *data) {
  sink *s = data;
  if (s->write(buffer, size, s->ctx) != 0) {
    s->failed = true;
    return -1;
  }
  return 0;
}

/* A JSON string of s[0..n): jansson takes UTF-8 only, and evidence text read with
   EARN_OPT_REPLACE_INVALID may hold the input's invalid bytes, which become U+FFFD here. */
static json_t *string_json(const earn_allocator *a, const char *s, size_t n) {
  json_t *j = json_stringn(s, n);
  if (j)
    return j;
  char *copy = n < SIZE_MAX / 4 ? earn_malloc(a, 3 * n + 1) : NULL;
  if (!copy)
    return NULL;
  size_t out = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t k = earn_utf8_decode(s + i, n - i, &cp);
    if (cp == 0xFFFD && !(k == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0)) {
      memcpy(copy + out, "\xEF\xBF\xBD", 3);
      out += 3;
    } else {
      memcpy(copy + out, s + i, k);
      out += k;
    }
    i += k;
  }
  j = json_stringn(copy, out);
  earn_dealloc(a, copy);
  return j;
}

/* Numbers stay strings: JSON readers turn numbers into doubles, and money must stay exact.
   Offsets are integers; empty cells are null unless the table keeps them as "". */
static json_t *cell_json(const earn_table *t, const earn_row *row, int c) {
  bool keep = c < 32 && (t->keep_empty & (1u << c)), integer = c < 32 && (t->int_cols & (1u << c));
  if (row->cell_len[c] == 0 && !keep)
    return json_null();
  if (integer)
    return json_integer((json_int_t)strtoll(row->cell[c], NULL, 10));
  return string_json(t->alloc, row->cell[c], row->cell_len[c]);
}

/* Row i of t as a JSON object appended to array; false on OOM. */
static bool append_object(const earn_table *t, earn_row *row, size_t i, json_t *array) {
  t->fill(t->src, i, row);
  json_t *obj = json_object();
  if (!obj || json_array_append_new(array, obj) != 0)
    return false;
  for (int c = 0; c < t->ncols; c++) {
    json_t *v = cell_json(t, row, c);
    if (!v || json_object_set_new(obj, t->columns[c], v) != 0)
      return false;
  }
  return true;
}

earn_status earn_write_table_json(const earn_table *t, earn_write_fn write, void *ctx) {
  json_t *array = json_array();
  earn_row row;
  bool ok = array && earn_row_init(&row, t);
  for (size_t i = 0; ok && i < t->nrows; i++)
    ok = append_object(t, &row, i, array);
  if (array)
    earn_row_free(&row, t);
  if (!ok) {
    json_decref(array);
    return EARN_ERR_NOMEM;
  }
  sink s = {write, ctx, false};
  int rc = json_dump_callback(array, to_sink, &s, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
  json_decref(array);
  if (rc == 0 && write("\n", 1, ctx) != 0)
    return EARN_ERR_IO;
  return rc == 0 ? EARN_OK : s.failed ? EARN_ERR_IO : EARN_ERR_NOMEM;
}

earn_status earn_write_table(const earn_table *t, earn_format format, int header,
                             earn_write_fn write, void *ctx) {
  if (!t->src || !write)
    return EARN_ERR_ARG;
  switch (format) {
  case EARN_FORMAT_CSV:
    return earn_write_table_csv(t, header, ',', write, ctx);
  case EARN_FORMAT_TSV:
    return earn_write_table_csv(t, header, '\t', write, ctx);
  case EARN_FORMAT_JSON:
    return earn_write_table_json(t, write, ctx);
  }
  return EARN_ERR_ARG;
}

earn_status earn_doc_write_quantities(const earn_doc *doc, earn_format format, int header,
                                      earn_write_fn write, void *ctx) {
  earn_table t = doc ? earn_quantity_table(doc) : (earn_table){0};
  return earn_write_table(&t, format, header, write, ctx);
}

earn_status earn_doc_write_facts(const earn_doc *doc, earn_format format, int header,
                                 earn_write_fn write, void *ctx) {
  earn_table t = doc ? earn_fact_table(doc) : (earn_table){0};
  return earn_write_table(&t, format, header, write, ctx);
}
