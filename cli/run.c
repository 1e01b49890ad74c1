/* SPDX-License-Identifier: MIT */
/* The loop the reading subcommands share: options, files in turn, a table written for each,
   diagnostics on standard error. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* With several files, each CSV or TSV line is prefixed by the file's name; the library
   writes those formats one whole line per call, so a wrapper can add the cell. */
typedef struct prefixed {
  FILE *out;
  const char *file;
  earn_format format;
  bool header_done;
} prefixed;

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

static int write_prefixed(const char *data, size_t len, void *ctx) {
  prefixed *p = ctx;
  if (!p->header_done) {
    p->header_done = true;
    fputs("file", p->out);
  } else {
    write_cell(p->out, p->file, p->format);
  }
  fputc(p->format == EARN_FORMAT_TSV ? '\t' : ',', p->out);
  return fwrite(data, 1, len, p->out) == len ? 0 : -1;
}

static int run_file(const cli_job *job, const earn_extractor *ex, const char *path, uint32_t opts,
                    earn_format format, int header, bool many, FILE *out) {
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
  earn_status st;
  if (many && format != EARN_FORMAT_JSON) {
    prefixed p = {out, path, format, !header};
    st = job->write(doc, format, header, write_prefixed, &p);
  } else {
    st = job->write(doc, format, header, cli_write_file, out);
  }
  if (st != EARN_OK) {
    cli_report(path, NULL, 0, SIZE_MAX, "cannot write the output");
    status = EXIT_INPUT;
  }
  for (size_t i = 0; i < earn_doc_diagnostic_count(doc); i++) {
    earn_span span;
    earn_severity sev;
    const char *msg = earn_doc_diagnostic(doc, i, &span, &sev);
    size_t line = 0, col = 0;
    earn_locate(data, len, span.start, &line, &col);
    fprintf(stderr, "%s:%zu:%zu: %s: %s\n", path, line, col,
            sev == EARN_SEV_WARNING ? "warning" : "note", msg);
  }
  earn_doc_free(doc);
  free(data);
  return status;
}

static int usage_error(const cli_job *job, const char *what, const char *arg) {
  fprintf(stderr, "earnings %s: %s%s%s%s\n%s", job->name, what, arg ? " '" : "", arg ? arg : "",
          arg ? "'" : "", job->usage);
  return EXIT_USAGE;
}

/* --lexicon FILE and --lexicon-replace FILE: the caller's own word lists, named after the
   library's files (metrics.tsv, cues.tsv, ...) by their base name. */
typedef struct lexicons {
  earn_lexicon_file *files;
  char **data; /* the files' bytes, ours to free */
  size_t count;
} lexicons;

static int add_lexicon(lexicons *lx, const char *path, int replace) {
  char *data = NULL;
  size_t len = 0;
  if (cli_read_file(path, &data, &len) != 0) {
    cli_report(path, NULL, 0, SIZE_MAX, strerror(errno));
    return EXIT_INPUT;
  }
  earn_lexicon_file *more = realloc(lx->files, (lx->count + 1) * sizeof *more);
  char **owned = more ? realloc(lx->data, (lx->count + 1) * sizeof *owned) : NULL;
  if (more)
    lx->files = more;
  if (!owned) {
    free(data);
    return EXIT_INPUT;
  }
  lx->data = owned;
  lx->data[lx->count] = data;
  const char *base = strrchr(path, '/');
  lx->files[lx->count++] = (earn_lexicon_file){base ? base + 1 : path, data, len, replace};
  return EXIT_OK;
}

static void free_lexicons(lexicons *lx) {
  for (size_t i = 0; i < lx->count; i++)
    free(lx->data[i]);
  free(lx->data);
  free(lx->files);
}

int cli_run(const cli_job *job, int argc, char **argv) {
  earn_format format = EARN_FORMAT_CSV;
  lexicons lx = {NULL, NULL, 0};
  uint32_t opts = job->opts;
  const char *output = NULL;
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  size_t nfiles = 0;
  if (!files)
    return EXIT_INPUT;
  int status = EXIT_OK;
  for (int i = 1; i < argc && status == EXIT_OK; i++) {
    int used = cli_read_option(argc, argv, i, &opts);
    if (used > 0) {
      i += used - 1;
    } else if (used < 0) {
      status = usage_error(job, "bad value for", argv[i]);
    } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
      fputs(job->usage, stdout);
      free(files);
      return EXIT_OK;
    } else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
      const char *f = argv[++i];
      if (strcmp(f, "csv") == 0)
        format = EARN_FORMAT_CSV;
      else if (strcmp(f, "json") == 0)
        format = EARN_FORMAT_JSON;
      else if (strcmp(f, "tsv") == 0)
        format = EARN_FORMAT_TSV;
      else
        status = usage_error(job, "unknown format", f);
    } else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) {
      output = argv[++i];
    } else if ((strcmp(argv[i], "--lexicon") == 0 || strcmp(argv[i], "--lexicon-replace") == 0) &&
               i + 1 < argc) {
      int replace = strcmp(argv[i], "--lexicon-replace") == 0;
      status = add_lexicon(&lx, argv[++i], replace);
    } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
      status = usage_error(job, "unknown option", argv[i]);
    } else if (!job->many_files && nfiles == 1) {
      status = usage_error(job, "one FILE at a time", NULL);
    } else {
      files[nfiles++] = argv[i];
    }
  }
  if (status == EXIT_OK && nfiles == 0)
    status = usage_error(job, "no FILE given", NULL);
  earn_error err;
  earn_extractor_options xo = {NULL, lx.files, lx.count};
  earn_extractor *ex = status == EXIT_OK ? earn_extractor_new_with(&xo, &err) : NULL;
  if (status == EXIT_OK && !ex) {
    fprintf(stderr, "earnings: cannot start: %s%s%s\n", err.msg, err.detail[0] ? ": " : "",
            err.detail);
    status = err.code == EARN_ERR_ARG || err.code == EARN_ERR_SYNTAX ? EXIT_USAGE : EXIT_INPUT;
  }
  if (!ex) {
    free_lexicons(&lx);
    free(files);
    return status;
  }
  FILE *out = output ? fopen(output, "wb") : stdout;
  if (!out) {
    cli_report(output, NULL, 0, SIZE_MAX, strerror(errno));
    status = EXIT_INPUT;
  } else {
    for (size_t f = 0; f < nfiles; f++) {
      /* One header for all files; JSON prints one array per file. */
      int header = f == 0 || format == EARN_FORMAT_JSON;
      if (run_file(job, ex, files[f], opts, format, header, nfiles > 1, out) != EXIT_OK)
        status = EXIT_INPUT;
    }
    if ((output ? fclose(out) : fflush(out)) != 0 && status == EXIT_OK) {
      cli_report(output ? output : "<stdout>", NULL, 0, SIZE_MAX, strerror(errno));
      status = EXIT_INPUT;
    }
  }
  earn_extractor_free(ex);
  free_lexicons(&lx);
  free(files);
  return status;
}
