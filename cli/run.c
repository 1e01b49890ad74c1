/* SPDX-License-Identifier: MIT */
/* What the reading subcommands share: the options, the extractor, and the batch: inputs read
   and extracted by worker threads, tables and messages printed in input order. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "jsonl.h"

/* More threads than this only cost memory (each keeps up to four inputs in flight). */
enum { MAX_JOBS = 256 };

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

/* The command line of a reading subcommand. */
typedef struct options {
  earn_format format;
  uint32_t opts;
  const char *output;
  const char **files;
  size_t nfiles;
  const char *files_from;
  unsigned jobs;
  bool recursive, excel, stdin_jsonl, wide, no_progress, help;
  lexicons lx;
  const char *issuer; /* --issuer NAME */
} options;

static bool parse_jobs(const char *s, unsigned *jobs) {
  char *end;
  errno = 0;
  unsigned long n = strtoul(s, &end, 10);
  if (errno || end == s || *end || s[0] == '-' || n < 1 || n > MAX_JOBS)
    return false;
  *jobs = (unsigned)n;
  return true;
}

static int parse_format(const char *f, earn_format *format) {
  if (strcmp(f, "csv") == 0)
    *format = EARN_FORMAT_CSV;
  else if (strcmp(f, "json") == 0)
    *format = EARN_FORMAT_JSON;
  else if (strcmp(f, "tsv") == 0)
    *format = EARN_FORMAT_TSV;
  else
    return -1;
  return 0;
}

/* The options that take no value. Returns true if argv[i] was one. */
static bool parse_flag(const cli_job *job, const char *arg, options *o) {
  if (strcmp(arg, "-r") == 0 || strcmp(arg, "--recursive") == 0)
    o->recursive = true;
  else if (strcmp(arg, "--excel") == 0)
    o->excel = true;
  else if (strcmp(arg, "--no-progress") == 0)
    o->no_progress = true;
  else if (job->stdin_jsonl && strcmp(arg, "--stdin-jsonl") == 0)
    o->stdin_jsonl = true;
  else if (job->wide && strcmp(arg, "--wide") == 0)
    o->wide = true;
  else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
    o->help = true;
  else
    return false;
  return true;
}

/* An option with a value. Returns an exit status. */
static int parse_value(const cli_job *job, const char *arg, const char *value, options *o) {
  if (strcmp(arg, "-j") == 0 || strcmp(arg, "--jobs") == 0)
    return parse_jobs(value, &o->jobs) ? EXIT_OK : usage_error(job, "bad value for", arg);
  if (strcmp(arg, "--format") == 0)
    return parse_format(value, &o->format) == 0 ? EXIT_OK
                                                : usage_error(job, "unknown format", value);
  if (strcmp(arg, "-o") == 0)
    o->output = value;
  else if (strcmp(arg, "--files-from") == 0)
    o->files_from = value;
  else if (strcmp(arg, "--lexicon") == 0 || strcmp(arg, "--lexicon-replace") == 0)
    return add_lexicon(&o->lx, value, strcmp(arg, "--lexicon-replace") == 0);
  else
    return usage_error(job, "unknown option", arg);
  return EXIT_OK;
}

/* The argument at argv[i] (and its value). Returns the number of entries it used, or 0 when
   it is wrong (the exit status is then in `status`). */
static int parse_arg(const cli_job *job, int argc, char **argv, int i, options *o, int *status) {
  const char *arg = argv[i];
  int used = cli_read_option(argc, argv, i, &o->opts);
  if (used == 0)
    used = cli_issuer_option(argc, argv, i, &o->issuer);
  if (used < 0)
    *status = usage_error(job, "bad value for", arg);
  else if (used > 0 || parse_flag(job, arg, o))
    return used > 0 ? used : 1;
  else if (arg[0] != '-' || arg[1] == '\0')
    o->files[o->nfiles++] = arg; /* a FILE, or - for standard input */
  else if (strncmp(arg, "-j", 2) == 0 && arg[2] != '\0')
    *status = parse_jobs(arg + 2, &o->jobs) ? EXIT_OK : usage_error(job, "bad value for", arg);
  else if (i + 1 >= argc)
    *status = usage_error(job, "unknown option or missing value", arg);
  else if ((*status = parse_value(job, arg, argv[i + 1], o)) == EXIT_OK)
    return 2;
  return *status == EXIT_OK ? 1 : 0;
}

/* Combinations that make no sense, and the missing FILE. Returns an exit status. */
static int check_options(const cli_job *job, const options *o) {
  if (o->excel && o->format != EARN_FORMAT_CSV)
    return usage_error(job, "--excel is for CSV output", NULL);
  if (o->wide && o->stdin_jsonl)
    return usage_error(job, "--wide and --stdin-jsonl do not go together", NULL);
  if (o->stdin_jsonl) {
    if (o->nfiles || o->files_from || o->recursive || o->jobs > 1)
      return usage_error(job, "--stdin-jsonl takes no FILE, --files-from, -r or -j", NULL);
    if (o->format == EARN_FORMAT_TSV)
      return usage_error(job, "--stdin-jsonl writes CSV or JSON lines, not", "tsv");
    return EXIT_OK;
  }
  if (o->nfiles == 0 && !o->files_from)
    return usage_error(job, "no FILE given", NULL);
  /* Two workers reading standard input at once would each get an arbitrary part of it. */
  size_t stdin_uses = o->files_from && strcmp(o->files_from, "-") == 0;
  for (size_t i = 0; i < o->nfiles; i++)
    stdin_uses += strcmp(o->files[i], "-") == 0;
  if (stdin_uses > 1)
    return usage_error(job, "standard input can be read only once", NULL);
  return EXIT_OK;
}

/* Everything a batch needs on the main thread. */
typedef struct batch_state {
  cli_render render;
  cli_source *src;
  FILE *out;
  const char *out_name;
  bool header_done;
  cli_progress progress;
  int status;
} batch_state;

static int next_item(void *ctx, cli_item *item) {
  return cli_source_next(((batch_state *)ctx)->src, item);
}

static void work_item(void *ctx, cli_item *item) {
  cli_render_item(&((batch_state *)ctx)->render, item);
}

/* Print one finished input: its table (the header only before the first table), then its
   messages. Returns nonzero when the output cannot be written: the rest is not worth reading. */
static int emit_item(void *ctx, cli_item *item) {
  batch_state *b = ctx;
  size_t skip = b->header_done && item->header_len <= item->out_len ? item->header_len : 0;
  size_t n = item->out_len - skip;
  if (n && fwrite(item->out + skip, 1, n, b->out) != n) {
    cli_progress_clear(&b->progress);
    cli_report(b->out_name, NULL, 0, SIZE_MAX, strerror(errno));
    b->status = EXIT_INPUT;
    return 1;
  }
  b->header_done = b->header_done || item->header_len > 0;
  if (item->status != EXIT_OK)
    b->status = EXIT_INPUT;
  if (item->err_len || item->status != EXIT_OK) {
    cli_progress_clear(&b->progress);
    if (item->err_len)
      fwrite(item->err, 1, item->err_len, stderr);
    else
      cli_report(item->path, NULL, 0, SIZE_MAX, strerror(ENOMEM));
  }
  cli_progress_step(&b->progress, item->bytes);
  return 0;
}

/* Several inputs, or a list or tree that may hold any number: rows then carry the file's name
   (so that the output's shape does not depend on how many files a directory holds). */
static bool is_batch(const options *o) { return o->nfiles > 1 || o->files_from || o->recursive; }

/* The progress line is for a person watching a batch: only when standard error is a terminal
   and the tables do not go to that terminal too. */
static bool want_progress(const options *o, FILE *out) {
  return is_batch(o) && !o->no_progress && isatty(STDERR_FILENO) &&
         !(out == stdout && isatty(STDOUT_FILENO));
}

static int run_batch(const cli_job *job, const options *o, const earn_extractor *ex, FILE *out) {
  FILE *list = NULL;
  if (o->files_from) {
    list = strcmp(o->files_from, "-") == 0 ? stdin : fopen(o->files_from, "r");
    if (!list) {
      cli_report(o->files_from, NULL, 0, SIZE_MAX, strerror(errno));
      return EXIT_INPUT;
    }
  }
  batch_state b = {.render = {job, ex, o->opts, o->format, is_batch(o)},
                   .src = cli_source_new(o->files, o->nfiles, list, o->files_from, o->recursive),
                   .out = out,
                   .out_name = o->output ? o->output : "<stdout>",
                   .status = EXIT_OK};
  if (o->wide) { /* one table over all inputs: no batch of per-file tables */
    int status = b.src ? cli_run_wide(b.src, ex, o->opts, o->format, out) : EXIT_INPUT;
    cli_source_free(b.src);
    if (list && list != stdin)
      fclose(list);
    return status;
  }
  bool progress = want_progress(o, out);
  cli_progress_start(
      &b.progress, progress,
      !progress || o->files_from ? SIZE_MAX : cli_source_count(o->files, o->nfiles, o->recursive));
  cli_batch batch = {o->jobs, &b, next_item, work_item, emit_item};
  if (!b.src || cli_batch_run(&batch) != 0) {
    cli_progress_clear(&b.progress);
    fprintf(stderr, "earnings %s: %s\n", job->name, strerror(b.src ? errno : ENOMEM));
    b.status = EXIT_INPUT;
  }
  cli_progress_clear(&b.progress);
  cli_source_free(b.src);
  if (list && list != stdin)
    fclose(list);
  return b.status;
}

/* Parse the command line into `o`. Returns an exit status; o->help when --help was asked. */
static int parse_args(const cli_job *job, int argc, char **argv, options *o) {
  int status = EXIT_OK;
  for (int i = 1; i < argc && status == EXIT_OK && !o->help;) {
    int used = parse_arg(job, argc, argv, i, o, &status);
    i += used;
  }
  return status == EXIT_OK && !o->help ? check_options(job, o) : status;
}

/* Run the command with the extractor built: --stdin-jsonl or a batch, into -o or stdout. */
static int run_with(const cli_job *job, const options *o, const earn_extractor *ex) {
  FILE *out = o->output ? fopen(o->output, "wb") : stdout;
  if (!out) {
    cli_report(o->output, NULL, 0, SIZE_MAX, strerror(errno));
    return EXIT_INPUT;
  }
  /* Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark. */
  if (o->excel)
    fputs("\xEF\xBB\xBF", out);
  int status = o->stdin_jsonl
                   ? cli_run_jsonl(ex, o->opts, o->format == EARN_FORMAT_JSON, stdin, out)
                   : run_batch(job, o, ex, out);
  if ((o->output ? fclose(out) : fflush(out)) != 0 && status == EXIT_OK) {
    cli_report(o->output ? o->output : "<stdout>", NULL, 0, SIZE_MAX, strerror(errno));
    status = EXIT_INPUT;
  }
  return status;
}

int cli_run(const cli_job *job, int argc, char **argv) {
  options o = {.format = EARN_FORMAT_CSV, .opts = job->opts, .jobs = 1};
  if (!(o.files = calloc((size_t)argc + 1, sizeof *o.files)))
    return EXIT_INPUT;
  int status = parse_args(job, argc, argv, &o);
  earn_extractor *ex = NULL;
  if (o.help) {
    fputs(job->usage, stdout);
  } else if (status == EXIT_OK) {
    earn_error err;
    if (!(ex = cli_extractor(o.lx.files, o.lx.count, o.issuer, &err))) {
      fprintf(stderr, "earnings: cannot start: %s%s%s\n", err.msg, err.detail[0] ? ": " : "",
              err.detail);
      status = err.code == EARN_ERR_ARG || err.code == EARN_ERR_SYNTAX ? EXIT_USAGE : EXIT_INPUT;
    }
  }
  if (ex)
    status = run_with(job, &o, ex);
  earn_extractor_free(ex);
  free_lexicons(&o.lx);
  free(o.files);
  return status;
}
