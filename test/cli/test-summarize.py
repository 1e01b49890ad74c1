# SPDX-License-Identifier: MIT
# `earnings summarize` end to end, as TAP: each format on each sample language, alignment by
# display width, colour only on a terminal and not with NO_COLOR (unless --color always), label
# languages, -o, stdin, failing inputs, usage.
#
# usage: test-summarize.py EARNINGS SAMPLES_DIR
import json
import os
import re
import subprocess
import sys
import unicodedata

from clitest import EXE, SAMPLES, WRAPPER, expect, expect_exit, main, run, scratch, test

ANSI = re.compile(rb"\x1b\[[0-9;]*m")

# Per sample: the title's issuer and period, a headline row (label, figure, value, growth...),
# a segment row and a guidance row, as cells that must stand in one line of their section.
SAMPLES_EXPECTED = {
    "sample-ja.txt": {
        "issuer": "蒼嶺テクノロジー", "period": "FY2026Q2", "calendar": "2025Q4", "currency": "CNY",
        "headings": ("主要業績", "セグメント別", "業績見通し・目標", "事業指標"),
        "headline": ("売上高", "1,236.50億元", "123650000000", "+14%"),
        "segment": ("クラウド事業", "売上高", "318.20億元", "31820000000", "+27%"),
        "guidance": ("見通し", "FY2026Q3 (2026Q1)", "1,150億～1,200億元", "115000000000 - 120000000000"),
        "json_headline": ("revenue", "123650000000", "14"),
    },
    "sample-en.txt": {
        "issuer": "Harborline Networks, Inc.", "period": "FY2025Q4", "calendar": "2025Q4",
        "currency": "USD",
        "headings": ("Headline", "Segments", "Guidance and targets", "Operating figures",
                     "Diagnostics"),
        "headline": ("Revenue", "$4.82 billion", "4820000000", "+18%", "+6%"),
        "segment": ("Subscription", "Revenue", "$3.15 billion", "3150000000", "+24%"),
        "guidance": ("guidance", "FY2026Q1", "$4.90 billion to $5.05 billion",
                     "4900000000 - 5050000000"),
        "json_headline": ("revenue", "4820000000", "18"),
    },
    "sample-zh.txt": {
        "issuer": "澄川科技控股有限公司", "period": "FY2025Q4", "calendar": "2025Q4",
        "currency": "CNY",
        "headings": ("主要业绩", "分部业绩", "业绩指引与目标", "运营数据"),
        "headline": ("营业收入", "386.72亿元", "38672000000", "+21%", "+8.5%"),
        "segment": ("云计算业务", "营业收入", "97.40亿元", "9740000000", "+43%"),
        "guidance": ("指引", "FY2026Q1", "395亿元至410亿元", "39500000000 - 41000000000"),
        "json_headline": ("revenue", "38672000000", "21"),
    },
    "sample-en.html": {
        "issuer": "Northwind Cloud, Inc.", "period": "FY2026Q2", "calendar": "2025Q4",
        "currency": "USD",
        "headings": ("Headline", "Segments", "Guidance and targets", "Operating figures"),
        # the release writes $2.35&nbsp;billion: markup, so the figure is written anew
        "headline": ("Revenue", "$2.35 billion", "2350000000", "+19%", "+4%"),
        "segment": ("Platform Services", "Revenue", "$1.41 billion", "1410000000", "+27%"),
        "guidance": ("guidance", "FY2026Q3 (2026Q1)", "$2.40 billion to $2.45 billion",
                     "2400000000 - 2450000000"),
        "json_headline": ("revenue", "2350000000", "19"),
    },
}
HEADLINE = {"sample-ja.txt": "主要業績", "sample-zh.txt": "主要业绩"}
SEGMENTS = {"sample-ja.txt": "セグメント別", "sample-zh.txt": "分部业绩"}
GUIDANCE = {"sample-ja.txt": "業績見通し・目標", "sample-zh.txt": "业绩指引与目标"}


def sample(name):
    return os.path.join(SAMPLES, name)


def width(s):
    """Terminal columns: East Asian wide and fullwidth characters take two."""
    return sum(0 if unicodedata.combining(c) else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def summarize(*args, stdin=b"", env=None):
    code, out, err = run("summarize", *args, stdin=stdin, env=env)
    expect_exit(code, 0, err)
    return out.decode("utf-8")


def text_sections(out):
    """{heading: [table lines]} of a text report, its title first under the key None."""
    blocks = [b.splitlines() for b in out.strip("\n").split("\n\n")]
    sections = {None: blocks[0]}
    for b in blocks[1:]:
        sections[b[0]] = [line for line in b[1:] if not line.startswith("  * ")]
    return sections


def md_sections(out):
    """{heading: [rows as lists of cells]} of a Markdown report, the title under None."""
    sections, current = {}, None
    for line in out.splitlines():
        if line.startswith("## "):
            sections[None] = [line[3:]]
        elif line.startswith("### "):
            current = line[4:]
            sections[current] = []
        elif line.startswith("|") and current:
            sections[current].append([c.strip() for c in line.strip("|").split(" | ")])
    return sections


def has_row(rows, cells, what):
    for row in rows:
        parts = row if isinstance(row, list) else re.split(r"\s{2,}", row.strip())
        if all(c in parts for c in cells):
            return
    raise AssertionError(f"no {what} row with {cells} in:\n" + "\n".join(map(str, rows)))


def check_report(name, sections):
    e = SAMPLES_EXPECTED[name]
    title = sections[None][0]
    for word in (e["issuer"], e["period"], e["calendar"], e["currency"]):
        expect(word in title, f"{name}: {word!r} not in the title {title!r}")
    for h in e["headings"]:
        expect(h in sections, f"{name}: no section {h!r} in {list(sections)}")
    has_row(sections[HEADLINE.get(name, "Headline")], e["headline"], f"{name} headline")
    has_row(sections[SEGMENTS.get(name, "Segments")], e["segment"], f"{name} segment")
    has_row(sections[GUIDANCE.get(name, "Guidance and targets")], e["guidance"],
            f"{name} guidance")


def text_test(name):
    def body():
        out = summarize(sample(name))
        check_report(name, text_sections(out))
    body.__name__ = f"text_{name.replace('.', '_').replace('-', '_')}"
    return body


def markdown_test(name):
    def body():
        out = summarize("--format", "markdown", sample(name))
        sections = md_sections(out)
        check_report(name, sections)
        for h, rows in sections.items():
            if h is None:
                continue
            expect(len(rows) >= 3 and set(rows[1][0]) <= set(":-"), f"{h}: no delimiter row")
    body.__name__ = f"markdown_{name.replace('.', '_').replace('-', '_')}"
    return body


def strings_only(row, keys):
    for k in keys:
        expect(row[k] is None or isinstance(row[k], str), f"{k} is {row[k]!r}, not a string")


def json_test(name):
    def body():
        e = SAMPLES_EXPECTED[name]
        doc = json.loads(summarize("--format", "json", sample(name)))
        expect(isinstance(doc, dict), "one file gives one object")
        for key, want in (("issuer", e["issuer"]), ("period", e["period"]),
                          ("calendar_period", e["calendar"]), ("currency", e["currency"])):
            expect(doc[key] == want, f"{key} is {doc[key]!r}, expected {want!r}")
        expect(isinstance(doc["fiscal_year_end"], int), "fiscal_year_end is no month")
        for key in ("headline", "segments", "guidance", "operating", "diagnostics"):
            expect(isinstance(doc[key], list), f"no array {key}")
        for key in ("headline", "year_to_date", "segments", "guidance", "operating"):
            for row in doc[key]:
                strings_only(row, ("value", "low", "high", "yoy_pct", "yoy_pp", "qoq_pct",
                                   "figure"))
        metric, value, yoy = e["json_headline"]
        expect(any(r["metric"] == metric and r["value"] == value and r["yoy_pct"] == yoy
                   and r["yoy_origin"] == "stated" for r in doc["headline"]),
               f"no headline {metric} {value} yoy {yoy}")
        expect(any(r["segment"] == e["segment"][0] for r in doc["segments"]), "no segment row")
        expect(doc["guidance"], "no guidance rows")
    body.__name__ = f"json_{name.replace('.', '_').replace('-', '_')}"
    return body


for _name in SAMPLES_EXPECTED:
    test(text_test(_name))
    test(markdown_test(_name))
    test(json_test(_name))


@test
def text_tables_aligned():
    for name in SAMPLES_EXPECTED:
        for labels in ("en", "ja", "zh"):
            out = summarize("--labels", labels, sample(name))
            for h, rows in text_sections(out).items():
                if h is None:
                    continue
                widths = {width(r) for r in rows}
                expect(len(widths) == 1, f"{name} --labels {labels} {h}: widths {widths}\n"
                       + "\n".join(rows))


@test
def markdown_tables_aligned():
    for name in SAMPLES_EXPECTED:
        out = summarize("--format", "markdown", sample(name))
        table = [line for line in out.splitlines() if line.startswith("|")]
        expect(table, "no table")
        block = []
        for line in out.splitlines() + [""]:
            if line.startswith("|"):
                block.append(line)
            elif block:
                widths = {width(r) for r in block}
                expect(len(widths) == 1, f"{name}: widths {widths}\n" + "\n".join(block))
                block = []


@test
def computed_growth_is_marked():
    # The HTML sample gives net income a year earlier, not its growth: computed and marked.
    out = summarize(sample("sample-en.html"))
    has_row(text_sections(out)["Headline"], ("Net income", "+29.6%*"), "computed")
    expect("* computed from the year-earlier figure" in out, "no footnote")
    doc = json.loads(summarize("--format", "json", sample("sample-en.html")))
    net = [r for r in doc["headline"] if r["metric"] == "net_income"]
    expect(net and net[0]["yoy_pct"] == "29.6" and net[0]["yoy_origin"] == "computed",
           f"net income {net}")
    margin = [r for r in doc["headline"] if r["metric"] == "operating_margin"]
    expect(margin and margin[0]["yoy_pp"] == "1.7" and margin[0]["yoy_pct"] is None,
           f"margin {margin}")


@test
def ranges_and_qualifiers():
    doc = json.loads(summarize("--format", "json", sample("sample-en.txt")))
    eps = [r for r in doc["guidance"] if r["metric"] == "eps"]
    expect(len(eps) == 1 and eps[0]["low"] == "1.85" and eps[0]["high"] == "1.92"
           and eps[0]["value"] is None, f"eps guidance {eps}")
    out = summarize(sample("sample-zh.txt"))
    has_row(text_sections(out)["运营数据"], ("会员数", "约4,200万人", "~42000000", ">=+10%"),
            "qualified")


@test
def diagnostics_section():
    out = summarize(sample("sample-en.txt"))
    has_row(text_sections(out)["Diagnostics"], ("33:13", "note"), "diagnostic")
    doc = json.loads(summarize("--format", "json", sample("sample-en.txt")))
    d = doc["diagnostics"]
    expect(d and d[0]["line"] == 33 and d[0]["column"] == 13, f"diagnostics {d}")


@test
def no_colour_off_terminal():
    code, out, err = run("summarize", sample("sample-en.txt"), sample("sample-ja.txt"))
    expect_exit(code, 0, err)
    expect(not ANSI.search(out), "escape codes in piped output")
    code, out, err = run("summarize", "--color", "never", sample("sample-en.txt"))
    expect(not ANSI.search(out), "escape codes with --color never")
    code, out, err = run("summarize", "--color", "always", sample("sample-en.txt"))
    expect(b"\x1b[1m" in out and b"\x1b[32m+18%\x1b[0m" in out, "no colour with --color always")
    code, out, err = run("summarize", "--format", "markdown", "--color", "always",
                         sample("sample-en.txt"))
    expect(not ANSI.search(out), "escape codes in Markdown")


def run_pty(*args, env):
    """Runs the tool with standard output on a pseudo-terminal; returns (code, output)."""
    master, slave = os.openpty()
    p = subprocess.Popen([*WRAPPER, EXE, *args], stdin=subprocess.DEVNULL, stdout=slave,
                         stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    code = p.wait(timeout=600)
    expect_exit(code, 0, err)
    return b"".join(chunks)


@test
def colour_on_terminal_unless_no_color():
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    out = run_pty("summarize", sample("sample-zh.txt"), env=env)
    expect(b"\x1b[1m" in out and b"\x1b[32m+21%\x1b[0m" in out, "no colour on a terminal")
    expect(ANSI.sub(b"", out).count(b"\x1b") == 0, "stray escapes")
    out = run_pty("summarize", sample("sample-zh.txt"), env={**env, "NO_COLOR": "1"})
    expect(not ANSI.search(out), "colour despite NO_COLOR=1")
    out = run_pty("summarize", sample("sample-zh.txt"), env={**env, "NO_COLOR": ""})
    expect(ANSI.search(out), "an empty NO_COLOR turned colour off")
    out = run_pty("summarize", "--color", "never", sample("sample-zh.txt"), env=env)
    expect(not ANSI.search(out), "colour despite --color never")
    # the command line outranks the environment (https://no-color.org)
    out = run_pty("summarize", "--color", "always", sample("sample-zh.txt"),
                  env={**env, "NO_COLOR": "1"})
    expect(ANSI.search(out), "no colour with --color always")


@test
def label_languages():
    out = summarize("--lang", "ja", sample("sample-en.txt"))
    sections = text_sections(out)
    for h in ("主要業績", "セグメント別", "業績見通し・目標", "事業指標", "診断"):
        expect(h in sections, f"no {h} in {list(sections)}")
    has_row(sections["主要業績"], ("売上高", "$4.82 billion", "+18%"), "ja label")
    expect("12月決算" in sections[None][0], f"title {sections[None][0]}")
    out = summarize("--lang", "zh", sample("sample-ja.txt"))
    sections = text_sections(out)
    for h in ("主要业绩", "分部业绩", "业绩指引与目标", "运营数据"):
        expect(h in sections, f"no {h} in {list(sections)}")
    has_row(sections["主要业绩"], ("营业收入", "1,236.50億元"), "zh label")
    out = summarize("--labels", "en", sample("sample-zh.txt"))
    expect("Headline" in text_sections(out), "no English headings with --labels en")
    doc = json.loads(summarize("--format", "json", "--labels", "ja", sample("sample-en.txt")))
    expect(doc["labels"] == "ja" and doc["headline"][0]["label"] == "売上高",
           f"json labels {doc['labels']}")
    # --input-lang forces the language the file is read in; the labels follow --lang
    out = summarize("--input-lang", "ja", "--lang", "en", sample("sample-ja.txt"))
    expect("Headline" in text_sections(out), "no English headings with --input-lang ja")


@test
def output_file():
    path = scratch("out/summary.md", b"stale")
    code, out, err = run("summarize", "--format", "markdown", "-o", path, sample("sample-ja.txt"))
    expect_exit(code, 0, err)
    expect(out == b"", "output on stdout with -o")
    with open(path, "rb") as f:
        data = f.read().decode("utf-8")
    expect(data.startswith("## 蒼嶺テクノロジー") and "| 売上高" in data, "file content")
    unwritable = os.path.join(path, "nodir", "x")  # under a file, not a directory
    code, out, err = run("summarize", "-o", unwritable, sample("sample-ja.txt"))
    expect_exit(code, 1, err)


@test
def standard_input():
    with open(sample("sample-zh.txt"), "rb") as f:
        data = f.read()
    out = summarize("-", stdin=data)
    has_row(text_sections(out)["主要业绩"], ("营业收入", "386.72亿元", "+21%"), "stdin")
    doc = json.loads(summarize("--format", "json", "-", stdin=data))
    expect(doc["file"] == "-" and doc["issuer"] == "澄川科技控股有限公司", "stdin json")


@test
def several_files():
    out = summarize(sample("sample-en.txt"), sample("sample-zh.txt"))
    first, second = out.index("Harborline"), out.index("澄川科技")
    expect(first == 0 and out[second - 2:second] == "\n\n", "reports not one after the other")
    doc = json.loads(summarize("--format", "json", sample("sample-en.txt"),
                               sample("sample-zh.txt")))
    expect(isinstance(doc, list) and [d["issuer"] for d in doc]
           == ["Harborline Networks, Inc.", "澄川科技控股有限公司"], "json array")


@test
def missing_file_among_good_ones():
    missing = os.path.join(SAMPLES, "no-such-release.txt")
    for fmt in ("text", "json"):
        code, out, err = run("summarize", "--format", fmt, sample("sample-en.txt"), missing,
                             sample("sample-ja.txt"))
        expect_exit(code, 1, err)
        expect(f"{missing}: error: " in err, f"stderr: {err}")
        text = out.decode("utf-8")
        expect("Harborline" in text and "蒼嶺テクノロジー" in text, "good files not summarized")
    bad = scratch("bad.txt", b"Revenue was $1 billion.\n\xff\xfe broken\n")
    code, out, err = run("summarize", bad, sample("sample-en.txt"))
    expect_exit(code, 1, err)
    expect(re.search(re.escape(bad) + r":2:1: error: ", err), f"stderr: {err}")
    expect(b"Harborline" in out, "the good file not summarized")


@test
def usage_errors():
    en = sample("sample-en.txt")
    for args in (("--bogus", en), ("--format", "csv", en), ("--labels", "fr", en),
                 ("--lang", "fr", en), ("--color", "sometimes", en), ("--labels",), ()):
        code, out, err = run("summarize", *args)
        expect_exit(code, 2, err)
        expect(out == b"" and "usage: earnings summarize" in err, f"{args}: {err[:200]}")


@test
def help_exits_zero():
    code, out, err = run("summarize", "--help")
    expect_exit(code, 0, err)
    text = out.decode("utf-8")
    expect(text.startswith("usage: earnings summarize") and "--labels" in text
           and "NO_COLOR" in text, "usage")


@test
def input_language_option():
    # --lang is the input's language (shared with the other subcommands), not the labels'.
    out = summarize("--lang", "ja", sample("sample-ja.txt"))
    expect("主要業績" in text_sections(out), "ja labels for a ja release")


if __name__ == "__main__":
    sys.exit(main())
