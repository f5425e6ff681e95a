#!/usr/bin/env bash
# Which rules of models/rules (entities.tsv, compose.tsv, vesicles.tsv, relation-patterns-en.tsv) a unit test
# makes fire, in English and in Chinese sentences, and which none does. Runs the tests of org.bilex.extract and
# org.bilex.lexicon (their fixtures record every rule behind a mention or a relation into
# target/rule-coverage.tsv), then prints the report. After the whole suite (`mvn -B test`, as .ci/run does) the
# report alone is enough: `java -cp target/test-classes org.bilex.bench.RuleCoverageReport`.
#   scripts/rule-coverage.sh            the report
#   scripts/rule-coverage.sh --check    also fail when it differs from src/test/resources/untested-rules.txt
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q test -Dtest='org.bilex.extract.*Test,org.bilex.lexicon.*Test' -Dsurefire.failIfNoSpecifiedTests=false
args=()
if [ "${1:-}" = "--check" ]; then args=(--check src/test/resources/untested-rules.txt); fi
java -cp target/test-classes org.bilex.bench.RuleCoverageReport "${args[@]}"
