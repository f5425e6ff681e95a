#!/usr/bin/env bash
# Memory benchmark of a large batch, run by hand (not part of the tests); see README, "Memory".
#
#   scripts/memory-benchmark.sh [FILES] [SOURCE_DIR...]
#
# Copies the PDFs of SOURCE_DIR (default: corpus/ ../shared/pdf-real devcorpus/pdf) round-robin
# under distinct names until there are FILES of them (default 1000), then runs one
#   ./bilex extract --jobs ${BENCH_JOBS:-2} --no-ocr --force
# over them with BILEX_JAVA_OPTS (default: the README's batch setting, -Xmx400m -XX:+UseSerialGC)
# and samples the process's resident set (VmRSS) every second. Prints the files, pages and
# seconds, the peak RSS, the peak RSS of the first and of the second half of the run (equal when
# memory stays flat however many files are done) and the exit status. OCR is off, as in
# scripts/benchmark.sh: Tesseract runs as a separate process, outside the JVM's memory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
want="${1:-1000}"
shift || true
sources=("$@")
[ ${#sources[@]} -eq 0 ] && sources=(corpus ../shared/pdf-real devcorpus/pdf)
opts="${BILEX_JAVA_OPTS:--Xmx400m -XX:+UseSerialGC}"
jobs="${BENCH_JOBS:-2}"

mvn -q -B -o -DskipTests package >&2 || mvn -q -B -DskipTests package >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
mapfile -d '' pdfs < <(for s in "${sources[@]}"; do find "$s" -type f -iname '*.pdf' -print0; done | sort -z)
[ ${#pdfs[@]} -gt 0 ] || { echo "memory-benchmark: no PDFs under ${sources[*]}" >&2; exit 2; }
for ((i = 0; i < want; i++)); do
  f="${pdfs[$((i % ${#pdfs[@]}))]}"
  cp "$f" "$work/in/$(printf '%05d' "$i")-$(basename "$f")"
done
echo "memory-benchmark: $want PDFs (${#pdfs[@]} distinct, from ${sources[*]}) on $(nproc) cores, --jobs $jobs, java $opts, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

start=$(date +%s)
env BILEX_JAVA_OPTS="$opts" ./bilex extract --jobs "$jobs" --no-ocr --force --progress=none \
  -o "$work/out" "$work/in" >"$work/stdout" 2>"$work/stderr" &
shell=$!
: >"$work/rss"
while kill -0 "$shell" 2>/dev/null; do
  # the JVM is the shell script's exec'd process (./bilex execs java), so its pid is $shell
  awk '/^VmRSS:/ { print $2 }' "/proc/$shell/status" 2>/dev/null >>"$work/rss" || true
  sleep 1
done
status=0
wait "$shell" || status=$?
secs=$(( $(date +%s) - start ))
pages=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(sum(f.get("pages") or 0 for f in r["files"]))' "$work/out/run-report.json" 2>/dev/null || echo '?')
awk -v files="$want" -v pages="$pages" -v secs="$secs" -v status="$status" '
  { v[NR] = $1; if ($1 > peak) peak = $1 }
  END {
    h = int(NR / 2); for (i = 1; i <= NR; i++) { if (i <= h) { if (v[i] > a) a = v[i] } else if (v[i] > b) b = v[i] }
    printf "files %d, pages %s, %d s, peak RSS %.0f MiB (first half %.0f, second half %.0f), exit status %d\n",
      files, pages, secs, peak / 1024, a / 1024, b / 1024, status
  }' "$work/rss"
grep -v '^$' "$work/stderr" | tail -5 >&2 || true
