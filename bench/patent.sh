#!/usr/bin/env bash
# Speed of patent tagging (1,000,000 synthetic patents, target < 10 s) and of one chain's landscape over them
# (target < 1 s), each beside its naive baseline measured in the same run. The patents are generated first (not
# timed) by SyntheticPatents, independently of the rules. Usage: bench/patent.sh [patents=1000000] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=innopark-engine/target/bench-classpath.txt
./mvnw -q -o -B -pl innopark-engine test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="innopark-engine/target/test-classes:innopark-engine/target/classes:$(cat "$CP_FILE")"
java -Xmx6g -cp "$CP" org.innopark.engine.patent.PatentBenchmark "$@"
