#!/usr/bin/env bash
# Speed of `innopark bulletin import`: N synthetic bulletins (default 200, about 20 KB each; bench/bulletin-corpus.py)
# imported into a fresh embedded database holding a small demo registry, one transaction per file (text, every fact,
# the audit entry), beside the baseline of `bulletin extract` on the same files (extraction alone, no database).
# Wall times of one process each, JVM and application start included; median of RUNS runs (default 3).
# Usage: bench/bulletin-import.sh [n=200] [runs=3] [source=../shared/corpus/dev]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
RUNS=${2:-3}
SOURCE=${3:-../shared/corpus/dev}
[ -f innopark-app/target/innopark.jar ] || ./mvnw -q -o -B -DskipTests package
JAR=innopark-app/target/innopark.jar
DATA=$(mktemp -d)
WORK=$(mktemp -d)
trap 'rm -rf "$DATA" "$WORK"' EXIT
python3 bench/bulletin-corpus.py "$SOURCE" "$DATA" "$N"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
extract=()
import=()
for r in $(seq 1 "$RUNS"); do
    start=$(date +%s.%N)
    java -Xmx1g -jar "$JAR" bulletin extract "$DATA"/*.txt --format jsonl --out "$WORK/facts.jsonl" 2> "$WORK/err.log"
    end=$(date +%s.%N)
    extract+=("$(echo "$end - $start" | bc)")
    rm -rf "$WORK/db"
    java -Xmx1g -jar "$JAR" demo --enterprises 100 --years 1 --data-dir "$WORK/db" > /dev/null
    start=$(date +%s.%N)
    java -Xmx1g -jar "$JAR" bulletin import "$DATA"/*.txt --park CCHTZ --data-dir "$WORK/db" > "$WORK/import.log"
    end=$(date +%s.%N)
    import+=("$(echo "$end - $start" | bc)")
    echo "run $r: extract ${extract[-1]}s ($(wc -l < "$WORK/facts.jsonl") facts), import ${import[-1]}s ($(grep -c '→' "$WORK/import.log") bulletins)"
done
echo "median of $RUNS runs, $N bulletins: extract (baseline) $(median "${extract[@]}")s, import $(median "${import[@]}")s (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
