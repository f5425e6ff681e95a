#!/usr/bin/env bash
# The PDF stage against PDFBox's plain PDFTextStripper (issue 12: "PDF stage time per page within
# 1.3x plain PDFTextStripper on the same files"), run by hand:
#
#   scripts/pdf-stage-bench.sh [ROUNDS] [PDF|DIR ...]     (default: 10 rounds, corpus/ ../shared/pdf-real devcorpus/pdf)
#
# One JVM, one thread, OCR off (org.bilex.bench.PdfStageBench): each round reads every file with
# PdfBoxReader and with PDFTextStripper (both load the file), alternating which goes first; three
# warm-up rounds; prints the medians over rounds of wall and thread CPU time per page, their ratios,
# and the load average. On a shared machine go by the CPU ratio.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
rounds=10
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then rounds="$1"; shift; fi
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(corpus ../shared/pdf-real devcorpus/pdf)
mvn -q -B -o -DskipTests package test-compile >&2 || mvn -q -B -DskipTests package test-compile >&2
exec java -Xmx2g -cp "target/bilex.jar:target/test-classes" org.bilex.bench.PdfStageBench "$rounds" "${args[@]}"
