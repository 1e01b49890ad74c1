/* SPDX-License-Identifier: MIT */
/* Fuzz target: any bytes as a facts CSV into a store, then the analysis and its writers. A
   malformed file fails with a position inside it and leaves the store as it was; whatever is
   read gives series in period order whose computed cells are consistent. */
#include <string.h>

#include <earnings/earnings.h>

#include "fuzz-doc.h"

/* A prior file that the store already holds, so that failures must leave it intact. */
static const char base[] = "metric,period,value,unit\nrevenue,FY2024Q4,80,USD\n"
                           "revenue,FY2025Q1,90,USD\nrevenue,FY2025Q2,95,USD\n";

static size_t point_total(const earn_store *s) {
  size_t n = 0;
  for (size_t i = 0; i < earn_store_series_count(s); i++)
    n += earn_series_point_count(earn_store_series(s, i));
  return n;
}

static void check_series(const earn_series *se) {
  for (size_t j = 0; j < earn_series_point_count(se); j++) {
    const earn_point *p = earn_series_point(se, j);
    earn_decimal pct, change;
    earn_status st = earn_point_yoy(p, &pct, &change);
    FUZZ_CHECK(st == EARN_OK || st == EARN_ERR_NOT_MEANINGFUL || st == EARN_ERR_ARG);
    FUZZ_CHECK(strlen(earn_point_period(p)) < 20);
    for (size_t k = 0; k < earn_point_source_count(p); k++)
      FUZZ_CHECK(earn_point_source(p, k, NULL, NULL, NULL) != NULL);
    FUZZ_CHECK(earn_point_source(p, earn_point_source_count(p), NULL, NULL, NULL) == NULL);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT)
    size = FUZZ_MAX_INPUT;
  earn_store *s = earn_store_new(NULL, NULL);
  FUZZ_CHECK(s != NULL);
  FUZZ_CHECK(earn_store_add_csv(s, base, strlen(base), "base.csv", NULL) == EARN_OK);
  FUZZ_CHECK(earn_store_analyze(s, NULL) == EARN_OK);
  size_t before = point_total(s);
  earn_error err;
  earn_status st = earn_store_add_csv(s, (const char *)data, size, "fuzz.csv", &err);
  FUZZ_CHECK(earn_store_analyze(s, NULL) == EARN_OK);
  if (st != EARN_OK) {
    FUZZ_CHECK(st == EARN_ERR_SYNTAX || st == EARN_ERR_UTF8 || st == EARN_ERR_BINARY ||
               st == EARN_ERR_LIMIT);
    FUZZ_CHECK(err.pos <= size);
    FUZZ_CHECK(point_total(s) == before);
  }
  for (size_t i = 0; i < earn_store_series_count(s); i++)
    check_series(earn_store_series(s, i));
  for (size_t i = 0; i < earn_store_diagnostic_count(s); i++)
    FUZZ_CHECK(earn_store_diagnostic(s, i, NULL, NULL, NULL, NULL, NULL) != NULL);
  static const earn_format formats[] = {EARN_FORMAT_CSV, EARN_FORMAT_TSV, EARN_FORMAT_JSON};
  for (size_t f = 0; f < 3; f++) {
    size_t total = 0;
    FUZZ_CHECK(earn_store_write(s, formats[f], 1, fuzz_count_sink, &total) == EARN_OK);
    FUZZ_CHECK(total > 0);
  }
  earn_store_free(s);
  return 0;
}
