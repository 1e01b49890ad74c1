/* SPDX-License-Identifier: MIT */
/* earnings summarize: being written. */
#include "cli.h"

int cmd_summarize(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fputs("earnings summarize: not written yet\n", stderr);
  return EXIT_USAGE;
}
