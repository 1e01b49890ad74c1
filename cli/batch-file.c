/* SPDX-License-Identifier: MIT */
/* One input of a batch, on a worker thread: read it, extract with the shared extractor, and
   render its table and messages into the item's memory buffers for the main thread to print
   in input order. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Where the table goes. With a file column, each CSV or TSV line is prefixed by the file's
   name; the library writes those formats one whole line per call, so the wrapper can add the
   cell, and the first call is the header, whose length is noted so that it is printed only
   before the batch's first table. */
typedef struct sink {
  FILE *out;
  const char *file;
  earn_format format;
  bool file_column;
  bool first_done;
  size_t *header_len;
} sink;

static void write_cell(FILE *out, const char *s, earn_format format) {
  if (format == EARN_FORMAT_TSV) {
    for (; *s; s++)
      fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
    return;
  }
  if (!strpbrk(s, ",\"\r\n")) {
    fputs(s, out);
    return;
  }
  fputc('"', out);
  for (; *s; s++) {
    if (*s == '"')
      fputc('"', out);
    fputc(*s, out);
  }
  fputc('"', out);
}

static int sink_write(const char *data, size_t len, void *ctx) {
  sink *s = ctx;
  if (s->file_column) {
    if (s->first_done)
      write_cell(s->out, s->file, s->format);
    else
      fputs("file", s->out);
    fputc(s->format == EARN_FORMAT_TSV ? '\t' : ',', s->out);
  }
  if (fwrite(data, 1, len, s->out) != len)
    return -1;
  if (!s->first_done && s->format != EARN_FORMAT_JSON) {
    long end = ftell(s->out);
    *s->header_len = end > 0 ? (size_t)end : 0;
  }
  s->first_done = true;
  return 0;
}

static void report_doc_error(FILE *err, const char *path, const char *data, size_t len,
                             const earn_error *e) {
  char msg[200];
  snprintf(msg, sizeof msg, "%s%s%s", e->msg, e->detail[0] ? ": " : "", e->detail);
  cli_report_to(err, path, data, len, e->pos, msg);
}

static void write_diagnostics(FILE *err, const char *path, const earn_doc *doc, const char *data,
                              size_t len) {
  for (size_t i = 0; i < earn_doc_diagnostic_count(doc); i++) {
    earn_span span;
    earn_severity sev;
    const char *msg = earn_doc_diagnostic(doc, i, &span, &sev);
    size_t line = 0, col = 0;
    earn_locate(data, len, span.start, &line, &col);
    fprintf(err, "%s:%zu:%zu: %s: %s\n", path, line, col,
            sev == EARN_SEV_WARNING ? "warning" : "note", msg);
  }
}

/* Read, extract and write one input. Returns an exit status. */
static int render(const cli_render *r, cli_item *item, FILE *out, FILE *err) {
  if (item->list_errno) {
    cli_report_to(err, item->path, NULL, 0, SIZE_MAX, strerror(item->list_errno));
    return EXIT_INPUT;
  }
  char *data = NULL;
  size_t len = 0;
  if (cli_read_file(item->path, &data, &len) != 0) {
    cli_report_to(err, item->path, NULL, 0, SIZE_MAX, strerror(errno));
    return EXIT_INPUT;
  }
  item->bytes = len;
  earn_error e;
  /* The buffer lives until the document is freed, so the library need not copy it. */
  earn_doc *doc = earn_doc_read(r->ex, data, len, r->opts | EARN_OPT_BORROW_INPUT, &e);
  int status = EXIT_OK;
  if (!doc) {
    report_doc_error(err, item->path, data, len, &e);
    status = EXIT_INPUT;
  } else {
    sink s = {.out = out,
              .file = item->path,
              .format = r->format,
              .file_column = r->file_column && r->format != EARN_FORMAT_JSON,
              .header_len = &item->header_len};
    if (r->job->write(doc, r->format, 1, sink_write, &s) != EARN_OK) {
      cli_report_to(err, item->path, NULL, 0, SIZE_MAX, "cannot write the output");
      status = EXIT_INPUT;
    }
    write_diagnostics(err, item->path, doc, data, len);
  }
  earn_doc_free(doc);
  free(data);
  return status;
}

void cli_render_item(const cli_render *r, cli_item *item) {
  FILE *out = open_memstream(&item->out, &item->out_len);
  FILE *err = out ? open_memstream(&item->err, &item->err_len) : NULL;
  item->status = out && err ? render(r, item, out, err) : EXIT_INPUT;
  /* Closing a memory stream sets its buffer and length; a failure there is memory running
     out, told by the main thread when it finds the status without a message. */
  if (out && fclose(out) != 0)
    item->status = EXIT_INPUT;
  if (err && fclose(err) != 0)
    item->status = EXIT_INPUT;
}
