/* SPDX-License-Identifier: MIT */
/* Fuzz target: read any bytes as a document and check the invariants of what comes out. */
#include <string.h>

#include <earnings/earnings.h>

#include "fuzz-doc.h"

static int is_continuation(const char *s, size_t len, size_t pos) {
  return pos < len && ((unsigned char)s[pos] & 0xC0u) == 0x80u;
}

static void check_decimal(earn_decimal d) {
  char buf[EARN_DECIMAL_BUFSIZE];
  size_t n = earn_decimal_format(d, buf, sizeof buf);
  FUZZ_CHECK(n < sizeof buf && strlen(buf) == n);
}

static void check_quantity(const earn_quantity *q, const char *input, size_t len, int valid) {
  earn_span span = earn_quantity_span(q);
  FUZZ_CHECK(span.start <= span.end && span.end <= len);
  if (valid) {
    FUZZ_CHECK(!is_continuation(input, len, span.start));
    FUZZ_CHECK(!is_continuation(input, len, span.end));
  }
  FUZZ_CHECK((unsigned)earn_quantity_kind(q) <= EARN_Q_LABEL);
  FUZZ_CHECK((unsigned)earn_quantity_qualifier(q) <= EARN_QUAL_LESS_THAN);
  FUZZ_CHECK(earn_quantity_unit(q) != NULL && earn_quantity_label(q) != NULL);
  FUZZ_CHECK(earn_quantity_rule(q) != NULL && earn_quantity_rule(q)[0] != '\0');
  earn_decimal value, low, high;
  if (earn_quantity_value(q, &value))
    check_decimal(value);
  if (earn_quantity_range(q, &low, &high)) {
    check_decimal(low);
    check_decimal(high);
  }
}

static void check_doc(const earn_doc *doc, const char *input, size_t len, uint32_t opts) {
  size_t doc_len = 0;
  FUZZ_CHECK(earn_doc_input(doc, &doc_len) != NULL && doc_len == len);
  FUZZ_CHECK((unsigned)earn_doc_lang(doc) <= EARN_LANG_ZH);
  int valid = !(opts & EARN_OPT_REPLACE_INVALID) || earn_doc_diagnostic_count(doc) == 0;
  size_t count = earn_doc_quantity_count(doc), last_start = 0;
  for (size_t i = 0; i < count; i++) {
    const earn_quantity *q = earn_doc_quantity(doc, i);
    FUZZ_CHECK(q != NULL);
    check_quantity(q, input, len, valid);
    FUZZ_CHECK(earn_quantity_span(q).start >= last_start);
    last_start = earn_quantity_span(q).start;
  }
  FUZZ_CHECK(earn_doc_quantity(doc, count) == NULL);
  for (size_t i = 0; i < earn_doc_diagnostic_count(doc); i++) {
    earn_span span;
    FUZZ_CHECK(earn_doc_diagnostic(doc, i, &span, NULL) != NULL);
    FUZZ_CHECK(span.start <= span.end && span.end <= len);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  /* Facts have their own target (fuzz-extract.c): this one stays on the quantity reader. */
  uint32_t opts = fuzz_options_from_byte(data[0]) | EARN_OPT_QUANTITIES_ONLY;
  const char *input = (const char *)data + 1;
  size_t len = size - 1 < FUZZ_MAX_INPUT ? size - 1 : FUZZ_MAX_INPUT;
  earn_error err;
  memset(&err, 0xFF, sizeof err);
  earn_doc *doc = earn_doc_read(fuzz_shared_extractor(), input, len, opts, &err);
  if (!doc) {
    FUZZ_CHECK(err.code == EARN_ERR_UTF8 || err.code == EARN_ERR_BINARY);
    FUZZ_CHECK(!(opts & EARN_OPT_REPLACE_INVALID));
    FUZZ_CHECK(err.pos < len && err.msg != NULL && memchr(err.detail, '\0', sizeof err.detail));
    return 0;
  }
  check_doc(doc, input, len, opts);
  size_t csv_bytes = 0, json_bytes = 0;
  FUZZ_CHECK(earn_doc_write_quantities(doc, EARN_FORMAT_CSV, 1, fuzz_count_sink, &csv_bytes) ==
             EARN_OK);
  FUZZ_CHECK(earn_doc_write_quantities(doc, EARN_FORMAT_JSON, 0, fuzz_count_sink, &json_bytes) ==
             EARN_OK);
  FUZZ_CHECK(csv_bytes > 0 && json_bytes > 0);
  earn_doc_free(doc);
  return 0;
}
