/* SPDX-License-Identifier: MIT */
/* earnings quantities: every number found in a document, classified (the debugging view). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: earnings quantities [--format csv|json] [--lang auto|en|ja|zh]\n"
    "                           [--replace-invalid] [-o FILE] FILE|-\n"
    "\n"
    "Print every quantity found in FILE (plain UTF-8 text; - reads standard input): money,\n"
    "percentages, percentage points, multiples, counts, durations, bare numbers, and the\n"
    "dates, periods and names whose digits are not amounts. Columns:\n"
    "kind,value,unit,qualifier,low,high,start,end,label,rule,text (start and end are byte\n"
    "offsets into FILE). Values are exact decimals in base units.\n";

static int quantities_file(const earn_extractor *ex, const char *path, uint32_t opts,
                           earn_format format, FILE *out) {
  char *data = NULL;
  size_t len = 0;
  if (cli_read_file(path, &data, &len) != 0) {
    cli_report(path, NULL, 0, SIZE_MAX, strerror(errno));
    return EXIT_INPUT;
  }
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, data, len, opts, &err);
  if (!doc) {
    char msg[200];
    snprintf(msg, sizeof msg, "%s%s%s", err.msg, err.detail[0] ? ": " : "", err.detail);
    cli_report(path, data, len, err.pos, msg);
    free(data);
    return EXIT_INPUT;
  }
  int status = EXIT_OK;
  if (earn_doc_write_quantities(doc, format, 1, cli_write_file, out) != EARN_OK) {
    cli_report(path, NULL, 0, SIZE_MAX, "cannot write the output");
    status = EXIT_INPUT;
  }
  for (size_t i = 0; i < earn_doc_diagnostic_count(doc); i++) {
    earn_span span;
    const char *msg = earn_doc_diagnostic(doc, i, &span, NULL);
    size_t line = 0, col = 0;
    earn_locate(data, len, span.start, &line, &col);
    fprintf(stderr, "%s:%zu:%zu: warning: %s\n", path, line, col, msg);
  }
  earn_doc_free(doc);
  free(data);
  return status;
}

int cmd_quantities(int argc, char **argv) {
  earn_format format = EARN_FORMAT_CSV;
  uint32_t opts = 0;
  const char *file = NULL, *output = NULL;
  for (int i = 1; i < argc; i++) {
    int used = cli_read_option(argc, argv, i, &opts);
    if (used > 0) {
      i += used - 1;
    } else if (used < 0) {
      fprintf(stderr, "earnings quantities: bad value for %s\n%s", argv[i], usage);
      return EXIT_USAGE;
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      fputs(usage, stdout);
      return EXIT_OK;
    } else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
      const char *f = argv[++i];
      if (strcmp(f, "csv") == 0)
        format = EARN_FORMAT_CSV;
      else if (strcmp(f, "json") == 0)
        format = EARN_FORMAT_JSON;
      else {
        fprintf(stderr, "earnings quantities: unknown format '%s'\n%s", f, usage);
        return EXIT_USAGE;
      }
    } else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
      output = argv[++i];
    } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
      fprintf(stderr, "earnings quantities: unknown option '%s'\n%s", argv[i], usage);
      return EXIT_USAGE;
    } else if (!file) {
      file = argv[i];
    } else {
      fprintf(stderr, "earnings quantities: one FILE at a time\n%s", usage);
      return EXIT_USAGE;
    }
  }
  if (!file) {
    fprintf(stderr, "earnings quantities: no FILE given\n%s", usage);
    return EXIT_USAGE;
  }
  earn_error err;
  earn_extractor *ex = earn_extractor_new(NULL, &err);
  if (!ex) {
    fprintf(stderr, "earnings: cannot start: %s %s\n", err.msg, err.detail);
    return EXIT_INPUT;
  }
  FILE *out = output ? fopen(output, "wb") : stdout;
  int status;
  if (!out) {
    cli_report(output, NULL, 0, SIZE_MAX, strerror(errno));
    status = EXIT_INPUT;
  } else {
    status = quantities_file(ex, file, opts, format, out);
    if ((output ? fclose(out) : fflush(out)) != 0 && status == EXIT_OK) {
      cli_report(output ? output : "<stdout>", NULL, 0, SIZE_MAX, strerror(errno));
      status = EXIT_INPUT;
    }
  }
  earn_extractor_free(ex);
  return status;
}
