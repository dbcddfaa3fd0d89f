#!/usr/bin/env bash
# The monitoring on the server side, on the demo registry: loads the default demo (8 parks, 3,000 enterprises, 36
# months of 月度报表, the scan and the demo's cases) into a fresh data directory, then times `monitor scan --park` per
# park (read the park's reports and listings from the database, back-scan every month, write the alerts), and runs
# the storing scan again to show that it raises nothing twice.
# Usage: bench/monitor-server.sh ["CCHTZ CZHTZ"]
set -euo pipefail
cd "$(dirname "$0")/.."
PARKS=${1:-CCHTZ CZHTZ}
./mvnw -q -B -o -DskipTests package
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
JAR=innopark-app/target/innopark.jar
start=$(date +%s.%N)
java -jar "$JAR" demo --data-dir "$DIR" | grep -E "月度报表|完成|done" || true
echo "demo load incl. monthly reports and the scan: $(echo "$(date +%s.%N) - $start" | bc) s"
for park in $PARKS; do
    start=$(date +%s.%N)
    java -jar "$JAR" monitor scan --park "$park" --data-dir "$DIR" --format csv --out "$DIR/$park.csv"
    echo "$park: monitor scan --park (JVM start, context, read, scan, write): $(echo "$(date +%s.%N) - $start" | bc) s," \
        "$(($(wc -l < "$DIR/$park.csv") - 1)) alerts"
    java -jar "$JAR" monitor scan --park "$park" --data-dir "$DIR" --store --out "$DIR/$park-again.csv" 2>&1 | grep stored
done
