/* SPDX-License-Identifier: MIT */
/* Fuzz target: read any bytes as a release and check the invariants of its facts and report. */
#include <string.h>

#include <earnings/earnings.h>

#include "fuzz-doc.h"

static const char *const metrics[] = {"revenue",
                                      "cost_of_revenue",
                                      "gross_profit",
                                      "gross_margin",
                                      "operating_income",
                                      "operating_margin",
                                      "ordinary_income",
                                      "ebit",
                                      "ebita",
                                      "ebitda",
                                      "pretax_income",
                                      "net_income",
                                      "eps",
                                      "dividend_per_share",
                                      "operating_cash_flow",
                                      "free_cash_flow",
                                      "capex",
                                      "cash",
                                      "gmv",
                                      "users",
                                      "members",
                                      "customers",
                                      "shipments",
                                      "orders",
                                      "headcount"};

static int is_metric(const char *m) {
  for (size_t i = 0; i < sizeof metrics / sizeof metrics[0]; i++)
    if (strcmp(m, metrics[i]) == 0)
      return 1;
  return 0;
}

static void check_span(earn_span span, size_t len) {
  FUZZ_CHECK(span.start <= span.end && span.end <= len);
}

static void check_period(const char *p) {
  FUZZ_CHECK(p != NULL && (p[0] == '\0' || strncmp(p, "FY", 2) == 0));
}

static void check_fact(const earn_fact *f, size_t len) {
  FUZZ_CHECK(f != NULL && is_metric(earn_fact_metric(f)));
  FUZZ_CHECK(earn_fact_segment(f) != NULL && earn_fact_rule(f)[0] != '\0');
  FUZZ_CHECK((unsigned)earn_fact_basis(f) <= EARN_BASIS_COMPARABLE);
  FUZZ_CHECK((unsigned)earn_fact_kind_of(f) <= EARN_FACT_TARGET);
  FUZZ_CHECK((unsigned)earn_fact_qualifier(f) <= EARN_QUAL_LESS_THAN);
  check_period(earn_fact_period(f));
  FUZZ_CHECK(earn_fact_calendar_period(f) != NULL);
  earn_decimal v, yoy, qoq;
  int has_value = earn_fact_value(f, &v);
  FUZZ_CHECK(has_value == (earn_fact_unit(f)[0] != '\0'));
  /* A fact says something: a figure or a growth. */
  FUZZ_CHECK(has_value || earn_fact_yoy(f, &yoy, NULL) || earn_fact_qoq(f, &qoq, NULL));
  check_span(earn_fact_value_span(f), len);
  check_span(earn_fact_metric_span(f), len);
  check_span(earn_fact_statement_span(f), len);
  size_t mentions = earn_fact_mention_count(f);
  FUZZ_CHECK(mentions >= 1);
  for (size_t i = 0; i < mentions; i++)
    check_span(earn_fact_mention(f, i), len);
  FUZZ_CHECK(earn_fact_mention(f, mentions).start == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0)
    return 0;
  uint32_t opts = fuzz_options_from_byte(data[0]);
  const char *input = (const char *)data + 1;
  size_t len = size - 1 < FUZZ_MAX_INPUT ? size - 1 : FUZZ_MAX_INPUT;
  earn_error err;
  earn_doc *doc = earn_doc_read(fuzz_shared_extractor(), input, len, opts, &err);
  if (!doc) {
    FUZZ_CHECK(err.code == EARN_ERR_UTF8 || err.code == EARN_ERR_BINARY);
    return 0;
  }
  for (size_t i = 0; i < earn_doc_fact_count(doc); i++)
    check_fact(earn_doc_fact(doc, i), len);
  FUZZ_CHECK(earn_doc_fact(doc, earn_doc_fact_count(doc)) == NULL);
  check_period(earn_doc_period(doc));
  FUZZ_CHECK(earn_doc_fiscal_year_end(doc) >= 1 && earn_doc_fiscal_year_end(doc) <= 12);
  FUZZ_CHECK(earn_doc_issuer(doc) && earn_doc_release_date(doc) && earn_doc_currency(doc));
  for (size_t i = 0; i < earn_doc_diagnostic_count(doc); i++) {
    earn_span span;
    FUZZ_CHECK(earn_doc_diagnostic(doc, i, &span, NULL) != NULL);
    check_span(span, len);
  }
  static const earn_format formats[] = {EARN_FORMAT_CSV, EARN_FORMAT_TSV, EARN_FORMAT_JSON};
  for (size_t i = 0; i < 3; i++) {
    size_t bytes = 0;
    FUZZ_CHECK(earn_doc_write_facts(doc, formats[i], 1, fuzz_count_sink, &bytes) == EARN_OK);
    FUZZ_CHECK(bytes > 0);
  }
  earn_doc_free(doc);
  return 0;
}
