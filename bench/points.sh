#!/usr/bin/env bash
# Innovation points: the engine against the same scoring as SQL window functions in embedded DuckDB and PostgreSQL 15,
# on one generated data set (default 1,000,000 enterprises x 18 indicators), results checked equal. Not a test.
# Usage: bench/points.sh [--enterprises N] [--cohorts C] [--runs R] [--missing P] [--seed S] [--no-duckdb] [--no-postgres] [--pg-work-mem 4MB] [--pg-jit off,on]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench -pl innopark-bench -am package -DskipTests
exec java -Xmx6g -cp "innopark-bench/target/innopark-bench.jar:innopark-bench/target/lib/*" \
  org.innopark.bench.points.PointsBenchmark "$@"
