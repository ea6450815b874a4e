#!/bin/sh
# Builds the fixed synthetic test set if it is missing, then evaluates the committed ONNX models
# on it and on ../shared/anpr-dev (pass --set <dir> to evaluate another labelled folder instead).
set -e
cd "$(dirname "$0")"
[ -f cache/synth-test/labels.csv ] || /usr/bin/python3 make_synth_test.py
cd ..
exec npm run --silent anpr:eval -- "$@"
