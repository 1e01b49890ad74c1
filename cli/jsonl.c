/* SPDX-License-Identifier: MIT */
/* --stdin-jsonl: being written. */
#include "jsonl.h"

#include "cli.h"

int cli_run_jsonl(const earn_extractor *ex, uint32_t opts, bool jsonl_out, FILE *in, FILE *out) {
  (void)ex;
  (void)opts;
  (void)jsonl_out;
  (void)in;
  (void)out;
  fputs("earnings: --stdin-jsonl is not written yet\n", stderr);
  return EXIT_USAGE;
}
