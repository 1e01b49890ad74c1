/* SPDX-License-Identifier: MIT */
/* Streaming for distributed engines: one JSON object per input line, rows carrying its id. */
#ifndef EARN_CLI_JSONL_H
#define EARN_CLI_JSONL_H

#include <stdbool.h>
#include <stdio.h>

#include <earnings/earnings.h>

/* Read one JSON object per line from `in` ({"id": ..., "text": ...} or {"id": ..., "path":
   ...}), extract the facts of each with `opts`, and write them to `out`: CSV rows with an `id`
   column first and one header (jsonl_out false), or one JSON object per fact and line with its
   "id" (jsonl_out true). A line that cannot be read or extracted is reported on stderr as
   "<stdin>:LINE: message" and skipped. Returns an exit status (cli.h). */
int cli_run_jsonl(const earn_extractor *ex, uint32_t opts, bool jsonl_out, FILE *in, FILE *out);

#endif
