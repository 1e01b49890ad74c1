#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs an example and checks that each expected line pattern appears in its output.
# usage: check-output.sh EXAMPLE [FILE...] -- REGEX...
# EARN_TEST_WRAPPER, if set, is a command the example runs under (e.g. valgrind with options).
set -eu
exe=$1
shift
args=
while [ "$1" != "--" ]; do
  args="$args $1"
  shift
done
shift
out=$(${EARN_TEST_WRAPPER:-} "$exe" $args)
status=0
for pattern in "$@"; do
  if ! printf '%s\n' "$out" | grep -Eq -- "$pattern"; then
    echo "missing: $pattern"
    status=1
  fi
done
if [ $status -ne 0 ]; then
  echo "output was:"
  printf '%s\n' "$out"
fi
exit $status
