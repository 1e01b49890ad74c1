# SPDX-License-Identifier: MIT
# Batches of extract and quantities: directories (-r), --files-from, -j worker threads, the
# progress line, failing inputs, memory that stays flat, --excel. TAP.
#
# usage: test-batch.py EARNINGS SAMPLES_DIR
# Under EARN_TEST_WRAPPER (valgrind) the big batches are scaled down so that they finish.
import csv
import io
import json
import os
import pty
import subprocess
import sys
import time

from clitest import EXE, SAMPLES, SCRATCH, WRAPPER, expect, expect_exit, main, run, test

BIG = 10000 if not WRAPPER else 300
DIR = 1000 if not WRAPPER else 100
FACT_HEADER = ("file,metric,segment,basis,period,calendar_period,kind,value,unit,qualifier,"
               "yoy_pct,yoy_qualifier,qoq_pct,start,end,text,source,rule")


def release(i):
    return (f"Acme {i} Inc. reported results for the fourth quarter of 2025. Revenue was "
            f"${i}.5 million, up 3% year over year.\n").encode()


def make_dir(name, count, broken=None):
    """A directory of `count` small releases r00000.txt...; `broken` is an index whose file
    holds an invalid byte. Made once per name."""
    d = os.path.join(SCRATCH, name)
    if not os.path.isdir(d):
        os.makedirs(d)
        for i in range(count):
            data = release(i) if i != broken else b"Revenue was \xff$5 million.\n"
            with open(os.path.join(d, f"r{i:05d}.txt"), "wb") as f:
                f.write(data)
    return d


def rows_of(out):
    text = out.decode("utf-8")
    lines = text.splitlines()
    expect(lines and lines[0] == FACT_HEADER, f"first line is {lines[:1]}")
    expect(lines.count(FACT_HEADER) == 1, "the header is printed more than once")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def files_of(rows):
    """The files in the order their rows come."""
    seen = []
    for r in rows:
        if not seen or seen[-1] != r["file"]:
            seen.append(r["file"])
    return seen


@test
def directory_with_one_broken_file():
    d = make_dir("broken", DIR, broken=DIR // 2)
    bad = os.path.join(d, f"r{DIR // 2:05d}.txt")
    code, out, err = run("extract", "-r", d, "-j", "2")
    expect_exit(code, 1, err)
    expect(err.startswith(bad + ":1:13: error: "), f"the broken file is not reported: {err[:300]}")
    expect(err.count(": error: ") == 1, f"more than one error: {err[:300]}")
    want = [os.path.join(d, f"r{i:05d}.txt") for i in range(DIR) if i != DIR // 2]
    expect(files_of(rows_of(out)) == want, "files missing or out of order")


def tree():
    """A small tree with nested, hidden and linked entries."""
    root = os.path.join(SCRATCH, "tree")
    if os.path.isdir(root):
        return root
    layout = {"b/x.txt": 2, "a.txt": 1, "c/d/y.txt": 3, "c/.hidden.txt": 4, ".git/z.txt": 5,
              "z.txt": 6, "B.txt": 7}
    for rel, i in layout.items():
        os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
        with open(os.path.join(root, rel), "wb") as f:
            f.write(release(i))
    os.symlink(root, os.path.join(root, "loop"))  # a directory link: not followed
    os.symlink("a.txt", os.path.join(root, "link.txt"))  # a file link: read
    os.mkfifo(os.path.join(root, "fifo"))  # neither file nor directory: skipped, never opened
    return root


@test
def recursive_order():
    root = tree()
    code, out, err = run("extract", "-r", root)
    expect_exit(code, 0, err)
    names = ["B.txt", "a.txt", "b/x.txt", "c/d/y.txt", "link.txt", "z.txt"]
    got = files_of(rows_of(out))
    expect(got == [os.path.join(root, n) for n in names], f"walk order {got}")
    code2, out2, err2 = run("extract", "--recursive", "-j", "3", root + "/")
    expect_exit(code2, 0, err2)
    expect(out2 == out, "-j 3 or a trailing / changes the output")


@test
def directory_without_r():
    root, one = tree(), os.path.join(tree(), "a.txt")
    code, out, err = run("extract", one, root, one)
    expect_exit(code, 1, err)
    expect(err.startswith(root + ": error: "), f"message: {err}")
    expect(files_of(rows_of(out)) == [one], "the other files are lost")


@test
def files_from_stdin():
    d = make_dir("small", 20)
    paths = [os.path.join(d, f"r{i:05d}.txt") for i in range(20)]
    code, want, err = run("extract", *paths)
    expect_exit(code, 0, err)
    listing = "\r\n".join(paths[:10]) + "\n\n" + "\n".join(paths[10:]) + "\n"
    code, out, err = run("extract", "--files-from", "-", "-j", "2", stdin=listing.encode())
    expect_exit(code, 0, err)
    expect(out == want, "a list on stdin differs from the same FILE arguments")
    # FILE arguments first, then the list; a missing entry fails alone.
    lst = os.path.join(SCRATCH, "list.txt")
    with open(lst, "w") as f:
        f.write("\n".join(paths[1:]) + "\n" + os.path.join(d, "missing.txt") + "\n")
    code, out, err = run("extract", paths[0], "--files-from", lst)
    expect_exit(code, 1, err)
    expect(out == want and "missing.txt: error: " in err, f"list with a missing entry: {err}")
    for args in (("--files-from", "-", "-"), ("-", "-")):
        code, out, err = run("extract", *args, stdin=b"")
        expect_exit(code, 2, err)


def timed(*args):
    start = time.monotonic()
    code, out, err = run(*args)
    return code, out, err, time.monotonic() - start


@test
def jobs_give_identical_output():
    d = make_dir("big", BIG)
    size = sum(os.path.getsize(os.path.join(d, n)) for n in os.listdir(d))
    results = {}
    for j in ("1", "2", "4"):
        code, out, err, secs = timed("extract", "-r", d, "-j", j)
        expect_exit(code, 0, err)
        results[j] = (out, err)
        print(f"# -j {j}: {BIG} files in {secs:.2f} s, {size / 1e6 / secs:.2f} MB/s")
    expect(results["1"] == results["2"] == results["4"], "output differs between -j 1, 2 and 4")
    rows = rows_of(results["1"][0])
    expect(len(files_of(rows)) == BIG, f"{len(files_of(rows))} files in the output, not {BIG}")
    code, out, err = run("quantities", "-j", "2", *[os.path.join(d, f"r{i:05d}.txt")
                                                    for i in range(50)])
    code1, out1, err1 = run("quantities", *[os.path.join(d, f"r{i:05d}.txt") for i in range(50)])
    expect_exit(code, 0, err)
    expect(out == out1 and out.startswith(b"file,kind,value,"), "quantities batch")


def peak_rss_kb(*args):
    """The peak memory of one run of the tool, measured in a fresh process of its own."""
    probe = ("import resource, subprocess, sys\n"
             "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
             "stderr=subprocess.DEVNULL)\n"
             "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    got = subprocess.run([sys.executable, "-c", probe, *WRAPPER, EXE, *args],
                         capture_output=True, text=True, timeout=600).stdout.split()
    expect(got and got[0] == "0", f"the run failed: {got}")
    return int(got[1])


def sanitized():
    """A sanitizer keeps freed memory in quarantine, so its peak grows with the work done."""
    with open(EXE, "rb") as f:
        exe = f.read()
    return any(s in exe for s in (b"__asan_init", b"__tsan_init", b"__msan_init"))


@test
def memory_stays_flat():
    # Under valgrind the peak is valgrind's, whose translated code grows as more of the tool
    # runs; a sanitizer's quarantine grows with the memory freed.
    if WRAPPER or sanitized():
        print("# skipped: the tool runs under a wrapper or a sanitizer")
        return
    small, big = make_dir("small-mem", BIG // 10), make_dir("big", BIG)
    for args in (("-j", "1"), ("-j", "2")):
        a, b = peak_rss_kb("extract", *args, "-r", small), peak_rss_kb("extract", *args, "-r", big)
        print(f"# {' '.join(args)}: peak {a} KB for {BIG // 10} files, {b} KB for {BIG}")
        expect(b < 1.1 * a + 2048, f"memory grows with the batch: {a} KB, then {b} KB")


def with_pty_stderr(*args):
    """Runs the tool with standard error on a pseudo-terminal; returns (code, its bytes)."""
    master, slave = pty.openpty()
    p = subprocess.Popen([*WRAPPER, EXE, *args], stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    data = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the terminal's last writer is gone
            break
        if not chunk:
            break
        data += chunk
    os.close(master)
    return p.wait(timeout=600), data


@test
def progress_only_on_a_terminal():
    d = make_dir("broken", DIR, broken=DIR // 2)
    code, data = with_pty_stderr("extract", "-r", d)
    expect(code == 1, f"exit {code}")
    expect(f"earnings: 1/{DIR} files".encode() in data, f"no progress line: {data[:200]!r}")
    last = data.rfind(b"earnings: ")
    expect(b"\r\x1b[K" in data[last:], f"the progress line is not erased: {data[last:]!r}")
    expect(b"r%05d.txt:1:13: error: " % (DIR // 2) in data, "the error is not on the terminal")
    code, data = with_pty_stderr("extract", "--no-progress", "-r", d)
    expect(b"\r" not in data.replace(b"\r\n", b"\n") and b"files" not in data, f"{data[:200]!r}")
    code, out, err = run("extract", "-r", d)
    expect("\r" not in err and "files" not in err, f"progress on a pipe: {err[:200]!r}")


@test
def excel_bom():
    one = os.path.join(SAMPLES, "sample-ja.txt")
    code, plain, err = run("extract", one)
    code, out, err = run("extract", "--excel", one)
    expect_exit(code, 0, err)
    expect(out == b"\xef\xbb\xbf" + plain, "--excel is not a BOM and then the CSV")
    code, out, err = run("quantities", "--excel", "-o", os.path.join(SCRATCH, "q.csv"), one)
    expect_exit(code, 0, err)
    with open(os.path.join(SCRATCH, "q.csv"), "rb") as f:
        expect(f.read(3) == b"\xef\xbb\xbf", "--excel with -o")
    code, out, err = run("extract", "--excel", "--format", "json", one)
    expect_exit(code, 2, err)


@test
def usage_errors():
    one = os.path.join(SAMPLES, "sample-en.txt")
    for args in (("-j", "0"), ("-j", "abc"), ("-j", "-1"), ("-j", "257"), ("-j0",), ("-j",),
                 ("--files-from",), ("--stdin-jsonl",), ("--no-such-option",)):
        code, out, err = run("extract", one, *args)
        expect_exit(code, 2, err)
        expect("usage:" in err, f"no usage for {args}")
    code, out, err = run("quantities", "--stdin-jsonl")
    expect_exit(code, 2, err)
    code, out, err = run("extract", "--stdin-jsonl", "--format", "tsv")
    expect_exit(code, 2, err)
    code, out, err = run("extract", "-j4", "--jobs", "3", one)
    expect_exit(code, 0, err)


@test
def exit_codes_and_headers():
    d = make_dir("small", 20)
    a, b = os.path.join(d, "r00001.txt"), os.path.join(d, "r00002.txt")
    missing = os.path.join(SCRATCH, "missing.txt")
    code, out, err = run("extract", "-j", "2", a, b)
    expect_exit(code, 0, err)
    expect(err == "", f"stderr: {err}")
    # The header comes before the first table printed, even when the first input failed.
    code, out, err = run("extract", "-j", "2", missing, a, b)
    expect_exit(code, 1, err)
    expect(files_of(rows_of(out)) == [a, b], "rows after a failed first file")
    code, out, err = run("extract", "-o", "/dev/full", a, b)
    expect_exit(code, 1, err)
    expect(": error: " in err, f"no error for a full output: {err}")
    code, out, err = run("extract", "-r", os.path.join(SCRATCH, "empty-dir-missing"))
    expect_exit(code, 1, err)
    os.makedirs(os.path.join(SCRATCH, "empty-dir"), exist_ok=True)
    code, out, err = run("extract", "-r", os.path.join(SCRATCH, "empty-dir"))
    expect_exit(code, 0, err)
    expect(out == b"", f"an empty directory printed {out!r}")


@test
def json_and_stdin_in_a_batch():
    d = make_dir("small", 20)
    paths = [os.path.join(d, f"r{i:05d}.txt") for i in range(6)]
    code, out, err = run("extract", "--format", "json", "-j", "3", paths[0], "-", *paths[1:],
                         stdin=release(99))
    expect_exit(code, 0, err)
    text, arrays, pos, decoder = out.decode("utf-8"), [], 0, json.JSONDecoder()
    while text[pos:].strip():  # one array per file, one after the other
        pos += len(text[pos:]) - len(text[pos:].lstrip())
        array, pos = decoder.raw_decode(text, pos)
        arrays.append(array)
    values = [a[0]["value"] for a in arrays if a]
    expect(values == ["500000", "99500000", "1500000", "2500000", "3500000", "4500000",
                      "5500000"], f"JSON arrays {values}")


if __name__ == "__main__":
    sys.exit(main())
