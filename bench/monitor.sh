#!/usr/bin/env bash
# Times the early warning's back-scan of 1,000,000 firm-months (30,000 generated firms x 36 months, every month
# evaluated as if it were the current one), beside the naive rules, median of several runs; then the whole
# `monitor scan` command on the same panel written as CSV (reading the file included).
# Usage: bench/monitor.sh [firms=30000] [months=36] [runs=5] [cli=yes|no]
set -euo pipefail
cd "$(dirname "$0")/.."
FIRMS=${1:-30000}
MONTHS=${2:-36}
RUNS=${3:-5}
CLI=${4:-yes}
./mvnw -q -B -pl innopark-engine test-compile
./mvnw -q -B -pl innopark-engine dependency:build-classpath -Dmdep.outputFile=target/monitor-bench.cp >/dev/null
java -Xmx4g -cp "innopark-engine/target/classes:innopark-engine/target/test-classes:$(cat innopark-engine/target/monitor-bench.cp)" \
    org.innopark.engine.monitor.MonitorBenchmark "$FIRMS" "$MONTHS" "$RUNS"
if [ "$CLI" = yes ]; then
    ./mvnw -q -B -DskipTests package
    DIR=$(mktemp -d)
    trap 'rm -rf "$DIR"' EXIT
    java -jar innopark-app/target/innopark.jar monitor generate --seed 1 --firms "$FIRMS" --months "$MONTHS" --out-dir "$DIR"
    start=$(date +%s.%N)
    java -Xmx4g -jar innopark-app/target/innopark.jar monitor scan --data "$DIR/月度报表.csv" --enterprises "$DIR/企业.csv" \
        --format csv --out "$DIR/预警.csv"
    end=$(date +%s.%N)
    echo "monitor scan (JVM start, read CSV, scan, write): $(echo "$end - $start" | bc) s, $(($(wc -l < "$DIR/预警.csv") - 1)) alerts"
fi
