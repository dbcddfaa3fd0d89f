#!/usr/bin/env bash
# Import throughput of annual reports from CSV into H2 and PostgreSQL, beside the naive row-at-a-time INSERT.
# Usage: bench/import-throughput.sh [ROWS] [--db=h2|postgresql|both] [--repeats=3] [--naive-rows=50000]
#        [--pg-tuned=true] [--pg-conf=name:value,...]
# Default ROWS is 1,000,000 (200,000 enterprises × 5 years). Needs only a JDK 17+; runs with -Xmx2g.
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=innopark-app/target/bench-classpath.txt
./mvnw -q -B -pl innopark-app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="innopark-app/target/test-classes:innopark-app/target/classes:innopark-engine/target/classes:$(cat "$CP_FILE")"
exec java -Xmx2g -cp "$CP" org.innopark.app.bench.ImportThroughputBenchmark "$@"
