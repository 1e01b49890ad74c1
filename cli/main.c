/* SPDX-License-Identifier: MIT */
/* earnings: the command-line tool. Dispatches to one file per subcommand. */
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: earnings COMMAND [OPTIONS] FILE...\n"
    "\n"
    "commands:\n"
    "  extract      the financial facts of releases (metric, segment, period, value,\n"
    "               growth) in the columns of the facts CSV\n"
    "  analyze      series over many releases or facts CSVs: growth computed from the\n"
    "               values, TTM, margins and consistency checks\n"
    "  summarize    a short report of each release: issuer, period, headline figures,\n"
    "               segments, guidance, operating figures and diagnostics\n"
    "  quantities   every number in a release, classified, with byte spans\n"
    "\n"
    "options: --help (also after a command), --version\n";

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
    printf("earnings %s\n", earn_version_string());
    return EXIT_OK;
  }
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
    fputs(usage, stdout);
    return EXIT_OK;
  }
  if (strcmp(cmd, "extract") == 0)
    return cmd_extract(argc - 1, argv + 1);
  if (strcmp(cmd, "summarize") == 0)
    return cmd_summarize(argc - 1, argv + 1);
  if (strcmp(cmd, "analyze") == 0)
    return cmd_analyze(argc - 1, argv + 1);
  if (strcmp(cmd, "quantities") == 0)
    return cmd_quantities(argc - 1, argv + 1);
  fprintf(stderr, "earnings: unknown command '%s'\n%s", cmd, usage);
  return EXIT_USAGE;
}
