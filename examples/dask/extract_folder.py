#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Extract the facts of every release in a folder on a Dask cluster, into one CSV.

usage: extract_folder.py [--scheduler tcp://HOST:8786] [--workers N] [--batch N]
                         [--earnings CMD] [--recursive] [--ship] [-o FILE] FOLDER

Each Dask task runs `earnings extract --format csv` on a batch of files and returns their
rows; the client writes them in the order of the files' sorted names, each row starting with
a `file` column (the name relative to FOLDER), then the facts CSV columns. Without
--scheduler, a local cluster of --workers processes (one thread each) is started.

Workers run the tool themselves, so it must be installed on each of them (--earnings names
it; a command with arguments is split like a shell would). By default they read the files
from FOLDER at the same path, as on a shared filesystem; --ship sends each file's bytes with
its task instead, for workers that do not see FOLDER.

Exit status: 0 success, 1 a file failed (its error is on standard error; the other files'
rows are written), 2 usage.
"""
import argparse
import csv
import io
import os
import shlex
import subprocess
import sys

import distributed


def list_files(folder, recursive):
    """Regular files under folder, by sorted relative name ('/'-separated); hidden ones skipped."""
    names = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if recursive and not d.startswith("."))
        rel = os.path.relpath(root, folder)
        for f in files:
            if not f.startswith("."):
                names.append(f if rel == "." else os.path.join(rel, f).replace(os.sep, "/"))
    return sorted(names)


def extract_one(earnings, name, path, data):
    """Runs the tool on one file (or on its bytes through standard input): returns the CSV
    header, the rows with the file column in front, the tool's messages and its exit status."""
    command = earnings + ["extract", "--format", "csv", "-" if data is not None else path]
    try:
        p = subprocess.run(command, input=data, capture_output=True)
    except OSError as e:  # no tool on this worker: say so instead of failing the whole run
        return None, [], f"{name}: error: cannot run {command[0]}: {e.strerror}\n", 1
    # newline="": line breaks inside quoted cells (evidence spanning lines) stay in their cell.
    table = list(csv.reader(io.StringIO(p.stdout.decode("utf-8", "replace"), newline="")))
    header, rows = (table[0], table[1:]) if table else (None, [])
    messages = p.stderr.decode("utf-8", "replace")
    if data is not None:  # the tool names standard input "-"; say which file it was
        messages = "".join(name + line[1:] if line.startswith("-:") else line
                           for line in messages.splitlines(keepends=True))
    elif path != name:
        messages = messages.replace(path + ":", name + ":")
    return header, [[name, *row] for row in rows], messages, p.returncode


def extract_batch(earnings, batch):
    """One Dask task: the files of a batch in turn. Runs on a worker."""
    return [extract_one(earnings, *item) for item in batch]


def batches(folder, names, size, ship):
    """(name, path, bytes or None) items, `size` at a time; bytes are read only with --ship."""
    for start in range(0, len(names), size):
        batch = []
        for name in names[start:start + size]:
            path = os.path.abspath(os.path.join(folder, name))
            data = None
            if ship:
                with open(path, "rb") as f:
                    data = f.read()
            batch.append((name, path, data))
        yield batch


def run(client, args, out):
    names = list_files(args.folder, args.recursive)
    if not names:
        print(f"{args.folder}: no files", file=sys.stderr)
        return 1
    earnings = shlex.split(args.earnings)
    # pure=False: two batches with equal contents are still two tasks.
    futures = [client.submit(extract_batch, earnings, b, pure=False)
               for b in batches(args.folder, names, args.batch, args.ship)]
    writer = csv.writer(out, lineterminator="\r\n")
    status, header_done = 0, False
    for future in futures:  # in submission order, whatever order they finish in
        for header, rows, messages, code in future.result():
            sys.stderr.write(messages)
            if code != 0:
                status = 1
            if header and not header_done:
                writer.writerow(["file", *header])
                header_done = True
            writer.writerows(rows)
        future.release()  # the rows are written: let the cluster forget them
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", metavar="FOLDER")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="a running scheduler (tcp://host:8786); default: a local cluster")
    parser.add_argument("--workers", type=int, default=2, help="local cluster size (default 2)")
    parser.add_argument("--batch", type=int, default=8, help="files per task (default 8)")
    parser.add_argument("--earnings", default="earnings", metavar="CMD",
                        help="the tool as the workers run it (default: earnings on PATH)")
    parser.add_argument("-r", "--recursive", action="store_true", help="descend into folders")
    parser.add_argument("--ship", action="store_true",
                        help="send the files' bytes to the workers instead of their paths")
    parser.add_argument("-o", dest="output", metavar="FILE", help="write here, not to stdout")
    args = parser.parse_args()
    if args.batch < 1 or args.workers < 1:
        parser.error("--batch and --workers must be at least 1")

    out = open(args.output, "w", newline="", encoding="utf-8") if args.output else sys.stdout
    try:
        if args.scheduler:
            with distributed.Client(args.scheduler) as client:
                return run(client, args, out)
        # processes=True: the workers are separate processes, as on a real cluster.
        with distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                      processes=True, dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            return run(client, args, out)
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":  # the guard local worker processes need
    sys.exit(main())
