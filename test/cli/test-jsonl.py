# SPDX-License-Identifier: MIT
# `earnings extract --stdin-jsonl`: one JSON object per input line ({"id", "text"} or
# {"id", "path"}), rows carrying the id, bad lines reported and skipped, as TAP.
#
# usage: test-jsonl.py EARNINGS SAMPLES_DIR
import csv
import io
import json
import os
import select
import subprocess
import sys

from clitest import EXE, SAMPLES, WRAPPER, expect, expect_exit, main, run, scratch, test

FACT_COLUMNS = ("metric,segment,basis,period,calendar_period,kind,value,unit,qualifier,yoy_pct,"
                "yoy_qualifier,qoq_pct,start,end,text,source,rule").split(",")
HEADER = ["id"] + FACT_COLUMNS
SAMPLE_EN = os.path.join(SAMPLES, "sample-en.txt")
SAMPLE_JA = os.path.join(SAMPLES, "sample-ja.txt")
SENTENCE = "Revenue was $4.82 billion, up 18% year over year."


def lines(*objects):
    """JSON lines from objects; str items go in as they are (bad lines)."""
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objects).encode()


def jsonl(*args, stdin):
    return run("extract", "--stdin-jsonl", *args, stdin=stdin)


def csv_rows(out):
    # "replace": the evidence of a document read with --replace-invalid may keep its bytes.
    rows = list(csv.reader(io.StringIO(out.decode("utf-8", "replace"), newline="")))
    expect(rows and rows[0] == HEADER, f"header is {rows[:1]}")
    for row in rows:
        expect(len(row) == len(HEADER), f"row with {len(row)} fields: {row}")
    return rows[1:]


def json_rows(out):
    rows = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    for r in rows:
        expect(list(r) == HEADER, f"keys {list(r)}")
    return rows


def extract_csv(path):
    """The rows `earnings extract` writes for one file, without the header."""
    code, out, err = run("extract", "--format", "csv", path)
    expect_exit(code, 0, err)
    return list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))[1:]


@test
def text_and_path_csv():
    code, out, err = jsonl(stdin=lines({"id": 7, "text": SENTENCE},
                                       {"id": "en", "path": SAMPLE_EN},
                                       {"id": "ja", "path": SAMPLE_JA}))
    expect_exit(code, 0, err)
    rows = csv_rows(out)
    want = ([["7", *r] for r in extract_csv(scratch("sentence.txt", SENTENCE.encode()))] +
            [["en", *r] for r in extract_csv(SAMPLE_EN)] +
            [["ja", *r] for r in extract_csv(SAMPLE_JA)])
    expect(len(want) > 10, f"only {len(want)} facts in the samples")
    expect(rows == want, f"rows differ from extract's, in order: {rows[:2]} vs {want[:2]}")


@test
def jsonl_output():
    stdin = lines({"id": 42, "path": SAMPLE_EN}, {"id": "s", "text": SENTENCE})
    code, out, err = jsonl("--format", "json", stdin=stdin)
    expect_exit(code, 0, err)
    rows = json_rows(out)
    code, whole, err = run("extract", "--format", "json", SAMPLE_EN)
    expect_exit(code, 0, err)
    want = [{"id": "42", **fact} for fact in json.loads(whole)]
    expect(rows[:len(want)] == want, "the facts of the path differ from extract --format json")
    tail = rows[len(want):]
    expect(len(tail) == 1 and tail[0]["id"] == "s", f"the text's rows: {tail}")
    expect(tail[0]["metric"] == "revenue" and tail[0]["value"] == "4820000000"
           and tail[0]["yoy_pct"] == "18", f"the text's fact: {tail[0]}")


@test
def ids_kept_exactly():
    ids = ["a,b", 'say "hi"', "two\nlines", " spaced ", "", "日本語", -12, 9007199254740993]
    stdin = lines(*({"id": i, "text": SENTENCE} for i in ids))
    code, out, err = jsonl(stdin=stdin)
    expect_exit(code, 0, err)
    got = [r[0] for r in csv_rows(out)]
    expect(got == [str(i) for i in ids], f"CSV ids {got}")
    code, out, err = jsonl("--format", "json", stdin=stdin)
    expect_exit(code, 0, err)
    got = [r["id"] for r in json_rows(out)]
    expect(got == [str(i) for i in ids], f"JSON ids {got}")


@test
def bad_json_line_skipped():
    stdin = lines({"id": 1, "text": SENTENCE}, '{"id": 2, "text": ', {"id": 3, "text": SENTENCE})
    for fmt in ("csv", "json"):
        code, out, err = jsonl("--format", fmt, stdin=stdin)
        expect_exit(code, 1, err)
        expect("<stdin>:2:" in err and "<stdin>:1:" not in err and "<stdin>:3:" not in err,
               f"stderr: {err!r}")
        ids = [r[0] for r in csv_rows(out)] if fmt == "csv" else [r["id"] for r in json_rows(out)]
        expect(ids == ["1", "3"], f"{fmt} ids {ids}")


@test
def bad_objects_named_by_line():
    bad = [{"text": SENTENCE}, {"id": 1.5, "text": SENTENCE}, {"id": None, "text": SENTENCE},
           {"id": 4}, {"id": 5, "text": SENTENCE, "path": SAMPLE_EN}, {"id": 6, "text": 6},
           [1, 2], '"just a string"']
    code, out, err = jsonl(stdin=lines(*bad, {"id": "ok", "text": SENTENCE}))
    expect_exit(code, 1, err)
    for n in range(1, len(bad) + 1):
        expect(f"<stdin>:{n}: " in err, f"line {n} not reported: {err!r}")
    expect(f"<stdin>:{len(bad) + 1}:" not in err, f"the good line reported: {err!r}")
    expect([r[0] for r in csv_rows(out)] == ["ok"], "the good line's row is missing")


@test
def missing_path():
    missing = os.path.join(SAMPLES, "no-such-release.txt")
    code, out, err = jsonl(stdin=lines({"id": 1, "path": missing}, {"id": 2, "path": SAMPLE_EN}))
    expect_exit(code, 1, err)
    expect("<stdin>:1:" in err and "no-such-release.txt" in err, f"stderr: {err!r}")
    rows = csv_rows(out)
    expect(rows and all(r[0] == "2" for r in rows), "the second line's rows are missing")


@test
def invalid_utf8():
    bad_file = scratch("invalid.txt", b"Revenue was \xff$4.82 billion.\n")
    stdin = (b'{"id": 1, "text": "Revenue \xff was $1 million."}\n' +
             lines({"id": 2, "path": bad_file}, {"id": 3, "text": SENTENCE}))
    code, out, err = jsonl(stdin=stdin)
    expect_exit(code, 1, err)
    expect("<stdin>:1:" in err and "<stdin>:2:" in err, f"stderr: {err!r}")
    expect([r[0] for r in csv_rows(out)] == ["3"], "only the third line has rows")
    # --replace-invalid reaches the documents of the lines too.
    code, out, err = jsonl("--replace-invalid", stdin=lines({"id": 2, "path": bad_file}))
    expect_exit(code, 0, err)
    expect([r[0] for r in csv_rows(out)] == ["2"], "no row with --replace-invalid")


@test
def blank_lines_crlf_and_last_line():
    stdin = (b"\n" + json.dumps({"id": 1, "text": SENTENCE}).encode() + b"\r\n  \r\n\n" +
             json.dumps({"id": 2, "text": SENTENCE}).encode())  # no final line break
    code, out, err = jsonl(stdin=stdin)
    expect_exit(code, 0, err)
    expect(err == "", f"stderr: {err!r}")
    expect([r[0] for r in csv_rows(out)] == ["1", "2"], "rows of both lines")


@test
def empty_input():
    code, out, err = jsonl(stdin=b"")
    expect_exit(code, 0, err)
    expect(csv_rows(out) == [], "rows from no input")
    code, out, err = jsonl("--format", "json", stdin=b"")
    expect_exit(code, 0, err)
    expect(out == b"", f"JSON lines from no input: {out!r}")


@test
def ten_thousand_lines_in_order():
    n = 10000
    stdin = lines(*({"id": i, "text": f"Revenue was ${i + 1} million, up 5% year over year."}
                    for i in range(n)))
    code, out, err = jsonl(stdin=stdin)
    expect_exit(code, 0, err)
    rows = csv_rows(out)
    expect(len(rows) == n, f"{len(rows)} rows for {n} lines")
    for i, r in enumerate(rows):
        expect(r[0] == str(i) and r[7] == str((i + 1) * 1000000), f"row {i}: {r}")


@test
def rows_flushed_per_line():
    """A mapper's consumer sees a line's rows before the next line is written."""
    p = subprocess.Popen([*WRAPPER, EXE, "extract", "--stdin-jsonl"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        got = b""
        for i in range(3):
            p.stdin.write(lines({"id": i, "text": SENTENCE}))
            p.stdin.flush()
            while got.count(b"\n") < i + 2:  # the header, then one row per line
                ready, _, _ = select.select([p.stdout], [], [], 120)
                expect(ready, f"no row for line {i + 1} while the input stays open")
                chunk = os.read(p.stdout.fileno(), 65536)
                expect(chunk, "the output ended early")
                got += chunk
        p.stdin.close()
        expect(p.wait(timeout=120) == 0, "exit status")
        expect([r[0] for r in csv_rows(got + p.stdout.read())] == ["0", "1", "2"], "rows")
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
        p.stdout.close()


if __name__ == "__main__":
    sys.exit(main())
