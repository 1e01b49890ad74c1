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

/* A reading subcommand: its name and usage, whether it takes several files, and the table
   it writes. */
typedef struct cli_job {
  const char *name;
  const char *usage;
  bool many_files;
  uint32_t opts; /* earn_doc_read options the subcommand always uses */
  earn_status (*write)(const earn_doc *doc, earn_format format, int header, earn_write_fn write,
                       void *ctx);
} cli_job;

/* Parse the options of `job`, read each file and write its table. Returns an exit status. */
int cli_run(const cli_job *job, int argc, char **argv);

int cmd_quantities(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_analyze(int argc, char **argv);
int cmd_summarize(int argc, char **argv);

#endif
