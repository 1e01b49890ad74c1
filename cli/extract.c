/* SPDX-License-Identifier: MIT */
/* earnings extract: the financial facts of releases, in the columns of the facts CSV. */
#include "cli.h"

static const char usage[] =
    "usage: earnings extract [--format csv|tsv|json] [--lang auto|en|ja|zh]\n"
    "                        [--replace-invalid] [--html|--text] [--issuer NAME] [--lexicon FILE]\n"
    "                        [--lexicon-replace FILE] [--excel] [-o FILE] [-r] [-j N]\n"
    "                        [--files-from LIST] [--no-progress] [--wide] FILE...|-\n"
    "       earnings extract --stdin-jsonl [--format csv|json] [OPTIONS]\n"
    "\n"
    "Print the facts of each FILE (plain UTF-8 text or HTML, told apart by the first bytes\n"
    "unless --html or --text says; - reads standard input): one row\n"
    "per fact with the columns\n"
    "  " EARN_FACT_COLUMNS "\n"
    "Values are exact decimals in base units (a loss is negative); yoy_pct and qoq_pct are\n"
    "the growth the release states, in percent; start and end are byte offsets of the\n"
    "evidence in FILE. With several files (or -r or --files-from), CSV and TSV rows start\n"
    "with a file column and JSON prints one array per file. Diagnostics go to standard\n"
    "error as file:line:col.\n"
    "--lexicon adds the words of a file named like one of the library's lexicons\n"
    "(metrics.tsv, cues.tsv, units.tsv, ...: same columns) before its own; --lexicon-replace\n"
    "uses it instead. --excel starts the CSV with a UTF-8 byte order mark, so that Excel\n"
    "shows Japanese and Chinese text.\n"
    "\n"
    "Batches: -r (--recursive) reads the regular files under each directory FILE, in sorted\n"
    "order (hidden files skipped, symbolic links to directories not followed); --files-from\n"
    "LIST reads one path per line of LIST (- for standard input) after the FILEs; -j N (1 to\n"
    "256, default 1) reads and extracts N files at a time. The output is in input order\n"
    "whatever N. A file that cannot be read is reported and skipped, and the exit status is\n"
    "then 1. While a batch runs, a progress line (files, MB/s, ETA) shows on standard error\n"
    "when it is a terminal and the output is not; --no-progress hides it.\n"
    "\n"
    "--wide prints, instead of a row per fact, one row per issuer, metric, segment, basis,\n"
    "kind and unit over all the FILEs (releases, or facts CSVs as this command writes them),\n"
    "with a column per fiscal period holding its value (the newest release's, or derived\n"
    "from year-to-date figures): a layout for spreadsheets.\n"
    "\n"
    "--stdin-jsonl reads one JSON object per line from standard input, {\"id\": ..., \"text\":\n"
    "...} or {\"id\": ..., \"path\": ...}, and prints CSV rows with an id column first, or with\n"
    "--format json one JSON object per fact and line; it takes no FILE.\n"
    "\n"
    "Exit status: 0 success, 1 an input or the output failed, 2 usage.\n";

int cmd_extract(int argc, char **argv) {
  static const cli_job job = {.name = "extract",
                              .usage = usage,
                              .write = earn_doc_write_facts,
                              .stdin_jsonl = true,
                              .wide = true};
  return cli_run(&job, argc, argv);
}
