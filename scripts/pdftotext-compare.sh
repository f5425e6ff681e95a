#!/usr/bin/env bash
# bilex's PDF stage against `pdftotext -raw` (poppler-utils) per file, each scored as CER against the
# file's truth (issue 12: "aim to beat pdftotext on every file"), run by hand:
#
#   scripts/pdftotext-compare.sh [DIR ...]      (default: bench/layouts devcorpus/pdf)
#
# One JVM, OCR off (org.bilex.bench.PdftotextCompare): bilex's text is the paragraphs of the PDF and
# text stages (as `evaluate --layouts` and DevCorpusTest read them); pdftotext's is `pdftotext -raw
# -enc UTF-8`. A PDF's truth is NAME.txt beside it or ../texts/NAME.md (the development corpus).
# Prints CER per file, the mean per folder, and the files where pdftotext wins; of the development
# corpus's test half only the aggregate is printed. Needs `pdftotext` (apt-get install poppler-utils).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
command -v pdftotext >/dev/null || { echo "pdftotext not found: apt-get install poppler-utils" >&2; exit 2; }
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(bench/layouts devcorpus/pdf)
mvn -q -B -o -DskipTests package test-compile >&2 || mvn -q -B -DskipTests package test-compile >&2
exec java -Xmx2g -cp "target/bilex.jar:target/test-classes" org.bilex.bench.PdftotextCompare "${args[@]}"
