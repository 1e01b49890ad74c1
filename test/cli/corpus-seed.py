# SPDX-License-Identifier: MIT
# Runs `earnings quantities` on the seed article in ../shared and checks it against the gold.
#
# usage: corpus-seed.py EARNINGS SHARED_DIR
# Every gold figure that has a value must appear as a quantity with exactly that value, one of
# the gold units and the kind the unit implies; names with digits (88VIP, Qwen3.5) and fiscal
# period labels must never come out as amounts. Exits 77 (skip) when SHARED_DIR is absent.
# EARN_TEST_WRAPPER, if set, is a command the tool runs under (e.g. valgrind with options).
import csv
import io
import os
import shlex
import subprocess
import sys
from decimal import Decimal

SKIP = 77
NAME = "alibaba-fy2026q3-ja"
AMOUNT_KINDS = {"money", "percent", "count"}
NOT_AMOUNTS = ("88VIP", "Qwen", "四半期")
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


def main():
    exe, shared = sys.argv[1], sys.argv[2]
    seed = os.path.join(shared, "corpus", "seed")
    text_path = os.path.join(seed, NAME + ".txt")
    gold_path = os.path.join(seed, NAME + ".gold.csv")
    if not (os.path.isfile(text_path) and os.path.isfile(gold_path)):
        print(f"SKIP: {seed} is absent (the shared corpus sits beside the project checkout)")
        return SKIP

    wrapper = shlex.split(os.environ.get("EARN_TEST_WRAPPER", ""))
    p = subprocess.run([*wrapper, exe, "quantities", text_path], capture_output=True, timeout=600)
    if p.returncode != 0:
        print(f"FAIL: earnings exited {p.returncode}: {p.stderr.decode(errors='replace')}")
        return 1
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
        if r["kind"] in AMOUNT_KINDS and any(word in r["text"] for word in NOT_AMOUNTS):
            failures.append(f"a name or period read as an amount: {r['kind']},{r['value']},"
                            f"{r['unit']} at [{r['start']},{r['end']}) {r['text']!r}")

    for line in failures:
        print("FAIL: " + line)
    print(f"{checked} gold figures checked, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
