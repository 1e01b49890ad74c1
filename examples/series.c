/* SPDX-License-Identifier: MIT */
/* A run of releases as a series: each release is read, its facts go into one store, and the
   store gives per metric the values over the periods with the growth computed from them next
   to the growth the releases state, TTM and margin, then the checks. */
#include <stdio.h>
#include <stdlib.h>

#include <earnings/earnings.h>

#include "read-file.h"

/* A decimal as text, or "-" when it is not known. */
static const char *show(int has, earn_decimal d, char *buf) {
  if (!has)
    return "-";
  earn_decimal_format(d, buf, EARN_DECIMAL_BUFSIZE);
  return buf;
}

static int add_release(earn_store *store, const earn_extractor *ex, const char *path) {
  size_t len = 0;
  char *text = read_file(path, &len);
  if (!text) {
    perror(path);
    return -1;
  }
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, text, len, EARN_OPT_DEFAULT, &err);
  int rc = doc && earn_store_add_doc(store, doc, path, &err) == EARN_OK ? 0 : -1;
  if (rc)
    fprintf(stderr, "%s: %s\n", path, err.msg);
  earn_doc_free(doc);
  free(text);
  return rc;
}

static void print_series(const earn_series *s) {
  printf("%s %s [%s] %s %s\n", earn_series_issuer(s), earn_series_metric(s), earn_series_segment(s),
         earn_basis_name(earn_series_basis(s)), earn_series_unit(s));
  for (size_t j = 0; j < earn_series_point_count(s); j++) {
    const earn_point *p = earn_series_point(s, j);
    earn_decimal v, yoy, qoq, syoy, sqoq, ttm, margin;
    char b[7][EARN_DECIMAL_BUFSIZE];
    printf("  %s (%s, %s): %s yoy %s (stated %s) qoq %s (stated %s) ttm %s margin %s\n",
           earn_point_period(p), earn_point_calendar_period(p), earn_point_origin(p),
           show(earn_point_value(p, &v), v, b[0]),
           show(earn_point_yoy(p, &yoy, NULL) == EARN_OK, yoy, b[1]),
           show(earn_point_stated_yoy(p, &syoy, NULL), syoy, b[2]),
           show(earn_point_qoq(p, &qoq, NULL) == EARN_OK, qoq, b[3]),
           show(earn_point_stated_qoq(p, &sqoq, NULL), sqoq, b[4]),
           show(earn_point_ttm(p, &ttm), ttm, b[5]),
           show(earn_point_margin(p, &margin), margin, b[6]));
  }
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: series FILE...\n");
    return EXIT_FAILURE;
  }
  earn_error err;
  earn_extractor *ex = earn_extractor_new(NULL, &err);
  earn_store *store = ex ? earn_store_new(NULL, &err) : NULL;
  int status = store ? EXIT_SUCCESS : EXIT_FAILURE;
  for (int i = 1; i < argc && status == EXIT_SUCCESS; i++)
    if (add_release(store, ex, argv[i]) != 0)
      status = EXIT_FAILURE;
  if (status == EXIT_SUCCESS && earn_store_analyze(store, &err) != EARN_OK)
    status = EXIT_FAILURE;
  for (size_t i = 0; status == EXIT_SUCCESS && i < earn_store_series_count(store); i++)
    print_series(earn_store_series(store, i));
  for (size_t i = 0; i < earn_store_diagnostic_count(store); i++) {
    earn_severity sev;
    const char *file;
    earn_span span;
    const char *msg = earn_store_diagnostic(store, i, &sev, &file, &span, NULL, NULL);
    printf("%s: %s@%zu: %s\n", sev == EARN_SEV_WARNING ? "warning" : "note", file ? file : "",
           span.start, msg);
  }
  earn_store_free(store);
  earn_extractor_free(ex);
  return status;
}
