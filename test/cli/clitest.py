# SPDX-License-Identifier: MIT
"""Shared by the CLI test scripts: running the tool, scratch files, expectations and a TAP
runner. Each script is run as SCRIPT EARNINGS SAMPLES_DIR."""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

EXE = sys.argv[1]
WRAPPER = shlex.split(os.environ.get("EARN_TEST_WRAPPER", ""))
SAMPLES = sys.argv[2]
SCRATCH = tempfile.mkdtemp(prefix="earnings-cli-")
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


def run(*args, stdin=b"", env=None):
    """Runs the tool; returns (exit code, stdout bytes, stderr text)."""
    p = subprocess.run([*WRAPPER, EXE, *args], input=stdin, capture_output=True, timeout=600,
                       env=env)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def scratch(name, data):
    path = os.path.join(SCRATCH, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path


def expect(cond, what):
    if not cond:
        raise AssertionError(what)


def expect_exit(got, want, err):
    expect(got == want, f"exit {got}, expected {want}; stderr: {err.strip()[:300]}")


def main():
    print(f"1..{len(TESTS)}")
    failed = 0
    for i, fn in enumerate(TESTS, 1):
        try:
            fn()
            print(f"ok {i} - {fn.__name__}")
        except Exception as e:  # a failed expectation or a tool that misbehaved
            failed += 1
            print(f"not ok {i} - {fn.__name__}")
            for line in str(e).splitlines() or [type(e).__name__]:
                print(f"# {line}")
    shutil.rmtree(SCRATCH, ignore_errors=True)
    return 1 if failed else 0
