#!/usr/bin/env bash
# Runs the Spark job (org.bilex.spark.ExtractJob) in local mode from a checkout: no Spark install needed,
# Maven brings Spark (a `provided` dependency of the pom) the first time.
#
#   scripts/spark-extract.sh --input corpus --output /tmp/bilex-spark [--force] [--timeout 10m] [--partitions N]
#
# The options are ExtractJob's (README, "Spark"). BILEX_SPARK_MASTER picks the master (default local[*]:
# every core); BILEX_JAVA_OPTS replaces the JVM options (default -Xmx4g). Library and Spark messages below
# ERROR are dropped (BILEX_LOG=info|warn to see them).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$here/target/bilex.jar"
cp_file="$here/target/spark.classpath"
if [ ! -f "$jar" ] || [ -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
  echo "bilex: building $jar (mvn package) ..." >&2
  (cd "$here" && mvn -q -B -DskipTests package >&2)
fi
if [ ! -f "$cp_file" ] || [ "$here/pom.xml" -nt "$cp_file" ]; then
  echo "bilex: resolving Spark's classpath ($cp_file) ..." >&2
  (cd "$here" && mvn -q -B dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$cp_file" >&2)
fi
# what Spark needs opened on Java 17: the pom's spark.jvm.opens (also the tests' argLine)
# Start-up, as ./bilex does (docs/benchmarks.md, "Start-up"): the first run after a build records the classes it
# loads (Spark's among them) in a class-data sharing archive, target/spark.jsa; later runs map it instead of
# loading and verifying those classes from the jars again. BILEX_CDS=off runs without it.
cds=()
if [ "${BILEX_CDS:-on}" != off ]; then
  jsa="$here/target/spark.jsa"
  if [ -f "$jsa" ] && [ "$jsa" -nt "$jar" ] && [ "$jsa" -nt "$cp_file" ]; then
    cds=(-XX:SharedArchiveFile="$jsa" -Xshare:auto -Xlog:disable -Xlog:all=error:stderr)
  else
    cds=(-XX:ArchiveClassesAtExit="$jsa" -Xlog:disable -Xlog:all=error:stderr)
  fi
fi
opens="$(sed -n 's:.*<spark.jvm.opens>\(.*\)</spark.jvm.opens>.*:\1:p' "$here/pom.xml")"
# shellcheck disable=SC2086
exec java "${cds[@]}" ${BILEX_JAVA_OPTS:--Xmx4g} $opens \
  -Dspark.master="${BILEX_SPARK_MASTER:-local[*]}" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel="${BILEX_LOG:-error}" \
  -cp "$jar:$(cat "$cp_file")" org.bilex.spark.ExtractJob "$@"
