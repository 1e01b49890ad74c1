/* SPDX-License-Identifier: MIT */
/* earnings quantities: every number found in a document, classified (the debugging view). */
#include "cli.h"

static const char usage[] =
    "usage: earnings quantities [--format csv|tsv|json] [--lang auto|en|ja|zh]\n"
    "                           [--replace-invalid] [--html|--text] [--issuer NAME] [--excel]\n"
    "                           [-o FILE]\n"
    "                           [-r] [-j N] [--files-from LIST] [--no-progress] FILE...|-\n"
    "\n"
    "Print every quantity found in FILE (plain UTF-8 text or HTML; - reads standard input):\n"
    "money, percentages, percentage points, multiples, counts, durations, bare numbers, and\n"
    "the dates, periods and names whose digits are not amounts. Columns:\n"
    "kind,value,unit,qualifier,low,high,start,end,label,rule,text (start and end are byte\n"
    "offsets into FILE). Values are exact decimals in base units. With several files (or\n"
    "-r or --files-from), CSV and TSV rows start with a file column and JSON prints one array\n"
    "per file. --excel starts the CSV with a UTF-8 byte order mark, for Excel.\n"
    "\n"
    "Batches: -r (--recursive) reads the regular files under each directory FILE, in sorted\n"
    "order (hidden files skipped, symbolic links to directories not followed); --files-from\n"
    "LIST reads one path per line of LIST (- for standard input) after the FILEs; -j N (1 to\n"
    "256, default 1) reads N files at a time. The output is in input order whatever N. A file\n"
    "that cannot be read is reported and skipped, and the exit status is then 1. While a\n"
    "batch runs, a progress line (files, MB/s, ETA) shows on standard error when it is a\n"
    "terminal and the output is not; --no-progress hides it.\n"
    "\n"
    "Exit status: 0 success, 1 an input or the output failed, 2 usage.\n";

int cmd_quantities(int argc, char **argv) {
  static const cli_job job = {.name = "quantities",
                              .usage = usage,
                              .opts = EARN_OPT_QUANTITIES_ONLY,
                              .write = earn_doc_write_quantities};
  return cli_run(&job, argc, argv);
}
