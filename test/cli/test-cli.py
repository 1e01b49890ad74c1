# SPDX-License-Identifier: MIT
# End-to-end tests of the earnings tool: exit codes, messages and output shape, as TAP.
#
# usage: test-cli.py EARNINGS SAMPLES_DIR
# EARN_TEST_WRAPPER, if set, is a command the tool runs under (e.g. valgrind with options).
import csv
import io
import json
import os
import re
import sys

from clitest import SAMPLES, SCRATCH, TESTS, expect, expect_exit, main, run, scratch, test

HEADER = "kind,value,unit,qualifier,low,high,start,end,label,rule,text"
COLUMNS = HEADER.split(",")


def parse_csv(out):
    text = out.decode("utf-8")
    expect((text.splitlines() or [""])[0] == HEADER, f"first line is {text.splitlines()[:1]}")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    for row in rows:
        expect(len(row) == len(COLUMNS), f"row with {len(row)} fields: {row}")
    return [dict(zip(COLUMNS, row)) for row in rows[1:]]


def unguard(cell):
    """A CSV cell without the ' that guards a would-be spreadsheet formula."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell


def check_spans(rows, data):
    """Spans lie in the input, are ordered by start, and the text column is their bytes."""
    last = 0
    for r in rows:
        start, end = int(r["start"]), int(r["end"])
        expect(0 <= start <= end <= len(data), f"span [{start},{end}) outside {len(data)} bytes")
        expect(start >= last, f"row at {start} after a row at {last}")
        last = start
        text = unguard(r["text"])
        expect(data[start:end].decode("utf-8") == text, f"text {r['text']!r} != span bytes")


def has_row(rows, kind, value, unit):
    return any(r["kind"] == kind and r["value"] == value and r["unit"] == unit for r in rows)


@test
def version():
    code, out, err = run("--version")
    expect_exit(code, 0, err)
    expect(re.fullmatch(rb"earnings \d+\.\d+\.\d+\n", out), f"--version printed {out!r}")


@test
def help_top():
    code, out, err = run("--help")
    expect_exit(code, 0, err)
    expect(out.startswith(b"usage: earnings ") and b"quantities" in out, "no usage")


@test
def help_quantities():
    code, out, err = run("quantities", "--help")
    expect_exit(code, 0, err)
    expect(out.startswith(b"usage: earnings quantities"), "no usage")
    expect(HEADER.encode() in out.replace(b"\n", b""), "usage does not name the columns")


def sample_test(name, lang, expected):
    path = os.path.join(SAMPLES, name)

    def body():
        with open(path, "rb") as f:
            data = f.read()
        for args in ((), ("--lang", lang)):
            code, out, err = run("quantities", *args, path)
            expect_exit(code, 0, err)
            expect(err == "", f"unexpected stderr: {err}")
            rows = parse_csv(out)
            check_spans(rows, data)
            for kind, value, unit in expected:
                expect(has_row(rows, kind, value, unit), f"no row {kind},{value},{unit}")
        code, out, err = run("quantities", "--format", "json", path)
        expect_exit(code, 0, err)
        items = json.loads(out.decode("utf-8"))
        expect(isinstance(items, list) and len(items) == len(rows), "JSON and CSV differ in rows")
        for item, row in zip(items, rows):
            expect(set(item) == set(COLUMNS), f"JSON keys {sorted(item)}")
            expect(item["start"] == int(row["start"]) and item["text"] == unguard(row["text"]),
                   f"JSON item {item} does not match CSV row {row}")

    body.__name__ = "quantities_" + name
    TESTS.append(body)


sample_test("sample-ja.txt", "ja", [("money", "123650000000", "CNY"),
                                    ("percent", "14", "pct"),
                                    ("count", "420000000", "users")])
sample_test("sample-en.txt", "en", [("money", "4820000000", "USD"),
                                    ("percent", "18", "pct"),
                                    ("money", "1.37", "USD")])
sample_test("sample-zh.txt", "zh", [("money", "38672000000", "CNY"),
                                    ("pp", "4.6", "pp"),
                                    ("count", "365000000", "users")])


@test
def stdin_dash():
    path = os.path.join(SAMPLES, "sample-en.txt")
    with open(path, "rb") as f:
        data = f.read()
    code, from_file, err = run("quantities", path)
    expect_exit(code, 0, err)
    code, from_stdin, err = run("quantities", "-", stdin=data)
    expect_exit(code, 0, err)
    expect(from_stdin == from_file, "stdin output differs from file output")


@test
def output_file():
    path = os.path.join(SAMPLES, "sample-zh.txt")
    code, want, err = run("quantities", path)
    target = os.path.join(SCRATCH, "out.csv")
    code, out, err = run("quantities", "-o", target, path)
    expect_exit(code, 0, err)
    expect(out == b"", "stdout not empty with -o")
    with open(target, "rb") as f:
        expect(f.read() == want, "-o FILE content differs from stdout output")


@test
def output_file_unwritable():
    code, out, err = run("quantities", "-o", os.path.join(SCRATCH, "no", "such", "dir"),
                         os.path.join(SAMPLES, "sample-en.txt"))
    expect_exit(code, 1, err)
    expect(": error: " in err, f"message: {err}")


@test
def missing_file():
    path = os.path.join(SCRATCH, "does-not-exist.txt")
    code, out, err = run("quantities", path)
    expect_exit(code, 1, err)
    expect(err.startswith(path + ": error: "), f"message: {err}")


@test
def directory_as_file():
    code, out, err = run("quantities", SCRATCH)
    expect_exit(code, 1, err)
    expect(err.startswith(SCRATCH + ": error: "), f"message: {err}")


@test
def bad_option():
    code, out, err = run("quantities", "--no-such-option", os.path.join(SAMPLES, "sample-en.txt"))
    expect_exit(code, 2, err)
    expect("usage:" in err, "no usage on a bad option")


@test
def unknown_format():
    code, out, err = run("quantities", "--format", "xml", os.path.join(SAMPLES, "sample-en.txt"))
    expect_exit(code, 2, err)


@test
def bad_lang():
    code, out, err = run("quantities", "--lang", "fr", os.path.join(SAMPLES, "sample-en.txt"))
    expect_exit(code, 2, err)


@test
def no_file_and_unknown_command():
    for args in (("quantities",), ("no-such-command",), ()):
        code, out, err = run(*args)
        expect_exit(code, 2, err)


@test
def invalid_utf8():
    # The bad byte is the third character of line 2 (columns count code points).
    path = scratch("invalid.txt", b"Revenue 5%\n" + "売上".encode("utf-8") + b"\xff 9%\n")
    code, out, err = run("quantities", path)
    expect_exit(code, 1, err)
    expect(err.startswith(path + ":2:3: error: "), f"message: {err}")


@test
def replace_invalid():
    path = scratch("invalid-replace.txt", b"Revenue rose 12%\xff\xfe to $3 billion.\n")
    code, out, err = run("quantities", "--replace-invalid", path)
    expect_exit(code, 0, err)
    expect(re.search(r":\d+:\d+: warning: ", err), f"no warning: {err}")
    rows = parse_csv(out)
    expect(has_row(rows, "money", "3000000000", "USD"), "figures after the bad bytes are lost")


@test
def empty_file():
    path = scratch("empty.txt", b"")
    code, out, err = run("quantities", path)
    expect_exit(code, 0, err)
    expect(out == (HEADER + "\n").encode() or out == (HEADER + "\r\n").encode(),
           f"empty input gave {out!r}")
    code, out, err = run("quantities", "--format", "json", path)
    expect_exit(code, 0, err)
    expect(json.loads(out.decode("utf-8")) == [], f"empty input gave JSON {out!r}")


@test
def nul_byte():
    path = scratch("nul.txt", b"Revenue\x00 was $5 billion")
    code, out, err = run("quantities", path)
    expect_exit(code, 1, err)
    expect(err.startswith(path + ":1:8: error: "), f"message: {err}")


@test
def bom_is_skipped():
    plain = b"Net income was $612 million."
    code, out1, err = run("quantities", scratch("plain.txt", plain))
    code, out2, err = run("quantities", scratch("bom.txt", b"\xef\xbb\xbf" + plain))
    expect_exit(code, 0, err)
    rows1, rows2 = parse_csv(out1), parse_csv(out2)
    expect(len(rows1) == len(rows2) and all(int(b["start"]) == int(a["start"]) + 3
                                            for a, b in zip(rows1, rows2)),
           "a BOM should shift spans by its 3 bytes")


FACT_HEADER = ("metric,segment,basis,period,calendar_period,kind,value,unit,qualifier,yoy_pct,"
               "yoy_qualifier,qoq_pct,start,end,text,source,rule")
FACT_COLUMNS = FACT_HEADER.split(",")


def parse_facts(out, columns=FACT_COLUMNS, sep=","):
    text = out.decode("utf-8")
    first = (text.splitlines() or [""])[0]
    expect(first == sep.join(columns), f"first line is {first!r}")
    if sep == "\t":
        rows = [line.split("\t") for line in text.splitlines()]
    else:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    for row in rows:
        expect(len(row) == len(columns), f"row with {len(row)} fields: {row}")
    return [dict(zip(columns, row)) for row in rows[1:]]


def has_fact(rows, **want):
    return any(all(r[k] == v for k, v in want.items()) for r in rows)


@test
def help_extract():
    code, out, err = run("extract", "--help")
    expect_exit(code, 0, err)
    expect(out.startswith(b"usage: earnings extract"), "no usage")
    expect(FACT_HEADER.encode() in out.replace(b"\n", b""), "usage does not name the columns")


def extract_test(name, expected):
    path = os.path.join(SAMPLES, name)

    def body():
        with open(path, "rb") as f:
            data = f.read()
        code, out, err = run("extract", path)
        expect_exit(code, 0, err)
        rows = parse_facts(out)
        expect(rows, "no facts")
        for r in rows:
            start, end = int(r["start"]), int(r["end"])
            expect(0 <= start <= end <= len(data), f"span [{start},{end}) outside the input")
            expect(data[start:end].decode("utf-8") == r["text"], f"text {r['text']!r} != span")
            expect(r["source"] == "text" and r["rule"].startswith("fact."), f"provenance {r}")
        for want in expected:
            expect(has_fact(rows, **want), f"no fact {want}")
        code, out, err = run("extract", "--format", "tsv", path)
        expect_exit(code, 0, err)
        tsv = parse_facts(out, sep="\t")
        expect([r["value"] for r in tsv] == [r["value"] for r in rows], "TSV and CSV differ")
        code, out, err = run("extract", "--format", "json", path)
        expect_exit(code, 0, err)
        items = json.loads(out.decode("utf-8"))
        expect(len(items) == len(rows), "JSON and CSV differ in rows")
        for item, row in zip(items, rows):
            expect(set(item) == set(FACT_COLUMNS), f"JSON keys {sorted(item)}")
            expect((item["value"] or "") == row["value"] and item["start"] == int(row["start"]),
                   f"JSON item {item} does not match CSV row {row}")

    body.__name__ = "extract_" + name
    TESTS.append(body)


extract_test("sample-en.txt", [
    dict(metric="revenue", segment="", period="FY2025Q4", value="4820000000", unit="USD",
         yoy_pct="18", qoq_pct="6", kind="actual"),
    dict(metric="eps", basis="adjusted", period="FY2026Q1", kind="guidance", value="1.85",
         qualifier="at_least")])
extract_test("sample-ja.txt", [
    dict(metric="revenue", segment="", period="FY2026Q2", calendar_period="2025Q4",
         value="123650000000", unit="CNY", yoy_pct="14"),
    dict(metric="members", value="38000000", yoy_pct="10", yoy_qualifier="at_least")])
extract_test("sample-zh.txt", [
    dict(metric="revenue", segment="", period="FY2025Q4", value="38672000000", unit="CNY",
         yoy_pct="21", qoq_pct="8.5"),
    dict(metric="net_income", period="FY2024Q4", value="-325000000", unit="CNY")])


@test
def extract_html():
    """HTML: evidence is visible text; spans point into the HTML and hold that text."""
    import html as htmllib
    path = os.path.join(SAMPLES, "sample-en.html")
    with open(path, "rb") as f:
        data = f.read()
    code, out, err = run("extract", path)
    expect_exit(code, 0, err)
    rows = parse_facts(out)
    expect(has_fact(rows, metric="revenue", value="2350000000", period="FY2026Q2",
                    calendar_period="2025Q4", yoy_pct="19", qoq_pct="4"), f"{rows}")
    expect(has_fact(rows, metric="eps", value="0.87", period="FY2025Q2"), "no prior-year EPS")
    expect(not any(r["value"] in ("145.20", "9900000000") for r in rows), "price or script read")
    for r in rows:
        raw = data[int(r["start"]):int(r["end"])].decode("utf-8")
        visible = " ".join(htmllib.unescape(re.sub(r"<[^>]*>", "", raw)).split())
        expect(visible == " ".join(r["text"].split()), f"span {raw!r} is not {r['text']!r}")
        expect("<" not in r["text"], f"markup in evidence {r['text']!r}")
    code, out, err = run("extract", "--text", path)
    expect_exit(code, 0, err)
    code, out2, err = run("quantities", "--html", path)
    expect_exit(code, 0, err)
    expect(b"9900000000" not in out2, "script text read as a quantity")


@test
def extract_many_files_and_a_missing_one():
    en, zh = os.path.join(SAMPLES, "sample-en.txt"), os.path.join(SAMPLES, "sample-zh.txt")
    missing = os.path.join(SCRATCH, "missing.txt")
    code, out, err = run("extract", en, missing, zh)
    expect_exit(code, 1, err)
    expect(f"{missing}: error:" in err, f"no error for the missing file: {err}")
    rows = parse_facts(out, ["file"] + FACT_COLUMNS)
    files = {r["file"] for r in rows}
    expect(files == {en, zh}, f"rows from {files}")


@test
def extract_diagnostics_and_stdin():
    data = "Example Corp. Reports Fourth Quarter 2025 Results\n\nDecember 1, 2025 -- " \
           "Revenue was $2.0 billion, up 10% year over year.\n"
    code, out, err = run("extract", "-", stdin=data.encode())
    expect_exit(code, 0, err)
    rows = parse_facts(out)
    expect(has_fact(rows, metric="revenue", value="2000000000", period="FY2025Q4"), f"{rows}")
    expect(re.search(r"<stdin>:3:1: warning: release date|-:3:1: warning: release date", err),
           f"no release-date warning with file:line:col: {err!r}")


@test
def extract_lexicon_files():
    lex = os.path.join(SCRATCH, "metrics.tsv")
    with open(lex, "w") as f:
        f.write("bookings\trevenue\tmoney\t-\tall\t-\t-\n")
    text = b"Bookings were $4.2 million, up 12% year over year.\n"
    code, out, err = run("extract", "-", stdin=text)
    expect_exit(code, 0, err)
    expect(parse_facts(out) == [], "bookings is no metric of the library")
    code, out, err = run("extract", "--lexicon", lex, "-", stdin=text)
    expect_exit(code, 0, err)
    expect(has_fact(parse_facts(out), metric="revenue", value="4200000", yoy_pct="12"), "no fact")
    bad = scratch("nonsense.tsv", b"x\n")
    code, out, err = run("extract", "--lexicon", bad, "-", stdin=text)
    expect_exit(code, 2, err)
    expect("nonsense.tsv" in err, f"error does not name the file: {err}")


ANALYSIS_HEADER = (
    "issuer,metric,segment,basis,kind,period,calendar_period,origin,value,unit,yoy_pct,qoq_pct,"
    "yoy_change,qoq_change,growth_unit,yoy_low,yoy_high,qoq_low,qoq_high,stated_yoy_pct,"
    "stated_qoq_pct,stated_yoy_qualifier,stated_qoq_qualifier,implied_prior_low,"
    "implied_prior_high,ttm,margin_pct,cagr_pct,cagr_years,sources,diagnostic")


def series_files():
    d = os.path.join(SAMPLES, "series")
    return [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".txt")]


def analysis_rows(out):
    text = out.decode("utf-8")
    expect(text.splitlines()[0] == ANALYSIS_HEADER, f"first line is {text.splitlines()[:1]}")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def row_of(rows, **want):
    got = [r for r in rows if all(r[k] == v for k, v in want.items())]
    expect(len(got) == 1, f"{len(got)} rows with {want}")
    return got[0]


@test
def analyze_releases():
    """Computed growth agrees with the stated growth within its rounding."""
    code, out, err = run("analyze", "--format", "csv", *series_files())
    expect_exit(code, 0, err)
    rows = analysis_rows(out)
    for r in rows:
        for kind in ("yoy", "qoq"):
            stated, computed = r[f"stated_{kind}_pct"], r[f"{kind}_pct"]
            if stated and computed:
                half = 0.5 * 10 ** -(len(stated.split(".")[1]) if "." in stated else 0)
                expect(abs(float(computed) - float(stated)) <= half + 0.005,
                       f"{r['metric']} {r['period']} {kind}: computed {computed}, stated {stated}")
    q4 = row_of(rows, metric="revenue", segment="", period="FY2025Q4")
    expect(q4["yoy_pct"] == "13.81" and q4["ttm"] == "1729200000", f"Q4 row: {q4}")
    expect("warning" not in err, f"warnings: {err}")
    eps = row_of(rows, metric="eps", period="FY2025Q4")
    expect(eps["ttm"] == "", "TTM of a per-share figure")


@test
def analyze_one_company_written_many_ways():
    """A company's quarterly releases, each written another way (title, dateline, ticker, a
    partner or a supplier named with a company-form ending, a list of highlights): one issuer,
    and every growth rate they state computed from the values they give."""
    folder = os.path.join(os.path.dirname(os.path.abspath(__file__)), "series-varied")
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
    code, out, err = run("analyze", "--format", "csv", *files)
    expect_exit(code, 0, err)
    rows = analysis_rows(out)
    issuers = {r["issuer"] for r in rows}
    expect(issuers == {"Larchmont Devices, Inc."}, f"issuers {issuers}")
    stated = agreed = 0
    for r in rows:
        if r["stated_yoy_pct"]:
            stated += 1
            computed = r["yoy_pct"]
            half = 0.5 * 10 ** -(len(r["stated_yoy_pct"].split(".")[1]))
            agreed += bool(computed) and abs(float(computed) - float(r["stated_yoy_pct"])) <= half
    expect(stated >= 11 and agreed >= 0.9 * stated, f"{agreed} of {stated} stated rates computed")


@test
def analyze_text_and_json():
    code, out, err = run("analyze", *series_files())
    expect_exit(code, 0, err)
    text = out.decode("utf-8")
    expect("Northwind Instruments Inc.: revenue (reported, actual, USD)" in text, text[:300])
    code, out, err = run("analyze", "--format", "json", *series_files())
    expect_exit(code, 0, err)
    rows = json.loads(out)
    expect(any(r["metric"] == "revenue" and r["period"] == "FY2025Q4" for r in rows), "json")


@test
def analyze_facts_csv_round_trip():
    """extract's CSV goes back into analyze, with a fiscal year given on the command line."""
    code, out, err = run("extract", "--format", "csv", *series_files())
    expect_exit(code, 0, err)
    facts = scratch("facts.csv", out)
    code, out2, err = run("analyze", "--format", "csv", facts)
    expect_exit(code, 0, err)
    code, out3, err = run("analyze", "--format", "csv", *series_files())
    # A CSV value carries no written precision (412000000 for "$412.0 million"), so the
    # ranges that the rounding of values allows, and the checks on them, may differ.
    loose = ("issuer", "sources", "yoy_low", "yoy_high", "qoq_low", "qoq_high", "diagnostic")
    strip = lambda rows: [{k: v for k, v in r.items() if k not in loose} for r in rows]
    expect(strip(analysis_rows(out2)) == strip(analysis_rows(out3)), "CSV and releases differ")
    kabu = scratch("kabu.csv", "metric,period,value,unit\nrevenue,FY2026Q1-Q3,900,JPY\n"
                   "revenue,FY2026,1250,JPY\n".encode())
    code, out, err = run("analyze", "--format", "csv", "--fiscal-year", "=3", kabu)
    expect_exit(code, 0, err)
    q4 = row_of(analysis_rows(out), period="FY2026Q4")
    expect(q4["value"] == "350" and q4["origin"] == "derived" and
           q4["calendar_period"] == "2026Q1", f"derived Q4: {q4}")


@test
def analyze_errors():
    bad = scratch("bad.csv", b"metric,period,value\nrevenue,FY2025,\"12\n")
    code, out, err = run("analyze", bad)
    expect_exit(code, 1, err)
    expect(re.search(r"bad\.csv:2:\d+: ", err), f"no position: {err}")
    code, out, err = run("analyze", "--fiscal-year", "X=13", bad)
    expect_exit(code, 2, err)
    code, out, err = run("analyze")
    expect_exit(code, 2, err)
    code, out, err = run("analyze", "--help")
    expect_exit(code, 0, err)
    expect(b"--fiscal-year" in out, "help")
    code, out, err = run("analyze", os.path.join(SCRATCH, "missing.txt"), *series_files()[:1])
    expect_exit(code, 1, err)
    expect(b"Northwind" in out, "the other files still count")


@test
def analyze_long_round_trip_and_wide():
    """extract's CSV read back and written again is the same bytes; the wide layout pivots."""
    code, out, err = run("extract", "--format", "csv", *series_files())
    expect_exit(code, 0, err)
    first = scratch("long.csv", out)
    code, again, err = run("analyze", "--long", first)
    expect_exit(code, 0, err)
    expect(again == out, "extract CSV -> analyze --long is not byte-identical")
    code, long1, err = run("analyze", "--layout", "long", *series_files())
    expect_exit(code, 0, err)
    expect(long1.startswith(b"file,issuer,release_date,"), long1[:80])
    code, long2, err = run("analyze", "--long", scratch("long1.csv", long1))
    expect_exit(code, 0, err)
    expect(long1 == long2, "analyze --long of its own output is not byte-identical")
    code, wide, err = run("analyze", "--wide", "--excel", *series_files())
    expect_exit(code, 0, err)
    expect(wide.startswith(b"\xef\xbb\xbfissuer,metric,segment,basis,kind,unit,FY2023Q4,"), wide[:90])
    expect(b"Northwind Instruments Inc.,revenue,,reported,actual,USD,381500000,412000000,"
           b"398400000,421700000,440200000,468900000" in wide, "wide revenue row")
    code, out, err = run("analyze", "--layout", "sideways", first)
    expect_exit(code, 2, err)


@test
def unreadable_file_every_subcommand():
    """A file that opens but cannot be read: reported by name, exit 1, for every subcommand."""
    paths = []
    if os.geteuid() != 0:  # root reads through permissions
        locked = scratch("locked.txt", b"Revenue was $5 million.\n")
        os.chmod(locked, 0)
        paths.append(locked)
    if os.path.exists("/proc/self/mem"):  # opens, then every read fails with EIO
        paths.append("/proc/self/mem")
    for path in paths:
        for cmd in ("extract", "quantities", "analyze", "summarize"):
            code, out, err = run(cmd, path)
            expect_exit(code, 1, err)
            expect(f"{path}: error: " in err, f"{cmd}: {err}")


@test
def extract_wide():
    code, wide, err = run("extract", "--wide", *series_files())
    expect_exit(code, 0, err)
    code, same, err = run("analyze", "--wide", *series_files())
    expect(wide == same, "extract --wide and analyze --wide differ")
    expect(wide.startswith(b"issuer,metric,segment,basis,kind,unit,FY2023Q4,"), wide[:80])
    code, out, err = run("extract", "--wide", os.path.join(SCRATCH, "missing.txt"),
                         *series_files())
    expect_exit(code, 1, err)
    expect(b"Northwind" in out and "missing.txt" in err, "the other files still count")
    code, out, err = run("extract", "--wide", "--stdin-jsonl")
    expect_exit(code, 2, err)


if __name__ == "__main__":
    sys.exit(main())
