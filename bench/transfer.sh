#!/usr/bin/env bash
# Technology-transfer matching at scale: generated results, experts and instruments indexed on disk (BM25 with the
# domain analyzer; BM25 + HNSW vectors), embedding throughput of bge-small-zh-v1.5 on a sample, query latency p50/p99
# of BM25 and of the hybrid, heap and resident memory with the model loaded. Not a test.
# Usage: bench/transfer.sh [results=100000] [experts=10000] [instruments=5000] [sample=500] [queries=200]
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=innopark-engine/target/bench-classpath.txt
./mvnw -q -B -o -pl innopark-engine test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >/dev/null
exec java -Xmx2g -cp "innopark-engine/target/test-classes:innopark-engine/target/classes:$(cat "$CP_FILE")" \
  org.innopark.engine.transfer.TransferBenchmark "$@"
