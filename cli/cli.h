/* SPDX-License-Identifier: MIT */
/* Shared pieces of the earnings tool's subcommands. */
#ifndef EARN_CLI_H
#define EARN_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include <earnings/earnings.h>

/* Exit statuses: 0 success, 1 some input failed, 2 usage. */
enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

/* Read a whole file ("-" is standard input) into a malloc'd buffer. Returns 0, or -1 with
   errno set. */
int cli_read_file(const char *path, char **data, size_t *len);
/* An earn_write_fn that writes to the FILE * given as its context. */
int cli_write_file(const char *data, size_t len, void *ctx);
/* Print "file:line:col: error: message" for an error at byte `pos` of `data` (pos may be
   SIZE_MAX: then only "file: error: message"). */
void cli_report(const char *file, const char *data, size_t len, size_t pos, const char *msg);
/* Read options shared by the reading subcommands: --lang, --replace-invalid, --html, --text.
   Returns the number of argv entries consumed (0 if `arg` is not one of them, -1 on a bad
   value). */
int cli_read_option(int argc, char **argv, int i, uint32_t *opts);
/* --issuer NAME at argv[i]: the company every input is about. Returns the entries it used (2),
   0 when argv[i] is another option, -1 when the name is missing. */
int cli_issuer_option(int argc, char **argv, int i, const char **issuer);
/* The extractor a subcommand reads with: the caller's lexicons (or none) and issuer (or NULL). */
earn_extractor *cli_extractor(const earn_lexicon_file *lexicons, size_t count, const char *issuer,
                              earn_error *err);

/* Like cli_report, but to `to`: a batch's workers write their messages into a buffer that is
   printed in input order. */
void cli_report_to(FILE *to, const char *file, const char *data, size_t len, size_t pos,
                   const char *msg);

/* A reading subcommand: its name and usage, the table it writes, and whether it takes
   --stdin-jsonl (which extracts facts, so only extract does). */
typedef struct cli_job {
  const char *name;
  const char *usage;
  uint32_t opts; /* earn_doc_read options the subcommand always uses */
  earn_status (*write)(const earn_doc *doc, earn_format format, int header, earn_write_fn write,
                       void *ctx);
  bool stdin_jsonl;
  bool wide; /* --wide: a row per series and a column per period (extract) */
} cli_job;

/* Parse the options of `job`, read each file (a batch: several files, directories with -r, a
   list with --files-from, -j worker threads) and write its table. Returns an exit status. */
int cli_run(const cli_job *job, int argc, char **argv);

/* One input of a batch and what became of it: its table and its messages, kept in memory
   until every earlier input has been printed. */
typedef struct cli_item {
  char *path;     /* malloc'd */
  int list_errno; /* nonzero: the input could not even be listed (an unreadable directory) */
  char *out;      /* the table (malloc'd, out_len bytes) */
  size_t out_len;
  size_t header_len; /* the CSV or TSV header at the start of `out`, printed only once */
  char *err;         /* errors and diagnostics for standard error (malloc'd, err_len bytes) */
  size_t err_len;
  size_t bytes; /* the input's size, for the progress line */
  int status;   /* an exit status */
} cli_item;

/* Free what an item owns and empty it. */
void cli_item_clear(cli_item *item);

/* The inputs of a batch, in a stable order (batch-list.c): the FILE arguments, then the lines
   of a --files-from list; with `recursive`, a directory stands for the regular files under it
   (batch-walk.c). */
typedef struct cli_source cli_source;
cli_source *cli_source_new(const char *const *args, size_t nargs, FILE *list, const char *list_name,
                           bool recursive);
/* The next input into item->path (and item->list_errno): 1; 0 at the end; -1 when memory
   runs out. */
int cli_source_next(cli_source *src, cli_item *item);
void cli_source_free(cli_source *src);
/* Read a release, or a facts CSV (named .csv, or a first line with a `metric` cell), into the
   store (store-input.c); a failure is reported. Returns an exit status. */
int cli_store_add_file(earn_store *store, const earn_extractor *ex, const char *path,
                       uint32_t opts);
/* extract --wide (store-input.c): every input of `src` into one store, written as a row per series
   and a column per period. Returns an exit status. */
int cli_run_wide(cli_source *src, const earn_extractor *ex, uint32_t opts, earn_format format,
                 FILE *out);
/* How many inputs the FILE arguments alone stand for (walking directories with `recursive`):
   the progress line's total. */
size_t cli_source_count(const char *const *args, size_t nargs, bool recursive);

/* The regular files under a directory, depth first, each directory's entries sorted by name
   (batch-walk.c). Hidden entries are skipped and symbolic links to directories not followed,
   so no walk loops. */
typedef struct cli_walk cli_walk;
cli_walk *cli_walk_new(const char *dir);
/* The next file: 1 with *path malloc'd; 0 at the end; -1 with errno set and *path (malloc'd,
   NULL when memory ran out) naming an entry that cannot be read: a directory that cannot be
   opened, a dangling link. */
int cli_walk_next(cli_walk *w, char **path);
void cli_walk_free(cli_walk *w);

/* How each input of a batch is read and rendered (batch-file.c): by a worker thread, into the
   item's buffers. */
typedef struct cli_render {
  const cli_job *job;
  const earn_extractor *ex; /* shared by the workers: read-only and thread-safe */
  uint32_t opts;
  earn_format format;
  bool file_column; /* CSV and TSV rows start with the file's name */
} cli_render;
void cli_render_item(const cli_render *r, cli_item *item);

/* A pool of worker threads over a bounded window of items (batch-pool.c). `next` fills the
   next item (main thread; 1, 0 at the end, -1 out of memory), `work` runs on a worker (on the
   main thread when there is one), `emit` receives the finished items strictly in input order
   on the main thread (nonzero stops the batch). */
typedef struct cli_batch {
  unsigned threads;
  void *ctx;
  int (*next)(void *ctx, cli_item *item);
  void (*work)(void *ctx, cli_item *item);
  int (*emit)(void *ctx, cli_item *item);
} cli_batch;
/* Returns 0, or -1 when no thread could be started or memory ran out (errno set). */
int cli_batch_run(const cli_batch *b);

/* The progress line on standard error (batch-progress.c): files done (of total), MB/s, ETA,
   redrawn at most ten times a second. */
typedef struct cli_progress {
  bool on;
  size_t total; /* SIZE_MAX: unknown */
  size_t done;
  double bytes;
  double start, drawn; /* seconds */
  bool visible;
} cli_progress;
void cli_progress_start(cli_progress *p, bool on, size_t total);
/* Count one finished input of `bytes` bytes. */
void cli_progress_step(cli_progress *p, size_t bytes);
/* Erase the line (before other messages, and at the end). */
void cli_progress_clear(cli_progress *p);

int cmd_quantities(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_analyze(int argc, char **argv);
int cmd_summarize(int argc, char **argv);

#endif
