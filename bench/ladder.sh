#!/usr/bin/env bash
# Times assessing 1,000,000 enterprise-years (200,000 demo enterprises x 5 years) against every ladder scheme, by the
# full explained verdicts and by the outcome-only path, on the same facts.
# Usage: bench/ladder.sh [enterprises=200000] [years=5] [runs=3] [paths=both|full|outcomes]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl innopark-engine test-compile
./mvnw -q -B -pl innopark-engine dependency:build-classpath -Dmdep.outputFile=target/ladder-bench.cp >/dev/null
java -Xms4g -Xmx8g -cp "innopark-engine/target/classes:innopark-engine/target/test-classes:$(cat innopark-engine/target/ladder-bench.cp)" \
    org.innopark.engine.ladder.LadderBenchmark "$@"
