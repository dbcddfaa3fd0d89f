#!/usr/bin/env bash
# Latency of the console's pages (dashboard and enterprise search by default; also profile and import pages) under N concurrent signed-in users, on the demo data
# (serve --demo, embedded H2), server and load generator on this machine over loopback.
# Usage: bench/console-load.sh [users=50] [seconds=30] [thinkMillis=0] [warmUpSeconds=60] [mix=dashboard,search]
#   mix: pages each user takes in turn, of dashboard, search, profile (an enterprise profile), imports
set -euo pipefail
cd "$(dirname "$0")/.."
CP_FILE=innopark-app/target/bench-classpath.txt
./mvnw -q -B -DskipTests package
./mvnw -q -B -pl innopark-app -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=test >/dev/null
DATA=$(mktemp -d)
PORT=${PORT:-18089}
PASSWORD=load-bench-password
INNOPARK_ADMIN_PASSWORD=$PASSWORD java -Xmx1g -jar innopark-app/target/innopark.jar serve --demo \
    --data-dir "$DATA" --port "$PORT" > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 180); do
    grep -q "is running" "$DATA/server.log" 2>/dev/null && break
    sleep 1
done
grep -q "is running" "$DATA/server.log" || { cat "$DATA/server.log"; exit 1; }
CP="innopark-app/target/test-classes:innopark-app/target/classes:innopark-engine/target/classes:$(cat "$CP_FILE")"
java -Xmx512m -cp "$CP" org.innopark.app.bench.ConsoleLoadBenchmark "http://localhost:$PORT" admin "$PASSWORD" "$@"
