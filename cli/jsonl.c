/* SPDX-License-Identifier: MIT */
/* --stdin-jsonl: one JSON object per input line, the facts of each written with its id, so
   that the tool runs unchanged as a Hadoop Streaming or Spark pipe() mapper. Each line is
   parsed, read, written and flushed before the next is read: memory stays bounded by the
   longest line and its document, however many lines come. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "jsonl.h"

#include "cli.h"

/* What one line asks for: its id as text, and the document's bytes (borrowed from the parsed
   line, or read from its path and ours to free). */
typedef struct request {
  char id[64]; /* an integer id printed here; a string id points into the parsed line */
  const char *id_text;
  const char *data;
  size_t len;
  char *owned;
} request;

/* A growable byte buffer: the library's JSON for one document, parsed back afterwards. */
typedef struct buffer {
  char *data;
  size_t len, cap;
} buffer;

static int buffer_append(const char *data, size_t len, void *ctx) {
  buffer *b = ctx;
  if (len > b->cap - b->len) {
    size_t cap = b->cap ? b->cap : 4096;
    while (len > cap - b->len) {
      if (cap > SIZE_MAX / 2)
        return -1;
      cap *= 2;
    }
    char *bigger = realloc(b->data, cap);
    if (!bigger)
      return -1;
    b->data = bigger;
    b->cap = cap;
  }
  memcpy(b->data + b->len, data, len);
  b->len += len;
  return 0;
}

/* Besides the exit statuses of cli.h: the output failed, so no later line can be written. */
enum { OUTPUT_FAILED = -1 };

/* Reports a bad line; always returns EXIT_INPUT so callers can `return bad_line(...)`. */
#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int
bad_line(size_t line, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "<stdin>:%zu: ", line);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  return EXIT_INPUT;
}

/* Fills req->id_text from the "id" member: a string, or an integer printed in decimal. */
static int take_id(json_t *obj, request *req, size_t line) {
  json_t *id = json_object_get(obj, "id");
  if (json_is_integer(id)) {
    snprintf(req->id, sizeof req->id, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
    req->id_text = req->id;
    return EXIT_OK;
  }
  if (!json_is_string(id))
    return bad_line(line, id ? "\"id\" must be a string or an integer" : "no \"id\"");
  /* A NUL inside the id would silently cut it short in every output cell. */
  if (strlen(json_string_value(id)) != json_string_length(id))
    return bad_line(line, "\"id\" holds a NUL character");
  req->id_text = json_string_value(id);
  return EXIT_OK;
}

/* Fills req->data from exactly one of "text" (borrowed) and "path" (read into req->owned). */
static int take_document(json_t *obj, request *req, size_t line) {
  json_t *text = json_object_get(obj, "text");
  json_t *path = json_object_get(obj, "path");
  if (!text == !path)
    return bad_line(line, text ? "both \"text\" and \"path\"" : "no \"text\" or \"path\"");
  json_t *given = text ? text : path;
  if (!json_is_string(given))
    return bad_line(line, "\"%s\" must be a string", text ? "text" : "path");
  if (text) {
    req->data = json_string_value(text);
    req->len = json_string_length(text);
    return EXIT_OK;
  }
  const char *p = json_string_value(path);
  /* cli_read_file() takes "-" as standard input, which is where the lines come from. */
  if (strcmp(p, "-") == 0 || strlen(p) != json_string_length(path))
    return bad_line(line, "\"path\" is not a file name: '%s'", p);
  if (cli_read_file(p, &req->owned, &req->len) != 0)
    return bad_line(line, "%s: %s", p, strerror(errno));
  req->data = req->owned;
  return EXIT_OK;
}

/* Why earn_doc_read() failed, with the line and column in the document where it did. */
static int bad_document(size_t line, const request *req, const earn_error *err) {
  char where[64] = "";
  if (err->pos != SIZE_MAX) {
    size_t l = 0, c = 0;
    earn_locate(req->data, req->len, err->pos, &l, &c);
    snprintf(where, sizeof where, " at %zu:%zu", l, c);
  }
  fprintf(stderr, "<stdin>:%zu: %s%s%s%s\n", line, err->msg, err->detail[0] ? ": " : "",
          err->detail, where);
  return EXIT_INPUT;
}

/* The document's own notes and warnings (replaced bytes, doubtful figures), as extract
   prints them, but placed by input line and then by line:column in the document. */
static void print_diagnostics(const earn_doc *doc, const request *req, size_t line) {
  for (size_t i = 0; i < earn_doc_diagnostic_count(doc); i++) {
    earn_span span;
    earn_severity sev;
    const char *msg = earn_doc_diagnostic(doc, i, &span, &sev);
    size_t l = 0, c = 0;
    earn_locate(req->data, req->len, span.start, &l, &c);
    fprintf(stderr, "<stdin>:%zu: %s: at %zu:%zu: %s\n", line,
            sev == EARN_SEV_WARNING ? "warning" : "note", l, c, msg);
  }
}

/* CSV rows: the library hands over one whole line per call, so the id cell goes in front. */
typedef struct csv_prefix {
  FILE *out;
  const char *id;
} csv_prefix;

/* An RFC 4180 cell: quoted, with quotes doubled, when it holds a comma, quote or line break. */
static void write_csv_cell(FILE *out, const char *s) {
  if (s[strcspn(s, ",\"\r\n")] == '\0') {
    fputs(s, out);
    return;
  }
  fputc('"', out);
  for (const char *q; (q = strchr(s, '"')) != NULL; s = q + 1) {
    fwrite(s, 1, (size_t)(q - s) + 1, out);
    fputc('"', out);
  }
  fputs(s, out);
  fputc('"', out);
}

static int write_csv_row(const char *data, size_t len, void *ctx) {
  const csv_prefix *p = ctx;
  write_csv_cell(p->out, p->id);
  fputc(',', p->out);
  return fwrite(data, 1, len, p->out) == len ? 0 : -1;
}

/* JSON lines: the library's array of fact objects for the document, parsed back, each written
   compactly on its own line with "id" first. Reusing the library's writer keeps the keys and
   values exactly those of `extract --format json`. */
static earn_status write_json_lines(const earn_doc *doc, const char *id, FILE *out) {
  buffer b = {NULL, 0, 0};
  earn_status st = earn_doc_write_facts(doc, EARN_FORMAT_JSON, 1, buffer_append, &b);
  json_t *facts = st == EARN_OK ? json_loadb(b.data, b.len, 0, NULL) : NULL;
  free(b.data);
  if (st != EARN_OK)
    return st;
  if (!json_is_array(facts)) {
    json_decref(facts);
    return EARN_ERR_NOMEM; /* the library wrote valid JSON, so only memory can be missing */
  }
  size_t i;
  json_t *fact;
  json_array_foreach(facts, i, fact) {
    json_t *row = json_object();
    if (!row || json_object_set_new(row, "id", json_string(id)) != 0 ||
        json_object_update(row, fact) != 0) {
      json_decref(row);
      st = EARN_ERR_NOMEM;
      break;
    }
    int failed = json_dumpf(row, out, JSON_COMPACT) != 0 || fputc('\n', out) == EOF;
    json_decref(row);
    if (failed) {
      st = EARN_ERR_IO;
      break;
    }
  }
  json_decref(facts);
  return st;
}

/* Reads the document of `req` and writes its facts. */
static int extract_one(const earn_extractor *ex, uint32_t opts, bool jsonl_out, const request *req,
                       size_t line, FILE *out) {
  earn_error err;
  earn_doc *doc = earn_doc_read(ex, req->data, req->len, opts | EARN_OPT_BORROW_INPUT, &err);
  if (!doc)
    return bad_document(line, req, &err);
  earn_status st;
  if (jsonl_out) {
    st = write_json_lines(doc, req->id_text, out);
  } else {
    csv_prefix p = {out, req->id_text};
    st = earn_doc_write_facts(doc, EARN_FORMAT_CSV, 0, write_csv_row, &p);
  }
  print_diagnostics(doc, req, line);
  earn_doc_free(doc);
  if (st == EARN_ERR_IO || ferror(out))
    return OUTPUT_FAILED;
  if (st != EARN_OK)
    return bad_line(line, "cannot write the facts: %s", earn_status_str(st));
  return EXIT_OK;
}

/* One input line, without its line break. */
static int run_line(const earn_extractor *ex, uint32_t opts, bool jsonl_out, const char *text,
                    size_t len, size_t line, FILE *out) {
  json_error_t jerr;
  json_t *obj = json_loadb(text, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
  if (!obj)
    return bad_line(line, "not JSON: %s (column %d)", jerr.text, jerr.column);
  request req = {.id_text = NULL};
  int status = EXIT_INPUT;
  if (!json_is_object(obj))
    bad_line(line, "not a JSON object");
  else if (take_id(obj, &req, line) == EXIT_OK && take_document(obj, &req, line) == EXIT_OK)
    status = extract_one(ex, opts, jsonl_out, &req, line, out);
  free(req.owned);
  json_decref(obj);
  return status;
}

static bool is_blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
      return false;
  return true;
}

int cli_run_jsonl(const earn_extractor *ex, uint32_t opts, bool jsonl_out, FILE *in, FILE *out) {
  int status = EXIT_OK;
  /* The header goes out at once, so that a consumer sees it even before the first row. */
  if (!jsonl_out && (fputs("id," EARN_FACT_COLUMNS "\r\n", out) == EOF || fflush(out) != 0))
    status = OUTPUT_FAILED;
  char *buf = NULL;
  size_t cap = 0;
  ssize_t got;
  for (size_t line = 1; status != OUTPUT_FAILED && (got = getline(&buf, &cap, in)) > 0; line++) {
    size_t len = (size_t)got;
    if (buf[len - 1] == '\n') /* the last line may lack its line break */
      len--;
    if (len > 0 && buf[len - 1] == '\r')
      len--;
    if (is_blank(buf, len))
      continue;
    int st = run_line(ex, opts, jsonl_out, buf, len, line, out);
    /* A mapper's consumer should see each line's rows as soon as they exist. */
    if (st != OUTPUT_FAILED && fflush(out) != 0)
      st = OUTPUT_FAILED;
    if (st != EXIT_OK)
      status = st;
  }
  int saved = errno; /* from the getline() that ended the loop, if it failed */
  if (status == OUTPUT_FAILED || fflush(out) != 0) {
    fputs("earnings: cannot write the output\n", stderr);
    status = EXIT_INPUT;
  } else if (ferror(in)) {
    fprintf(stderr, "<stdin>: error: %s\n", strerror(saved));
    status = EXIT_INPUT;
  }
  free(buf);
  return status;
}
