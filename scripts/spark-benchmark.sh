#!/usr/bin/env bash
# Benchmark of the Spark job in local mode against `bilex extract -j 2` on the same PDFs (issue 16),
# run by hand (not part of the tests); see docs/spark.md.
#
#   scripts/spark-benchmark.sh [N] [SOURCE_DIR...]
#
# Copies the PDFs of SOURCE_DIR (default: corpus ../shared/pdf-real devcorpus/pdf, 116 pages
# with N=1; N=4 gives about 460) N times (default 1) into a temporary folder, then runs, each as a whole fresh process
# with the same heap and OCR off, alternating, BENCH_ROUNDS times (default 1):
#   ./bilex extract -j 2 --force     (the CLI on two cores, as the README runs it: its class-data archive too)
#   scripts/spark-extract.sh with BILEX_SPARK_MASTER=local[2] --force   (the job, local mode, two cores, its own
#   class-data archive; both archives are made by a warm-up run of each first)
# and prints the wall seconds of each, pages/s, the ratio Spark/CLI (issue 16 asks for <= 1.25), the
# job's pages per core-second (the projected throughput per executor core on a cluster, where the
# start-up and the driver's work are shared by many cores) and whether every JSON is the same bytes.
# BENCH_JAVA_OPTS sets the heap (default -Xmx3g). The load average is printed before and after: on a
# shared machine, compare ratios, not seconds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
n="${1:-1}"
shift || true
sources=("$@")
[ ${#sources[@]} -eq 0 ] && sources=(corpus ../shared/pdf-real devcorpus/pdf)
rounds="${BENCH_ROUNDS:-1}"
opts="${BENCH_JAVA_OPTS:--Xmx3g}"

echo "benchmark: building ..." >&2
mvn -q -B -o -DskipTests package >&2 || mvn -q -B -DskipTests package >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for ((i = 1; i <= n; i++)); do
  mkdir -p "$work/in/copy-$i"
  for src in "${sources[@]}"; do
    [ -d "$src" ] || continue
    find -L "$src" -maxdepth 1 -iname '*.pdf' -type f -exec cp {} "$work/in/copy-$i/" \;
  done
done
echo "benchmark: $(find "$work/in" -name '*.pdf' | wc -l) PDFs; load average $(cut -d' ' -f1-3 /proc/loadavg)"

# warm-up: each command's first run after a build writes its class-data archive (slower); not timed
./bilex extract --no-ocr --progress none -o "$work/warm-cli" corpus >/dev/null 2>&1 || true
BILEX_SPARK_MASTER='local[2]' scripts/spark-extract.sh --input corpus --output "$work/warm-spark" --no-ocr >/dev/null 2>&1 || true
seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
for ((r = 1; r <= rounds; r++)); do
  rm -rf "$work/cli" "$work/spark"
  t0=$(date +%s.%N)
  BILEX_JAVA_OPTS="$opts" ./bilex extract -j 2 --no-ocr --force --progress none -o "$work/cli" "$work/in" 2>"$work/cli.err" || true
  t1=$(date +%s.%N)
  BILEX_JAVA_OPTS="$opts" BILEX_SPARK_MASTER='local[2]' scripts/spark-extract.sh --input "$work/in" --output "$work/spark" \
    --no-ocr --force 2>"$work/spark.err" || true
  t2=$(date +%s.%N)
  cli=$(seconds "$t0" "$t1")
  spk=$(seconds "$t1" "$t2")
  python3 - "$work" "$cli" "$spk" <<'PY'
import json, sys, os, filecmp
work, cli, spk = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
c = json.load(open(f"{work}/cli/run-report.json"))
s = json.load(open(f"{work}/spark/run-report.json"))
pages = c["totals"]["pages"]
same = differ = 0
for root, _, files in os.walk(f"{work}/cli"):
    for f in files:
        if not f.endswith(".json") or f.startswith(".") or f == "run-report.json": continue
        rel = os.path.relpath(os.path.join(root, f), f"{work}/cli")
        other = os.path.join(work, "spark", "json", rel)
        if os.path.exists(other) and filecmp.cmp(os.path.join(root, f), other, shallow=False): same += 1
        else: differ += 1
print(f"CLI  -j 2     : {cli:7.1f} s  {pages / cli:5.2f} pages/s  ({c['totals']['extracted']} extracted, {c['totals']['failed']} failed, {pages} pages)")
print(f"Spark local[2]: {spk:7.1f} s  {s['totals']['pages'] / spk:5.2f} pages/s  ({s['totals']['extracted']} extracted, {s['totals']['failed']} failed; job's own {s['timing']['seconds']} s)")
print(f"Spark / CLI   : {spk / cli:.2f}x   (issue 16: <= 1.25)")
print(f"per executor core: {s['timing']['pages_per_core_second']} pages/s (pages over task seconds) = {s['timing']['pages_per_core_second'] * 3600:.0f} pages/h")
print(f"JSON: {same} the same bytes, {differ} differ or missing")
PY
done
echo "benchmark: load average $(cut -d' ' -f1-3 /proc/loadavg)"
