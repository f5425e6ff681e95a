#!/usr/bin/env bash
# Extracts the development corpus's PDFs and scores them against its gold, overall and per split half
# (each table per language, type and predicate, with relation error classes); see README, "Evaluation".
#
#   scripts/devcorpus-eval.sh [DEVCORPUS_DIR] [OUT_DIR]      (defaults: devcorpus, target/devcorpus-output)
#
# The `test` half is also checked against DEVCORPUS_DIR/floors.tsv: the script exits 1 when a score is
# below its floor (as org.bilex.eval.DevCorpusTest does in `mvn test`).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
dc="${1:-devcorpus}"
out="${2:-target/devcorpus-output}"
if ! ls "$dc"/pdf/*.pdf >/dev/null 2>&1; then
  echo "devcorpus-eval: no PDF in $dc/pdf (typeset the texts with scripts/typeset-devcorpus.py)" >&2
  exit 2
fi
./bilex extract --progress none -o "$out" "$dc/pdf"
if ! ls "$dc"/gold/*.gold.json >/dev/null 2>&1; then
  echo "devcorpus-eval: no gold in $dc/gold yet: nothing to score" >&2
  exit 2
fi
echo "=== all documents"
./bilex evaluate --gold "$dc/gold" --split "$dc/split.tsv" "$out"
echo
echo "=== tune half"
./bilex evaluate --gold "$dc/gold" --split "$dc/split.tsv" --only tune "$out"
echo
echo "=== test half (checked against $dc/floors.tsv)"
./bilex evaluate --gold "$dc/gold" --split "$dc/split.tsv" --only test --floors "$dc/floors.tsv" "$out"
