#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regression tests: one file per fixed bug. Each NAME.txt starts with header lines:
    # bug: what went wrong
    # expect: kind,value,unit,text     a row `earnings quantities` must print (low/high too for
                                       ranges: kind,low-high,unit,text)
    # reject: kind,text                no row of that kind may have that text
and the input follows the first line that is not a header. Usage: run.py EARNINGS DIR"""
import csv
import io
import os
import subprocess
import sys
import tempfile


def amount(row):
    if row['value'] or not row['low']:
        return row['value']
    return row['low'] + '-' + row['high']


def main() -> int:
    tool, folder = sys.argv[1], sys.argv[2]
    failures = passed = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.txt'):
            continue
        lines = open(os.path.join(folder, name), encoding='utf-8').read().split('\n')
        headers = []
        while lines and lines[0].startswith('# '):
            headers.append(lines.pop(0)[2:])
        with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
            f.write('\n'.join(lines))
        out = subprocess.run([tool, 'quantities', f.name], capture_output=True, text=True)
        os.unlink(f.name)
        rows = list(csv.DictReader(io.StringIO(out.stdout)))
        got = {(r['kind'], amount(r), r['unit'], r['text']) for r in rows}
        problems = []
        for h in headers:
            key, _, spec = h.partition(': ')
            if key == 'expect':
                want = tuple(next(csv.reader([spec])))
                if want not in got:
                    problems.append('missing ' + spec)
            elif key == 'reject':
                kind, text = next(csv.reader([spec]))
                if any(r['kind'] == kind and r['text'] == text for r in rows):
                    problems.append('unwanted ' + spec)
        if out.returncode != 0:
            problems.append('exit %d: %s' % (out.returncode, out.stderr.strip()))
        if problems:
            failures += 1
            print('not ok %s: %s' % (name, '; '.join(problems)))
            for r in rows:
                print('   ', r['kind'], amount(r), r['unit'], repr(r['text']))
        else:
            passed += 1
            print('ok %s' % name)
    print('%d passed, %d failed' % (passed, failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
