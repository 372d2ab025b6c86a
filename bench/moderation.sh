#!/usr/bin/env bash
# What deciding about one comment costs (every rule and the scorer, against a real SQLite database),
# measured with JMH: median and tail per decision. See bench/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
WORK="$(mktemp -d -t masthead-jmh.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
echo "== compiling the benchmarks (Maven profile 'bench')" >&2
./mvnw -q -B -P bench -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath.txt" >&2
CLASSPATH="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"
echo "== running DecisionBenchmark (about two minutes)" >&2
java -cp "$CLASSPATH" org.openjdk.jmh.Main DecisionBenchmark -rf text -rff "$WORK/result.txt" "$@" >&2
echo >&2
cat "$WORK/result.txt"
