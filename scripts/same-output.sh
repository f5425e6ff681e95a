#!/usr/bin/env bash
# Proves a change left the output byte-identical (run by hand around a performance change).
#
#   scripts/same-output.sh snapshot DIR   extract devcorpus/pdf into DIR (do this BEFORE the change)
#   scripts/same-output.sh compare DIR    (AFTER the change) extract devcorpus/pdf again into a
#                                         temporary folder and cmp every JSON with DIR's; and check
#                                         corpus/ against the committed output/ (bilex extract --check)
#
# Exit status 0 when everything is identical, 1 otherwise (each difference is named).
# BILEX_JAVA_OPTS is passed on to ./bilex as usual.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:?usage: $0 snapshot|compare DIR}"
dir="${2:?usage: $0 snapshot|compare DIR}"
extract() { # OUT
  ./bilex extract --force --progress=none -o "$1" devcorpus/pdf >/dev/null
}
case "$mode" in
  snapshot)
    rm -rf "$dir"
    extract "$dir"
    echo "snapshot: $(find "$dir" -name '*.json' ! -name 'run-report.json' ! -name '.bilex-manifest.json' | wc -l) JSON files in $dir"
    ;;
  compare)
    [ -d "$dir" ] || { echo "no snapshot $dir" >&2; exit 2; }
    now="$(mktemp -d)"
    trap 'rm -rf "$now"' EXIT
    extract "$now"
    status=0
    count=0
    while IFS= read -r -d '' f; do
      rel="${f#"$dir"/}"
      count=$((count + 1))
      if [ ! -f "$now/$rel" ]; then echo "missing: $rel"; status=1
      elif ! cmp -s "$f" "$now/$rel"; then echo "differs: $rel"; status=1; fi
    done < <(find "$dir" -name '*.json' ! -name 'run-report.json' ! -name '.bilex-manifest.json' -print0)
    extra="$(cd "$now" && find . -name '*.json' ! -name 'run-report.json' ! -name '.bilex-manifest.json' | wc -l)"
    [ "$extra" -eq "$count" ] || { echo "the new run has $extra JSON files, the snapshot $count"; status=1; }
    echo "devcorpus/pdf: $count JSON files compared"
    if ./bilex extract --check --progress=none -o output corpus >/dev/null; then
      echo "corpus/: identical to the committed output/"
    else
      echo "corpus/: differs from the committed output/"; status=1
    fi
    [ "$status" -eq 0 ] && echo "IDENTICAL" || echo "DIFFERENT"
    exit "$status"
    ;;
  *) echo "usage: $0 snapshot|compare DIR" >&2; exit 2 ;;
esac
