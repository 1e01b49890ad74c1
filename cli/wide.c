/* SPDX-License-Identifier: MIT */
/* extract --wide: the facts of every input in one store, written as one row per issuer,
   metric, segment, basis, kind and unit with a column per fiscal period (for spreadsheets). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Read one input into the store; returns an exit status. */
static int add_input(earn_store *store, const earn_extractor *ex, const char *path, uint32_t opts) {
  char *data = NULL;
  size_t len = 0;
  if (cli_read_file(path, &data, &len) != 0) {
    cli_report(path, NULL, 0, SIZE_MAX, strerror(errno));
    return EXIT_INPUT;
  }
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, data, len, opts, &err);
  earn_status st = doc ? earn_store_add_doc(store, doc, path, &err) : err.code;
  if (st != EARN_OK) {
    char msg[200];
    snprintf(msg, sizeof msg, "%s%s%s", earn_status_str(st), err.detail[0] ? ": " : "", err.detail);
    cli_report(path, data, len, err.pos, msg);
  }
  earn_doc_free(doc);
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
    else if (add_input(store, ex, item.path, opts) != EXIT_OK)
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
