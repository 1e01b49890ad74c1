# SPDX-License-Identifier: MIT
# The tool's CSV opened by LibreOffice (headless, with formula evaluation on, the riskiest
# import): cells that would run as formulas (=HYPERLINK(...), +1+1, @SUM, tab-led) show as text,
# and numbers stay numbers. Skips when LibreOffice (soffice) is not installed.
import html
import os
import re
import shutil
import subprocess
import sys
import zipfile

from clitest import SCRATCH, expect, expect_exit, main, run, scratch, test

HOSTILE = ['=HYPERLINK("http://example.com","click")', "+1+1", "@SUM(A1:A2)", "\tTabbed",
           "-2+3", "=1+1"]


def ods_cells(path):
    """(value-type, has-formula, shown text) of every cell of the first sheet of an .ods."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
    cells = []
    for attrs, body in re.findall(r"<table:table-cell([^>]*)>(.*?)</table:table-cell>", xml, re.S):
        kind = re.search(r'office:value-type="([^"]+)"', attrs)
        text = html.unescape(re.sub(r"<[^>]+>", "", body))
        cells.append((kind.group(1) if kind else "", "table:formula" in attrs, text))
    return cells


def open_in_calc(csv_path):
    outdir = os.path.join(SCRATCH, "ods")
    profile = "file://" + os.path.join(SCRATCH, "lo-profile")
    # CSV import options: comma, double quote, UTF-8, from line 1, ..., evaluate formulas on.
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--infilter=CSV:44,34,76,1,,0,false,true,false,false,false,true",
                    "--convert-to", "ods", "--outdir", outdir, csv_path],
                   capture_output=True, timeout=300, check=True)
    return ods_cells(os.path.join(outdir, os.path.basename(csv_path)[:-4] + ".ods"))


@test
def hostile_cells_are_text():
    rows = ["metric,segment,period,value,unit"]
    for i, cell in enumerate(HOSTILE):
        quoted = '"' + cell.replace('"', '""') + '"'
        rows.append(f"revenue,{quoted},FY2025,{(i + 1) * 1000},USD")
    rows.append("net_income,,FY2025,-5000000,USD")
    facts = scratch("hostile.csv", ("\n".join(rows) + "\n").encode())
    out = os.path.join(SCRATCH, "analysis.csv")
    code, _, err = run("analyze", "--format", "csv", "-o", out, facts)
    expect_exit(code, 0, err)
    cells = open_in_calc(out)
    expect(not any(formula for _, formula, _ in cells), "a cell was read as a formula")
    texts = {text: kind for kind, _, text in cells}
    for cell in HOSTILE:  # shown after the guarding ' (LibreOffice keeps it in the text)
        got = [k for t, k in texts.items() if t.lstrip("'").strip() == cell.strip()]
        expect(got and all(k == "string" for k in got), f"{cell!r} is not text: {got}")
    for number in ("-5000000", "1000", "6000"):
        expect(texts.get(number) == "float", f"{number} is not a number: {texts.get(number)}")


if __name__ == "__main__":
    if not shutil.which("soffice"):
        print("1..0 # SKIP LibreOffice (soffice) is not installed")
        sys.exit(0)
    sys.exit(main())
