#!/usr/bin/env bash
# Time to rank the national candidate pool for one park and chain (the target recommendation), in memory: the pool
# (default 1,000,000 firms from the demo's pool simulation) and the demo registry are generated first (not timed);
# each timed run builds the chain's view of the pool, the park's coverage and relatedness density, scores every firm
# and explains the top 100. Prints the median and spread, beside a full sort of the same scores.
# Usage: bench/chain.sh [poolSize=1000000] [park=CZHTZ] [chain=power-battery-nev] [runs=7]
# The back-test (quality, not speed) runs on the database: see BENCHMARKS.md (innopark chain backtest ...).
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=innopark-engine/target/bench-classpath.txt
./mvnw -q -B -pl innopark-engine test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="innopark-engine/target/test-classes:innopark-engine/target/classes:$(cat "$CP_FILE")"
java -Xmx3g -cp "$CP" org.innopark.engine.chain.ChainRankingBenchmark "$@"
