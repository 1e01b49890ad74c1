/* SPDX-License-Identifier: MIT */
/* earnings extract: the financial facts of releases, in the columns of the facts CSV. */
#include "cli.h"

static const char usage[] =
    "usage: earnings extract [--format csv|tsv|json] [--lang auto|en|ja|zh]\n"
    "                        [--replace-invalid] [--html|--text] [--lexicon FILE]\n"
    "                        [--lexicon-replace FILE] [-o FILE] FILE...|-\n"
    "\n"
    "Print the facts of each FILE (plain UTF-8 text or HTML, told apart by the first bytes\n"
    "unless --html or --text says; - reads standard input): one row\n"
    "per fact with the columns\n"
    "  " EARN_FACT_COLUMNS "\n"
    "Values are exact decimals in base units (a loss is negative); yoy_pct and qoq_pct are\n"
    "the growth the release states, in percent; start and end are byte offsets of the\n"
    "evidence in FILE. With several files, CSV and TSV rows start with a file column and\n"
    "JSON prints one array per file. Diagnostics go to standard error as file:line:col.\n"
    "--lexicon adds the words of a file named like one of the library's lexicons\n"
    "(metrics.tsv, cues.tsv, units.tsv, ...: same columns) before its own; --lexicon-replace\n"
    "uses it instead.\n";

int cmd_extract(int argc, char **argv) {
  static const cli_job job = {"extract", usage, true, 0, earn_doc_write_facts};
  return cli_run(&job, argc, argv);
}
