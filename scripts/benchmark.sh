#!/usr/bin/env bash
# Benchmark of batch extraction, run by hand (not part of the tests); see README, "Batch runs".
#
#   scripts/benchmark.sh [N] [SOURCE_DIR...]
#
# First a cold one-page run, whole process, BENCH_ROUNDS times (default 3) alternating:
#   ./bilex extract --force on BENCH_ONE (default: a one-page dev-corpus PDF; lexicon cache warm)
#   a fresh JVM running PDFBox's plain PDFTextStripper on the same file
# and prints the median seconds of each and their ratio.
# Then copies the PDFs of SOURCE_DIR (default: corpus/) N times (default 20) into a temporary
# folder (for ~400 pages: scripts/benchmark.sh 1 corpus ../shared/pdf-real devcorpus/pdf ...), and
# measures, each in a fresh JVM with the same heap limit, alternating bilex and PDFBox:
#   bilex  --jobs 1 and --jobs 2 (OCR off, a fresh output folder, models/ loaded once and timed apart)
#   PDFBox's plain PDFTextStripper on the same files with 1 and 2 threads
# and prints documents/s, pages/s and peak memory for each, and the ratio of PDFBox's pages/s to
# bilex's: the PDF has to be parsed anyway, so that ratio is bilex's overhead.
# BENCH_JAVA_OPTS sets the JVM options (default -Xmx2g). The machine's load average is printed
# before and after: on a shared machine, compare ratios, not seconds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
n="${1:-20}"
shift || true
sources=("$@")
[ ${#sources[@]} -eq 0 ] && sources=(corpus)
opts="${BENCH_JAVA_OPTS:--Xmx2g}"

echo "benchmark: building ..." >&2
mvn -q -B -o -DskipTests package test-compile >&2 || mvn -q -B -DskipTests package test-compile >&2
cp="target/bilex.jar:target/test-classes"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
files=0
for ((i = 1; i <= n; i++)); do
  mkdir -p "$work/in/copy-$i"
  for src in "${sources[@]}"; do
    while IFS= read -r -d '' f; do
      cp "$f" "$work/in/copy-$i/"
      files=$((files + 1))
    done < <(find "$src" -type f -iname '*.pdf' -print0)
  done
done
echo "benchmark: ${files} PDFs (${sources[*]} x ${n}) on $(nproc) cores, java ${opts}, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" >&2

one="${BENCH_ONE:-devcorpus/pdf/en_02_bet-bromodomain-c-myc.pdf}"
rounds="${BENCH_ROUNDS:-3}"
mkdir -p "$work/one"
cp "$one" "$work/one/"
./bilex extract --force --progress=none -o "$work/one-out" "$work/one" >/dev/null 2>&1 # the lexicon cache, warm
secs() { local a b; a=$(date +%s.%N); "$@" >/dev/null 2>&1; b=$(date +%s.%N); echo "$b - $a" | bc -l; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
bt=(); pt=()
for ((r = 1; r <= rounds; r++)); do
  bt+=("$(secs env BILEX_JAVA_OPTS="${BILEX_JAVA_OPTS:-}" ./bilex extract --force --no-ocr --progress=none -o "$work/one-out" "$work/one")")
  rm -rf "$work/one-pdfbox"
  pt+=("$(secs java $opts -cp "$cp" org.bilex.batch.BatchBenchmark pdfbox 1 "$work/one" "$work/one-pdfbox")")
done
b1="$(printf '%s\n' "${bt[@]}" | median)"; p1="$(printf '%s\n' "${pt[@]}" | median)"
awk -v b="$b1" -v p="$p1" -v f="$one" 'BEGIN { printf "one page, whole process (median of the runs): bilex %.2f s, PDFTextStripper %.2f s: %.2fx (%s)\n", b, p, b / p, f }'

results=()
for jobs in 1 2; do
  for mode in bilex pdfbox; do
    rm -rf "$work/out"
    line="$(java $opts -cp "$cp" org.bilex.batch.BatchBenchmark "$mode" "$jobs" "$work/in" "$work/out" 2>/dev/null | tail -1)"
    echo "$line"
    results+=("$line")
  done
done

field() { sed -E "s/(^|.* )$1=([^ ]+).*/\2/" <<<"$2"; }
echo
printf '%-8s %4s %6s %6s %8s %8s %9s %10s %14s %9s\n' mode jobs docs pages seconds docs/s pages/s heap_MiB live_heap_MiB rss_MiB
for r in "${results[@]}"; do
  printf '%-8s %4s %6s %6s %8s %8s %9s %10s %14s %9s\n' "$(field mode "$r")" "$(field jobs "$r")" "$(field docs "$r")" \
    "$(field pages "$r")" "$(field seconds "$r")" "$(field docs_per_s "$r")" "$(field pages_per_s "$r")" \
    "$(field peak_heap_mb "$r")" "$(field peak_live_heap_mb "$r")" "$(field peak_rss_mb "$r")"
done
echo
for jobs in 1 2; do
  b="$(printf '%s\n' "${results[@]}" | grep "mode=bilex jobs=$jobs ")"
  p="$(printf '%s\n' "${results[@]}" | grep "mode=pdfbox jobs=$jobs ")"
  awk -v b="$(field pages_per_s "$b")" -v p="$(field pages_per_s "$p")" -v j="$jobs" \
    'BEGIN { printf "jobs %d: PDFTextStripper %.1f pages/s, bilex %.1f pages/s: bilex takes %.1fx the time of parsing alone\n", j, p, b, p / b }'
done
echo "models/ loaded in $(field models_load_s "${results[0]}") s (once per run, not counted above); load average now $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
