#!/usr/bin/env bash
# Fuzzing by hand: N mutated copies (default 200) of the corpus PDF and the PDFs of ../shared/pdf-real
# (or of the PDFs given), extracted by one bilex run; prints the counts by status and reason, the
# stderr lines per failed file, and flags what must not happen: internal errors, timeouts (hangs past
# the limit), partial or temporary outputs, inputs missing from the report.
#
#   scripts/fuzz.sh [N] [-j JOBS] [--timeout TIME] [--seed S] [PDF…]
#
# Work happens in a fresh temporary folder (kept, named at the end). Exit 1 if any of the above happened.
set -euo pipefail
cd "$(dirname "$0")/.."
n=200; jobs=1; timeout=60s; seed=14
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then n=$1; shift; fi
srcs=()
while [ $# -gt 0 ]; do
  case "$1" in
    -j) jobs=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    *) srcs+=("$1"); shift ;;
  esac
done
if [ ${#srcs[@]} -eq 0 ]; then
  srcs=(corpus/*.pdf)
  for f in ../shared/pdf-real/*.pdf; do [ -f "$f" ] && srcs+=("$f"); done
fi
[ -f target/bilex.jar ] && [ -z "$(find src/main pom.xml -newer target/bilex.jar -print -quit)" ] || mvn -q -B -o -DskipTests package >&2
mvn -q -B -o test-compile >&2
work="$(mktemp -d "${TMPDIR:-/tmp}/bilex-fuzz.XXXXXX")"
echo "fuzz: $n mutants of ${#srcs[@]} PDFs (seed $seed) in $work" >&2
# a copy of the jar and test classes: rebuilding the checkout during a long run must not change them under it
cp target/bilex.jar "$work/bilex.jar"
cp -r target/test-classes "$work/test-classes"
java -cp "$work/test-classes" org.bilex.fuzz.Mutants "$work/in" "$n" "$seed" "${srcs[@]}"
start=$(date +%s)
set +e
java ${BILEX_JAVA_OPTS:--Xmx2g} -jar "$work/bilex.jar" extract --no-ocr --progress none -j "$jobs" --timeout "$timeout" \
  -o "$work/out" "$work/in" 2>"$work/stderr.txt"
rc=$?
set -e
secs=$(( $(date +%s) - start ))
java -cp "$work/test-classes:$work/bilex.jar" org.bilex.fuzz.FuzzSummary "$work/in" "$work/out" "$work/stderr.txt" "$rc" "$secs"
