# SPDX-License-Identifier: MIT
"""The Dask example on a local cluster of two worker processes: its combined CSV must be the
rows `earnings extract --format csv` writes for each file, in order, behind a file column.
Skips (exit 77) without Dask's `distributed` module (Debian: python3-distributed).

usage: test_dask.py EARNINGS SAMPLES_DIR
EARN_TEST_WRAPPER, if set, is a command the tool runs under (e.g. valgrind with options)."""
import csv
import io
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

SYSTEM_PYTHON = "/usr/bin/python3"

try:
    import distributed
except ImportError:
    # Debian's package is seen by Debian's Python; a python3 earlier on PATH (a virtualenv,
    # pyenv) may not see it: run again under the system's.
    if os.path.exists(SYSTEM_PYTHON) and os.path.realpath(sys.executable) != SYSTEM_PYTHON and \
            subprocess.run([SYSTEM_PYTHON, "-c", "import distributed"],
                           capture_output=True).returncode == 0:
        os.execv(SYSTEM_PYTHON, [SYSTEM_PYTHON, *sys.argv])
    print("SKIP: no Dask distributed module (apt-get install python3-distributed)")
    sys.exit(77)

EXAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "extract_folder.py")
EARNINGS = [*shlex.split(os.environ.get("EARN_TEST_WRAPPER", "")), os.path.abspath(sys.argv[1])]
SAMPLES = os.path.abspath(sys.argv[2])


def parse(text):
    return list(csv.reader(io.StringIO(text, newline="")))


def expected(folder, names):
    """The header with a file column, then each file's rows from the tool run on it alone."""
    table = []
    for name in names:
        p = subprocess.run([*EARNINGS, "extract", "--format", "csv", os.path.join(folder, name)],
                           capture_output=True, check=True)
        rows = parse(p.stdout.decode("utf-8"))
        if not table:
            table.append(["file", *rows[0]])
        table += [[name, *row] for row in rows[1:]]
    return table


def run_example(*args):
    p = subprocess.run([sys.executable, EXAMPLE, "--workers", "2", "--batch", "2",
                        "--earnings", shlex.join(EARNINGS), *args],
                       capture_output=True, timeout=600)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8", "replace")


def check(what, cond, detail=""):
    if not cond:
        print(f"FAIL: {what}{': ' if detail else ''}{detail}")
        sys.exit(1)
    print(f"ok: {what}")


def main():
    print(f"Dask distributed {distributed.__version__}")
    # The samples and, with --recursive, the quarterly series below them; files are read by
    # path on the workers.
    names = sorted(os.path.relpath(os.path.join(root, f), SAMPLES)
                   for root, _, files in os.walk(SAMPLES) for f in files if f[0] != ".")
    code, out, err = run_example("--recursive", SAMPLES)
    check("samples and series: exit 0", code == 0, err)
    want = expected(SAMPLES, names)
    check("samples and series: rows of every file, in order", parse(out) == want,
          f"{len(parse(out))} rows, {len(want)} expected")

    # --ship sends the bytes instead; a file the tool rejects is reported under its own name
    # and the others still come out.
    scratch = tempfile.mkdtemp(prefix="earnings-dask-")
    try:
        series = sorted(os.listdir(os.path.join(SAMPLES, "series")))
        for f in series:
            shutil.copy(os.path.join(SAMPLES, "series", f), scratch)
        with open(os.path.join(scratch, "broken.txt"), "wb") as f:
            f.write(b"Revenue was \xff$1 million.\n")
        code, out, err = run_example("--ship", scratch)
        check("--ship with a broken file: exit 1", code == 1, err)
        check("--ship: the broken file named", "broken.txt:" in err and
              not any(line.startswith("-:") for line in err.splitlines()), err)
        want = expected(scratch, series)
        check("--ship: rows of the other files, in order", parse(out) == want,
              f"{len(parse(out))} rows, {len(want)} expected")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
