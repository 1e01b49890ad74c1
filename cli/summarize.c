/* SPDX-License-Identifier: MIT */
/* earnings summarize: a short report of each release, read in ten seconds: issuer, period,
   headline figures with their growth, segments, guidance and targets, operating figures and
   diagnostics. This file reads the options and the files; summarize-*.c build and print. */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "summarize.h"

static const char usage[] =
    "usage: earnings summarize [--format text|markdown|json] [--lang auto|en|ja|zh]\n"
    "                          [--color auto|always|never] [--input-lang auto|en|ja|zh]\n"
    "                          [--replace-invalid] [--html|--text] [--issuer NAME]\n"
    "                          [-o FILE] FILE...|-\n"
    "\n"
    "Print a short report of each FILE (plain UTF-8 text or HTML; - reads standard input):\n"
    "a title line (issuer, fiscal and calendar period, release date, fiscal year end,\n"
    "currency), then the sections Headline (the whole company in the period reported),\n"
    "Full year and year to date, Segments, Guidance and targets, Operating figures (users,\n"
    "members, customers, shipments, orders, employees) and Diagnostics; a section with\n"
    "nothing in it is left out. Each figure shows as the release writes it, in its own scale\n"
    "(1,236.50億元, $4.82 billion), next to the exact value in base units, with the growth\n"
    "the release states (a * marks growth computed from the year-earlier figure the release\n"
    "gives instead).\n"
    "\n"
    "--format     text (aligned columns; the default), markdown (GitHub tables) or json\n"
    "             (one object per FILE, an array of them for several FILEs; figures are\n"
    "             strings of exact decimals)\n"
    "--lang       the language of headings and metric names (also --labels); auto, the\n"
    "             default, takes each FILE's own\n"
    "--color      colour (bold headings, green and red growth) in text: auto (the default)\n"
    "             when standard output, or -o FILE, is a terminal and NO_COLOR is unset or\n"
    "             empty; always, even with NO_COLOR; never\n"
    "--input-lang the language the FILE is written in (by default detected)\n"
    "-o FILE      write there instead of standard output\n"
    "\n"
    "Several FILEs give one report after the other, a blank line between them. A FILE that\n"
    "cannot be read is reported on standard error and the others are still summarized.\n"
    "Exit status: 0 success, 1 some input or the output failed, 2 usage.\n";

typedef enum colour_mode { COLOUR_AUTO, COLOUR_ALWAYS, COLOUR_NEVER } colour_mode;

typedef struct sum_opts {
  sum_format format;
  bool labels_given;
  earn_lang labels;
  colour_mode colour;
  uint32_t read_opts;
  const char *issuer; /* --issuer NAME */
  const char *output;
} sum_opts;

static int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "earnings summarize: %s%s%s%s\n%s", what, arg ? " '" : "", arg ? arg : "",
          arg ? "'" : "", usage);
  return EXIT_USAGE;
}

/* The value of an option that takes one; NULL (a usage error) when it is missing. */
static const char *option_value(int argc, char **argv, int *i) {
  return *i + 1 < argc ? argv[++*i] : NULL;
}

/* Returns EXIT_OK, EXIT_USAGE, or -1 for --help. */
static int parse_args(int argc, char **argv, sum_opts *o, const char **files, size_t *nfiles) {
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i], *v;
    /* Here --lang is the language of the report (as the other subcommands' --lang is the
       language of their input, --input-lang is that of the FILE). */
    if (strcmp(arg, "--lang") == 0 || strcmp(arg, "--labels") == 0) {
      v = option_value(argc, argv, &i);
      if (v && strcmp(v, "auto") == 0) {
        o->labels_given = false;
        continue;
      }
      if (!v || sum_lang_parse(v, &o->labels) != 0)
        return usage_error("--lang takes auto, en, ja or zh, not", v ? v : "");
      o->labels_given = true;
      continue;
    }
    if (strcmp(arg, "--input-lang") == 0) {
      /* Forwarded as the shared --lang option: its parser knows the values. */
      char name[] = "--lang", value[8] = "";
      v = option_value(argc, argv, &i);
      if (v)
        snprintf(value, sizeof value, "%s", v);
      char *forwarded[] = {name, value};
      if (!v || strlen(v) >= sizeof value || cli_read_option(2, forwarded, 0, &o->read_opts) <= 0)
        return usage_error("--input-lang takes auto, en, ja or zh, not", v ? v : "");
      continue;
    }
    int used = cli_read_option(argc, argv, i, &o->read_opts);
    if (used == 0)
      used = cli_issuer_option(argc, argv, i, &o->issuer);
    if (used > 0) {
      i += used - 1;
    } else if (used < 0) {
      return usage_error("bad value for", arg);
    } else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
      return -1;
    } else if (strcmp(arg, "--format") == 0) {
      if (!(v = option_value(argc, argv, &i)))
        return usage_error("no value for", arg);
      if (strcmp(v, "text") == 0)
        o->format = SUM_FORMAT_TEXT;
      else if (strcmp(v, "markdown") == 0 || strcmp(v, "md") == 0)
        o->format = SUM_FORMAT_MARKDOWN;
      else if (strcmp(v, "json") == 0)
        o->format = SUM_FORMAT_JSON;
      else
        return usage_error("unknown format", v);
    } else if (strcmp(arg, "--color") == 0 || strcmp(arg, "--colour") == 0) {
      v = option_value(argc, argv, &i);
      if (v && strcmp(v, "auto") == 0)
        o->colour = COLOUR_AUTO;
      else if (v && strcmp(v, "always") == 0)
        o->colour = COLOUR_ALWAYS;
      else if (v && strcmp(v, "never") == 0)
        o->colour = COLOUR_NEVER;
      else
        return usage_error("--color takes auto, always or never, not", v ? v : "");
    } else if (strcmp(arg, "-o") == 0) {
      if (!(o->output = option_value(argc, argv, &i)))
        return usage_error("no FILE for", arg);
    } else if (arg[0] == '-' && arg[1] != '\0') {
      return usage_error("unknown option", arg);
    } else {
      files[(*nfiles)++] = arg;
    }
  }
  return *nfiles ? EXIT_OK : usage_error("no FILE given", NULL);
}

/* Colour on a terminal only, and NO_COLOR (https://no-color.org) turns it off, unless the
   command line asks for it: the user's explicit word wins over the environment. */
static bool use_colour(const sum_opts *o, FILE *out) {
  if (o->format != SUM_FORMAT_TEXT || o->colour == COLOUR_NEVER)
    return false;
  if (o->colour == COLOUR_ALWAYS)
    return true;
  const char *no_colour = getenv("NO_COLOR");
  return !(no_colour && no_colour[0]) && isatty(fileno(out));
}

/* Where the reports go: a file's text in turn, or its JSON object kept for the end. */
typedef struct sink {
  FILE *out;
  const sum_opts *opts;
  bool colour;
  size_t written; /* text reports so far, to put a blank line between them */
  json_t *json;   /* the array (several files) or the one object */
  bool many;
} sink;

static int emit(sink *s, const sum_report *r) {
  if (s->opts->format != SUM_FORMAT_JSON) {
    if (s->written++)
      fputc('\n', s->out);
    return sum_write_text(r, s->out, s->opts->format, s->colour);
  }
  json_t *obj = sum_report_json(r);
  if (!obj)
    return -1;
  if (s->many)
    return json_array_append_new(s->json, obj);
  s->json = obj;
  return 0;
}

static int summarize_file(const earn_extractor *ex, const char *path, sink *s) {
  char *data = NULL;
  size_t len = 0;
  if (cli_read_file(path, &data, &len) != 0) {
    cli_report(path, NULL, 0, SIZE_MAX, strerror(errno));
    return EXIT_INPUT;
  }
  earn_error err;
  /* Borrowed: the document points into our copy, freed after it. */
  earn_doc *doc = earn_doc_read(ex, data, len, s->opts->read_opts | EARN_OPT_BORROW_INPUT, &err);
  if (!doc) {
    char msg[200];
    snprintf(msg, sizeof msg, "%s%s%s", err.msg, err.detail[0] ? ": " : "", err.detail);
    cli_report(path, data, len, err.pos, msg);
    free(data);
    return EXIT_INPUT;
  }
  sum_report r;
  earn_lang labels = s->opts->labels_given ? s->opts->labels : earn_doc_lang(doc);
  int st = sum_report_build(&r, doc, path, labels);
  if (st == 0)
    st = emit(s, &r);
  if (st != 0)
    cli_report(path, NULL, 0, SIZE_MAX, "out of memory");
  sum_report_free(&r);
  earn_doc_free(doc);
  free(data);
  return st == 0 ? EXIT_OK : EXIT_INPUT;
}

static int finish_output(sink *s, const char *output) {
  int status = EXIT_OK;
  if (s->json) {
    if (json_dumpf(s->json, s->out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0)
      status = EXIT_INPUT;
    fputc('\n', s->out);
  }
  if (ferror(s->out))
    status = EXIT_INPUT;
  if ((output ? fclose(s->out) : fflush(s->out)) != 0)
    status = EXIT_INPUT;
  if (status != EXIT_OK)
    cli_report(output ? output : "<stdout>", NULL, 0, SIZE_MAX, "cannot write the output");
  return status;
}

int cmd_summarize(int argc, char **argv) {
  sum_opts o = {SUM_FORMAT_TEXT, false, EARN_LANG_EN, COLOUR_AUTO, 0, NULL, NULL};
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  size_t nfiles = 0;
  if (!files) {
    fputs("earnings: cannot start: out of memory\n", stderr);
    return EXIT_INPUT;
  }
  int status = parse_args(argc, argv, &o, files, &nfiles);
  if (status != EXIT_OK) {
    if (status < 0)
      fputs(usage, stdout);
    free(files);
    return status < 0 ? EXIT_OK : status;
  }
  earn_error err;
  earn_extractor *ex = cli_extractor(NULL, 0, o.issuer, &err);
  FILE *out = !ex ? NULL : o.output ? fopen(o.output, "wb") : stdout;
  if (!ex)
    fprintf(stderr, "earnings: cannot start: %s\n", err.msg);
  else if (!out)
    cli_report(o.output, NULL, 0, SIZE_MAX, strerror(errno));
  if (!out) {
    earn_extractor_free(ex);
    free(files);
    return EXIT_INPUT;
  }
  sink s = {out, &o, use_colour(&o, out), 0, NULL, nfiles > 1};
  bool ready = !(s.many && o.format == SUM_FORMAT_JSON) || (s.json = json_array()) != NULL;
  if (!ready)
    status = EXIT_INPUT;
  /* A file that fails is reported and the others still summarized. */
  for (size_t f = 0; f < nfiles && ready; f++)
    if (summarize_file(ex, files[f], &s) != EXIT_OK)
      status = EXIT_INPUT;
  if (finish_output(&s, o.output) != EXIT_OK)
    status = EXIT_INPUT;
  json_decref(s.json);
  earn_extractor_free(ex);
  free(files);
  return status;
}
