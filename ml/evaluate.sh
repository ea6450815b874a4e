#!/bin/sh
# npm run anpr:eval. Builds the fixed synthetic test set when it is missing (seeded; the Debian fonts and
# backgrounds it draws on are installed first, so every machine gets the same set), then evaluates the
# committed ONNX models on it and on ../shared/anpr-dev (pass --set <dir> to evaluate another folder).
set -e
cd "$(dirname "$0")"
if [ ! -f cache/synth-test/labels.csv ]; then
  sh install-generator-deps.sh
  /usr/bin/python3 make_synth_test.py
fi
cd ..
exec npx tsx scripts/anpr-eval.ts "$@"
