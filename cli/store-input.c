/* SPDX-License-Identifier: MIT */
/* Inputs of a store: releases and facts CSVs (for analyze and extract --wide), and extract
   --wide: the facts of every input in one store, written as one row per issuer, metric,
   segment, basis, kind and unit with a column per fiscal period (for spreadsheets). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"

/* A facts CSV: named .csv, or a first line that has a `metric` cell. */
static bool is_facts_csv(const char *path, const char *data, size_t len) {
  size_t n = strlen(path);
  if (n > 4 && strcasecmp(path + n - 4, ".csv") == 0)
    return true;
  size_t i = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  for (size_t start = i; i <= len; i++) {
    if (i == len || data[i] == ',' || data[i] == '\n' || data[i] == '\r') {
      if (i - start == 6 && memcmp(data + start, "metric", 6) == 0)
        return true;
      if (i == len || data[i] != ',')
        return false;
      start = i + 1;
    }
  }
  return false;
}

int cli_store_add_file(earn_store *store, const earn_extractor *ex, const char *path,
                       uint32_t opts) {
  char *data = NULL;
  size_t len = 0;
  if (cli_read_file(path, &data, &len) != 0) {
    cli_report(path, NULL, 0, SIZE_MAX, strerror(errno));
    return EXIT_INPUT;
  }
  earn_error err = {0};
  earn_status st;
  if (is_facts_csv(path, data, len)) {
    st = earn_store_add_csv(store, data, len, path, &err);
  } else {
    earn_doc *doc = earn_doc_read(ex, data, len, opts, &err);
    st = doc ? earn_store_add_doc(store, doc, path, &err) : err.code;
    earn_doc_free(doc);
  }
  if (st != EARN_OK) {
    char msg[200];
    snprintf(msg, sizeof msg, "%s%s%s", earn_status_str(st), err.detail[0] ? ": " : "", err.detail);
    cli_report(path, data, len, err.pos, msg);
  }
  free(data);
  return st == EARN_OK ? EXIT_OK : EXIT_INPUT;
}

int cli_run_wide(cli_source *src, const earn_extractor *ex, uint32_t opts, earn_format format,
                 FILE *out) {
  earn_error err;
  earn_store *store = earn_store_new(NULL, &err);
  int status = store ? EXIT_OK : EXIT_INPUT, more;
  cli_item item = {0};
  while (store && (more = cli_source_next(src, &item)) == 1) {
    if (item.list_errno)
      cli_report(item.path, NULL, 0, SIZE_MAX, strerror(item.list_errno)), status = EXIT_INPUT;
    else if (cli_store_add_file(store, ex, item.path, opts) != EXIT_OK)
      status = EXIT_INPUT;
    cli_item_clear(&item);
  }
  if (!store || more < 0 || earn_store_analyze(store, &err) != EARN_OK ||
      earn_store_write_wide(store, format, 1, cli_write_file, out) != EARN_OK) {
    fprintf(stderr, "earnings extract: %s\n", strerror(ENOMEM));
    status = EXIT_INPUT;
  }
  earn_store_free(store);
  return status;
}
