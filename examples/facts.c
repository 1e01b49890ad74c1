/* SPDX-License-Identifier: MIT */
/* What a release says, as a reader would list it: the report (issuer, period, fiscal year
   end, currency) and each fact with its period, value, growth and where it was read. */
#include <stdio.h>
#include <stdlib.h>

#include <earnings/earnings.h>

#include "read-file.h"

/* A decimal as text, or "-" when the fact does not state it. */
static const char *show(int has, earn_decimal d, char *buf, size_t cap) {
  if (!has)
    return "-";
  earn_decimal_format(d, buf, cap);
  return buf;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: facts FILE\n");
    return EXIT_FAILURE;
  }
  size_t len = 0;
  char *text = read_file(argv[1], &len);
  if (!text) {
    perror(argv[1]);
    return EXIT_FAILURE;
  }
  earn_error err;
  earn_extractor *ex = earn_extractor_new(NULL, &err);
  earn_doc *doc = ex ? earn_doc_read(ex, text, len, EARN_OPT_DEFAULT, &err) : NULL;
  if (!doc) {
    fprintf(stderr, "error: %s %s\n", err.msg, err.detail);
    earn_extractor_free(ex);
    free(text);
    return EXIT_FAILURE;
  }
  printf("issuer: %s\nreleased: %s\nperiod: %s (calendar %s), fiscal year ends in month %d\n"
         "currency: %s\n",
         earn_doc_issuer(doc), earn_doc_release_date(doc), earn_doc_period(doc),
         earn_doc_calendar_period(doc), earn_doc_fiscal_year_end(doc), earn_doc_currency(doc));
  for (size_t i = 0; i < earn_doc_fact_count(doc); i++) {
    const earn_fact *f = earn_doc_fact(doc, i);
    earn_decimal value, yoy, qoq;
    char v[EARN_DECIMAL_BUFSIZE], y[EARN_DECIMAL_BUFSIZE], q[EARN_DECIMAL_BUFSIZE];
    int has_value = earn_fact_value(f, &value);
    int has_yoy = earn_fact_yoy(f, &yoy, NULL), has_qoq = earn_fact_qoq(f, &qoq, NULL);
    earn_span where = earn_fact_statement_span(f);
    printf("%s [%s] %s %s %s: %s %s yoy %s qoq %s at [%zu,%zu) x%zu\n", earn_fact_metric(f),
           earn_fact_segment(f), earn_basis_name(earn_fact_basis(f)),
           earn_fact_kind_name(earn_fact_kind_of(f)),
           earn_fact_period(f)[0] ? earn_fact_period(f) : "-", show(has_value, value, v, sizeof v),
           has_value ? earn_fact_unit(f) : "", show(has_yoy, yoy, y, sizeof y),
           show(has_qoq, qoq, q, sizeof q), where.start, where.end, earn_fact_mention_count(f));
  }
  for (size_t i = 0; i < earn_doc_diagnostic_count(doc); i++)
    printf("note: %s\n", earn_doc_diagnostic(doc, i, NULL, NULL));
  earn_doc_free(doc);
  earn_extractor_free(ex);
  free(text);
  return EXIT_SUCCESS;
}
