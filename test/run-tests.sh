#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The one test command: configures and builds build/ if needed, runs every test suite and ends
# with a single line "N passed, N failed, N skipped" (TAP suites count each subtest).
# Extra arguments go to `meson test` (e.g. --suite cli, --setup valgrind).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -f build/build.ninja ]; then
  meson setup build || exit 1
fi
ninja -C build || exit 1

meson test -C build --print-errorlogs "$@"
status=$?

python3 - build/meson-logs/testlog.json <<'PY' || status=1
import json, re, sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        test = json.loads(line)
        result, out = test["result"], test.get("stdout") or ""
        tap = re.findall(r"^(not ok|ok)\b[^\n#]*(#\s*(\w+))?", out, re.M)
        if tap or re.search(r"^1\.\.\d+", out, re.M):
            bad = 0
            for verdict, _, directive in tap:
                directive = directive.upper()
                if directive == "SKIP":
                    skipped += 1
                elif verdict == "ok" or directive == "TODO":
                    passed += 1
                else:
                    bad += 1
            if not tap:
                skipped += 1  # "1..0": the whole suite was skipped
            # A TAP test that died after its last line still counts as a failure.
            failed += bad or (result not in ("OK", "SKIP", "EXPECTEDFAIL"))
        elif result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
PY
exit $status
