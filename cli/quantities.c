/* SPDX-License-Identifier: MIT */
/* earnings quantities: every number found in a document, classified (the debugging view). */
#include "cli.h"

static const char usage[] =
    "usage: earnings quantities [--format csv|tsv|json] [--lang auto|en|ja|zh]\n"
    "                           [--replace-invalid] [--html|--text] [-o FILE] FILE|-\n"
    "\n"
    "Print every quantity found in FILE (plain UTF-8 text or HTML; - reads standard input):\n"
    "money, percentages, percentage points, multiples, counts, durations, bare numbers, and\n"
    "the dates, periods and names whose digits are not amounts. Columns:\n"
    "kind,value,unit,qualifier,low,high,start,end,label,rule,text (start and end are byte\n"
    "offsets into FILE). Values are exact decimals in base units.\n";

int cmd_quantities(int argc, char **argv) {
  static const cli_job job = {"quantities", usage, false, EARN_OPT_QUANTITIES_ONLY,
                              earn_doc_write_quantities};
  return cli_run(&job, argc, argv);
}
