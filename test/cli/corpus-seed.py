# SPDX-License-Identifier: MIT
# Runs `earnings quantities` on each document of ../shared/corpus/seed and checks it against
# its gold.
#
# usage: corpus-seed.py EARNINGS SHARED_DIR
# Every gold figure that has a value must appear as a quantity with exactly that value, one of
# the gold units and the kind the unit implies; names with digits (letters touching digits)
# and period words must never come out as amounts. Exits 77 (skip) when SHARED_DIR is absent.
# EARN_TEST_WRAPPER, if set, is a command the tool runs under (e.g. valgrind with options).
import csv
import re
import io
import os
import shlex
import subprocess
import sys
from decimal import Decimal

SKIP = 77
AMOUNT_KINDS = {"money", "percent", "count"}
# A name is letters touching digits (a model or programme name); a period word makes a count of
# quarters a duration. Neither may be an amount.
NOT_AMOUNT = re.compile(r"(?<![A-Z]{2})[A-Za-z]\d|\d[A-Z]{2,}|四半期|季度")  # not RMB1.2
MONEY_METRICS = {"revenue", "ebita", "net_income", "operating_income", "profit"}
COUNT_METRICS = {"users", "members", "customers", "shipments", "organizations"}


def expected_kind(metric, unit):
    """The quantity kind a gold row's figure must have."""
    if unit == "pct":
        return "percent"
    if unit == "pp":
        return "pp"
    if unit == "x":
        return "multiple"
    if len(unit) == 3 and unit.isupper():
        return "money"
    metrics = set(metric.split("|"))
    if metrics & MONEY_METRICS:
        return "money"
    return "count"


def check(exe, text_path, gold_path):
    """The failures for one document and how many gold figures it checked."""
    wrapper = shlex.split(os.environ.get("EARN_TEST_WRAPPER", ""))
    p = subprocess.run([*wrapper, exe, "quantities", text_path], capture_output=True, timeout=600)
    if p.returncode != 0:
        return [f"earnings exited {p.returncode}: {p.stderr.decode(errors='replace')}"], 0
    rows = list(csv.DictReader(io.StringIO(p.stdout.decode("utf-8"), newline="")))
    print(f"{len(rows)} quantities read from {text_path}")

    failures = []
    with open(gold_path, encoding="utf-8", newline="") as f:
        gold = list(csv.DictReader(f))
    checked = 0
    for g in gold:
        if not g["value"]:
            continue
        checked += 1
        want = Decimal(g["value"])
        units = g["unit"].split("|")
        kinds = {expected_kind(g["metric"], u) for u in units}
        hits = [r for r in rows if r["value"] and Decimal(r["value"]) == want
                and r["unit"] in units and r["kind"] in kinds]
        if not hits:
            near = [f"{r['kind']},{r['value']},{r['unit']} {r['text']!r}" for r in rows
                    if r["value"] and Decimal(r["value"]) == want]
            failures.append(f"{g['id']}: no {'/'.join(sorted(kinds))} {g['value']} "
                            f"{g['unit']} ({g['note']}); same value: {near or 'none'}")
        elif g["qualifier"] and all(r["qualifier"] != g["qualifier"] for r in hits):
            failures.append(f"{g['id']}: qualifier {g['qualifier']} expected, got "
                            f"{sorted({r['qualifier'] for r in hits})}")

    # The stated growth rates are figures too: each must be a percentage in the text, a lower
    # bound (at_least) where the gold says so (三桁成長 = at least 100%).
    for g in gold:
        if not g.get("yoy_pct"):
            continue
        checked += 1
        want = Decimal(g["yoy_pct"])
        qual = "at_least" if g.get("yoy_qualifier") == "at_least" else "exact"
        if not any(r["kind"] == "percent" and r["value"] and Decimal(r["value"]) == want
                   and r["qualifier"] == qual for r in rows):
            failures.append(f"{g['id']}: no percent {g['yoy_pct']} ({qual}) for its growth rate")

    for r in rows:
        if r["kind"] in AMOUNT_KINDS and NOT_AMOUNT.search(r["text"]):
            failures.append(f"a name or period read as an amount: {r['kind']},{r['value']},"
                            f"{r['unit']} at [{r['start']},{r['end']}) {r['text']!r}")
    return failures, checked


def main():
    exe, shared = sys.argv[1], sys.argv[2]
    seed = os.path.join(shared, "corpus", "seed")
    docs = sorted(os.path.join(seed, n) for n in os.listdir(seed)) if os.path.isdir(seed) else []
    docs = [d for d in docs if d.endswith(".txt") and os.path.isfile(d[:-4] + ".gold.csv")]
    if not docs:
        print(f"SKIP: {seed} is absent (the shared corpus sits beside the project checkout)")
        return SKIP
    failures, checked = [], 0
    for doc in docs:
        found, n = check(exe, doc, doc[:-4] + ".gold.csv")
        failures += [f"{os.path.basename(doc)}: {line}" for line in found]
        checked += n
    for line in failures:
        print("FAIL: " + line)
    print(f"{checked} gold figures checked, {len(failures)} failures")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main())
