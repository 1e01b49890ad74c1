/* SPDX-License-Identifier: MIT */
/* earnings analyze: series over many releases (or facts CSVs), with growth computed from the
   values, TTM, margins and consistency checks. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: earnings analyze [--format text|csv|tsv|json] [--layout series|long|wide]\n"
    "                        [--wide] [--long] [--excel] [--lang auto|en|ja|zh]\n"
    "                        [--replace-invalid] [--html|--text] [--issuer NAME]\n"
    "                        [--fiscal-year ISSUER=MONTH[,OFFSET]] [-o FILE] FILE...|-\n"
    "\n"
    "Read releases (text or HTML) and facts CSVs (as `earnings extract --format csv` writes\n"
    "them, told apart by a .csv name or a header row naming a metric column) into one store,\n"
    "and print per issuer, metric, segment, basis and period the value, the growth computed\n"
    "from the values (yoy_pct, qoq_pct; percentage points for ratios; empty when an input is\n"
    "missing or the base is not positive, with the absolute change), the growth the releases\n"
    "state, TTM, margin over revenue, and the checks. When releases disagree on a period the\n"
    "newest wins. CSV, TSV and JSON have the columns\n"
    "  " EARN_ANALYSIS_COLUMNS "\n"
    "--fiscal-year tells the month ISSUER's fiscal year ends in (1-12) and, for issuers that\n"
    "number a year by the calendar year it starts in, OFFSET -1.\n"
    "--layout long (or --long) writes the facts of all inputs as one facts CSV again (with\n"
    "file, issuer, release_date and fiscal_year_end columns where known: reading it back and\n"
    "writing it again gives the same bytes); --layout wide (or --wide) one row per issuer,\n"
    "metric, segment, basis, kind and unit with a column per fiscal period, for spreadsheets.\n"
    "--excel starts CSV with a UTF-8 byte order mark so that Excel reads Japanese and Chinese.\n"
    "In CSV and TSV, a cell that a spreadsheet would run as a formula (=, +, -, @, a tab) and\n"
    "is no number is written after a ' so that it shows as text.\n";

static int usage_error(const char *what, const char *arg) {
  fprintf(stderr, "earnings analyze: %s%s%s%s\n%s", what, arg ? " '" : "", arg ? arg : "",
          arg ? "'" : "", usage);
  return EXIT_USAGE;
}

/* ISSUER=MONTH[,OFFSET] */
static int fiscal_year_option(earn_store *store, const char *arg) {
  const char *eq = strrchr(arg, '=');
  if (!eq)
    return -1;
  char *end;
  long month = strtol(eq + 1, &end, 10), offset = 0;
  if (*end == ',')
    offset = strtol(end + 1, &end, 10);
  if (*end) /* an empty ISSUER is the issuer of CSV rows that name none */
    return -1;
  char issuer[256];
  snprintf(issuer, sizeof issuer, "%.*s", (int)(eq - arg), arg);
  return earn_store_set_fiscal_year(store, issuer, (int)month, (int)offset) == EARN_OK ? 0 : -1;
}

/* ---- text ---------------------------------------------------------------------------- */

static void put_decimal(FILE *out, int width, int has, earn_decimal d, const char *suffix) {
  char buf[EARN_DECIMAL_BUFSIZE + 4] = "";
  if (has) {
    earn_decimal_format(d, buf, EARN_DECIMAL_BUFSIZE);
    strcat(buf, suffix);
  }
  fprintf(out, " %*s", width, buf);
}

static void print_point(FILE *out, const earn_point *p) {
  earn_decimal v, yoy, qoq, ttm, margin, stated;
  const char *unit = earn_point_growth_is_pp(p) ? "pp" : "%";
  fprintf(out, "  %-12s %-9s %-7s", earn_point_period(p), earn_point_calendar_period(p),
          earn_point_origin(p));
  put_decimal(out, 20, earn_point_value(p, &v), v, "");
  put_decimal(out, 10, earn_point_yoy(p, &yoy, NULL) == EARN_OK, yoy, unit);
  put_decimal(out, 10, earn_point_qoq(p, &qoq, NULL) == EARN_OK, qoq, unit);
  put_decimal(out, 10, earn_point_stated_yoy(p, &stated, NULL), stated, "%");
  put_decimal(out, 10, earn_point_stated_qoq(p, &stated, NULL), stated, "%");
  put_decimal(out, 20, earn_point_ttm(p, &ttm), ttm, "");
  put_decimal(out, 9, earn_point_margin(p, &margin), margin, "%");
  fputc('\n', out);
}

static void print_text(FILE *out, const earn_store *store) {
  for (size_t i = 0; i < earn_store_series_count(store); i++) {
    const earn_series *s = earn_store_series(store, i);
    const char *issuer = earn_series_issuer(s), *segment = earn_series_segment(s);
    fprintf(out, "%s%s%s%s%s%s (%s, %s, %s)\n", i ? "\n" : "", issuer, issuer[0] ? ": " : "",
            earn_series_metric(s), segment[0] ? " of " : "", segment,
            earn_basis_name(earn_series_basis(s)), earn_fact_kind_name(earn_series_kind(s)),
            earn_series_unit(s)[0] ? earn_series_unit(s) : "no unit");
    fprintf(out, "  %-12s %-9s %-7s %20s %10s %10s %10s %10s %20s %9s\n", "period", "calendar",
            "origin", "value", "yoy", "qoq", "stated yoy", "stated qoq", "ttm", "margin");
    for (size_t j = 0; j < earn_series_point_count(s); j++)
      print_point(out, earn_series_point(s, j));
  }
}

/* Diagnostics as file:line:col, reading the file again to place the span. */
static void print_diagnostics(const earn_store *store) {
  for (size_t i = 0; i < earn_store_diagnostic_count(store); i++) {
    earn_severity sev;
    const char *file = NULL;
    earn_span span;
    const char *msg = earn_store_diagnostic(store, i, &sev, &file, &span, NULL, NULL);
    char *data = NULL;
    size_t len = 0, line = 0, col = 0;
    if (file && span.end > 0 && cli_read_file(file, &data, &len) == 0 && span.start <= len)
      earn_locate(data, len, span.start, &line, &col);
    free(data);
    if (line)
      fprintf(stderr, "%s:%zu:%zu: ", file, line, col);
    else if (file && file[0])
      fprintf(stderr, "%s: ", file);
    fprintf(stderr, "%s: %s\n", sev == EARN_SEV_WARNING ? "warning" : "note", msg);
  }
}

/* What is written: the series with their computations, the facts again (the long facts CSV),
   or a row per series and a column per period. */
typedef enum layout { LAYOUT_SERIES, LAYOUT_LONG, LAYOUT_WIDE } layout;

typedef struct analyze_opts {
  int text; /* 1: the text layout of the series; else format */
  earn_format format;
  layout layout;
  bool excel; /* a UTF-8 BOM first, for Excel */
  uint32_t read_opts;
  const char *issuer; /* --issuer NAME */
  const char *output;
} analyze_opts;

static int parse_layout(const char *l, analyze_opts *o) {
  static const char *const names[] = {"series", "long", "wide"};
  for (int i = 0; i < 3; i++)
    if (strcmp(l, names[i]) == 0) {
      o->layout = (layout)i;
      return 0;
    }
  return -1;
}

static int parse_format(const char *f, analyze_opts *o) {
  o->text = strcmp(f, "text") == 0;
  if (o->text || strcmp(f, "csv") == 0)
    o->format = EARN_FORMAT_CSV;
  else if (strcmp(f, "json") == 0)
    o->format = EARN_FORMAT_JSON;
  else if (strcmp(f, "tsv") == 0)
    o->format = EARN_FORMAT_TSV;
  else
    return -1;
  return 0;
}

static int write_output(const earn_store *store, const analyze_opts *o) {
  FILE *out = o->output ? fopen(o->output, "wb") : stdout;
  if (!out) {
    cli_report(o->output, NULL, 0, SIZE_MAX, strerror(errno));
    return EXIT_INPUT;
  }
  int status = EXIT_OK;
  /* Only the series have a text layout: the others are tables, CSV unless told. */
  bool text = o->text && o->layout == LAYOUT_SERIES;
  if (o->excel && o->format == EARN_FORMAT_CSV && !text)
    fputs("\xEF\xBB\xBF", out);
  earn_status st = EARN_OK;
  if (text)
    print_text(out, store);
  else if (o->layout == LAYOUT_LONG)
    st = earn_store_write_facts(store, o->format, 1, cli_write_file, out);
  else if (o->layout == LAYOUT_WIDE)
    st = earn_store_write_wide(store, o->format, 1, cli_write_file, out);
  else
    st = earn_store_write(store, o->format, 1, cli_write_file, out);
  if (st != EARN_OK)
    status = EXIT_INPUT;
  if ((o->output ? fclose(out) : fflush(out)) != 0 || status != EXIT_OK) {
    cli_report(o->output ? o->output : "<stdout>", NULL, 0, SIZE_MAX, "cannot write the output");
    status = EXIT_INPUT;
  }
  return status;
}

/* Options first: the fiscal years given must be known before the files are read. */
static int parse_args(int argc, char **argv, earn_store *store, analyze_opts *o, const char **files,
                      int *nfiles) {
  for (int i = 1; i < argc; i++) {
    int used = cli_read_option(argc, argv, i, &o->read_opts);
    if (used == 0)
      used = cli_issuer_option(argc, argv, i, &o->issuer);
    if (used > 0)
      i += used - 1;
    else if (used < 0)
      return usage_error("bad value for", argv[i]);
    else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
      return -1;
    else if (strcmp(argv[i], "--format") == 0 && i + 1 < argc) {
      if (parse_format(argv[++i], o) != 0)
        return usage_error("unknown format", argv[i]);
    } else if (strcmp(argv[i], "--layout") == 0 && i + 1 < argc) {
      if (parse_layout(argv[++i], o) != 0)
        return usage_error("unknown layout", argv[i]);
    } else if (strcmp(argv[i], "--wide") == 0 || strcmp(argv[i], "--long") == 0) {
      o->layout = argv[i][2] == 'w' ? LAYOUT_WIDE : LAYOUT_LONG;
    } else if (strcmp(argv[i], "--excel") == 0) {
      o->excel = true;
    } else if (strcmp(argv[i], "--fiscal-year") == 0 && i + 1 < argc) {
      if (fiscal_year_option(store, argv[++i]) != 0)
        return usage_error("bad --fiscal-year (ISSUER=MONTH[,OFFSET])", argv[i]);
    } else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc)
      o->output = argv[++i];
    else if (argv[i][0] == '-' && argv[i][1] != '\0')
      return usage_error("unknown option", argv[i]);
    else
      files[(*nfiles)++] = argv[i];
  }
  return *nfiles ? EXIT_OK : usage_error("no FILE given", NULL);
}

int cmd_analyze(int argc, char **argv) {
  analyze_opts o = {1, EARN_FORMAT_CSV, LAYOUT_SERIES, false, 0, NULL, NULL};
  earn_error err;
  earn_store *store = earn_store_new(NULL, &err);
  const char **files = calloc((size_t)argc + 1, sizeof *files);
  if (!store || !files) {
    fprintf(stderr, "earnings: cannot start: %s\n", files ? err.msg : "out of memory");
    earn_store_free(store);
    free(files);
    return EXIT_INPUT;
  }
  int nfiles = 0, status = parse_args(argc, argv, store, &o, files, &nfiles);
  earn_extractor *ex = status == EXIT_OK ? cli_extractor(NULL, 0, o.issuer, &err) : NULL;
  if (status == EXIT_OK && !ex) {
    fprintf(stderr, "earnings: cannot start: %s\n", err.msg);
    status = EXIT_INPUT;
  }
  if (status < 0) {
    fputs(usage, stdout);
    status = EXIT_OK;
  } else if (status == EXIT_OK) {
    for (int f = 0; f < nfiles; f++)
      if (cli_store_add_file(store, ex, files[f], o.read_opts) != EXIT_OK)
        status = EXIT_INPUT;
    if (earn_store_analyze(store, &err) != EARN_OK) {
      fprintf(stderr, "earnings analyze: %s\n", err.msg);
      status = EXIT_INPUT;
    } else {
      int st = write_output(store, &o);
      print_diagnostics(store);
      if (st != EXIT_OK)
        status = st;
    }
  }
  earn_extractor_free(ex);
  earn_store_free(store);
  free(files);
  return status;
}
