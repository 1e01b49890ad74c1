#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Regression tests: one file per fixed bug. Each NAME.txt starts with header lines:
    # bug: what went wrong
    # expect: kind,value,unit,text     a row `earnings quantities` must print (low/high too for
                                       ranges: kind,low-high,unit,text)
    # reject: kind,text                no row of that kind may have that text
    # fact: metric,period,value,unit,yoy_pct,qoq_pct
                                       a row `earnings extract` must print (empty cells must
                                       be empty)
    # no-fact: metric,value            no fact of that metric may have that value
    # diagnostic: words                `earnings extract` must report a diagnostic with them
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


def check_facts(tool, headers, text):
    """The fact headers of one file against `earnings extract` on its input."""
    keys = ('fact', 'no-fact', 'diagnostic')
    if not any(h.partition(': ')[0] in keys for h in headers):
        return []
    out = subprocess.run([tool, 'extract', '-'], input=text, capture_output=True, text=True)
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    got = {(r['metric'], r['period'], r['value'], r['unit'], r['yoy_pct'], r['qoq_pct'])
           for r in rows}
    problems = []
    if out.returncode != 0:
        problems.append('extract exit %d: %s' % (out.returncode, out.stderr.strip()))
    for h in headers:
        key, _, spec = h.partition(': ')
        if key == 'fact' and tuple(next(csv.reader([spec]))) not in got:
            problems.append('missing fact ' + spec)
        elif key == 'no-fact':
            metric, value = next(csv.reader([spec]))
            if any(r['metric'] == metric and r['value'] == value for r in rows):
                problems.append('unwanted fact ' + spec)
        elif key == 'diagnostic' and spec not in out.stderr:
            problems.append('no diagnostic "%s" in %r' % (spec, out.stderr))
    if problems:
        problems.append('facts printed: ' + ' | '.join(','.join(t) for t in sorted(got)))
    return problems


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
        problems += check_facts(tool, headers, '\n'.join(lines))
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
