#!/usr/bin/env bash
# Speed of `innopark bulletin extract`: N bulletins (default 1000, about 20 KB of text each, about 20 MB in all)
# extracted to one JSONL file by one process; median wall time of RUNS runs (default 3), JVM start included.
# The bulletins are made by shuffling the paragraphs of the texts in SOURCE (default shared/corpus/dev) and
# renumbering their figures, so no two files are alike; the speed does not depend on what the facts are.
# Usage: bench/bulletin.sh [n=1000] [runs=3] [source=../shared/corpus/dev]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
RUNS=${2:-3}
SOURCE=${3:-../shared/corpus/dev}
[ -f innopark-app/target/innopark.jar ] || ./mvnw -q -o -B -DskipTests package
DATA=$(mktemp -d)
OUT=$(mktemp -d)
trap 'rm -rf "$DATA" "$OUT"' EXIT
python3 bench/bulletin-corpus.py "$SOURCE" "$DATA" "$N"
times=()
for r in $(seq 1 "$RUNS"); do
    start=$(date +%s.%N)
    java -Xmx1g -jar innopark-app/target/innopark.jar bulletin extract "$DATA"/*.txt --format jsonl \
        --out "$OUT/facts.jsonl" 2> "$OUT/err.log"
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
    times+=("$t")
    echo "run $r: ${t}s, $(wc -l < "$OUT/facts.jsonl") facts ($(tail -1 "$OUT/err.log"))"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median of $RUNS runs: ${median}s for $N bulletins (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
