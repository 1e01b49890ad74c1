# SPDX-License-Identifier: MIT
# Scores `earnings extract --format csv` on the shared corpora with their own scorer, as TAP,
# and holds each corpus to the bar of the facts issue: on seed every required fact found,
# precision at least 0.95 and the report period right; on en, zh and the text documents of ja
# an F1 of at least 0.85.
#
# usage: score-corpora.py EARNINGS SHARED_DIR
# Skips (a TAP plan of 1..0) when SHARED_DIR is absent: the shared corpora are not part of the
# project.
import glob
import os
import re
import subprocess
import sys

EXE, SHARED = sys.argv[1], sys.argv[2]
SCORER = os.path.join(SHARED, "eval", "score.py")
LINE = re.compile(r"score: recall_required=([\d.]+) precision=([\d.]+) f1=([\d.]+)")


def score(paths):
    """Runs the scorer on the given documents; returns (recall, precision, f1, output)."""
    p = subprocess.run([sys.executable, SCORER, "-v", "--run", f"{EXE} extract --format csv",
                        *paths], capture_output=True, text=True, timeout=600)
    m = LINE.search(p.stdout)
    if not m:
        raise AssertionError(f"no score line: {p.stdout[-400:]} {p.stderr[-400:]}")
    return float(m[1]), float(m[2]), float(m[3]), p.stdout


def corpus(name, pattern="*"):
    docs = sorted(glob.glob(os.path.join(SHARED, "corpus", name, pattern)))
    return [d for d in docs if os.path.exists(os.path.splitext(d)[0] + ".gold.csv")]


def main():
    if not os.path.isfile(SCORER):
        print(f"1..0 # SKIP {SHARED} is absent: no shared corpora to score")
        return 0
    checks = [
        ("seed", corpus("seed", "*.txt"), lambda r, p, f, out:
            r == 1.0 and p >= 0.95 and "period WRONG" not in out and "period ok" in out),
        ("en", corpus("en"), lambda r, p, f, out: f >= 0.85),
        ("zh", corpus("zh", "*.txt"), lambda r, p, f, out: f >= 0.85),
        ("ja-txt", corpus("ja", "*.txt"), lambda r, p, f, out: f >= 0.85),
    ]
    print(f"1..{len(checks)}")
    failed = 0
    for i, (name, docs, ok) in enumerate(checks, 1):
        try:
            if not docs:
                print(f"ok {i} - {name} # SKIP no documents with gold")
                continue
            r, p, f, out = score(docs)
            verdict = ok(r, p, f, out)
            print(f"{'ok' if verdict else 'not ok'} {i} - {name}: recall_required={r:.3f} "
                  f"precision={p:.3f} f1={f:.3f}")
            if not verdict:
                failed += 1
                for line in out.splitlines():
                    print(f"# {line}")
        except Exception as e:  # the scorer or the tool misbehaved
            failed += 1
            print(f"not ok {i} - {name}\n# {e}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
