#!/usr/bin/env bash
# Benchmark of the Spark targets job (issue #22): target enterprises for a chain over a national pool of N firms
# (default 1,000,000; the engine's pool simulation via `innopark-spark.jar synthetic-pool`, two parks of 3,000
# enterprises), every park's top 100, on local[2] against the embedded ranking (`innopark.jar chain targets --pool`,
# the same CSVs, one JVM). Wall time and peak memory (max RSS, /usr/bin/time) per run, medians over RUNS (default 3),
# and a check that both wrote the same rows.
#   bench/spark-targets.sh                     # N=1000000 RUNS=3
#   N=200000 RUNS=1 bench/spark-targets.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-1000000}"
RUNS="${RUNS:-3}"
APP=innopark-app/target/innopark.jar
JOB=innopark-spark/target/innopark-spark.jar
if [ ! -f "$APP" ] || [ ! -f "$JOB" ]; then
    ./mvnw -q -B -Pspark -DskipTests package
fi
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
pool="$work/pool-$N.csv"
parks="$work/park-firms-$N.csv"
[ -f "$pool" ] || java -jar "$JOB" synthetic-pool --pool-firms "$N" --park-firms 3000 --pool "$pool" --parks-out "$parks"
out="$work/targets.tsv"
echo -e "engine\tpool_firms\trun\tseconds\tmax_rss_mb" > "$out"
measure() { # engine run command...
    local engine=$1 run=$2; shift 2
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
    read -r secs kb < "$work/time.txt"
    echo -e "$engine\t$N\t$run\t$secs\t$((kb / 1024))" | tee -a "$out"
}
for r in $(seq 1 "$RUNS"); do
    rm -rf "$work/job"
    measure spark-local2 "$r" java -Xmx6g -jar "$JOB" targets --master 'local[2]' --chain power-battery-nev \
        --pool "$pool" --park-firms "$parks" --as-of 2026-11-30 --top 100 --out "$work/job"
    measure embedded "$r" java -Xmx6g -jar "$APP" chain targets --chain power-battery-nev --pool "$pool" \
        --park-firms "$parks" --as-of 2026-11-30 --top 100 --out "$work/cli.csv"
done
cmp <(sed '1s/^\xEF\xBB\xBF//; s/\r$//' "$work/cli.csv" | tail -n +2 | LC_ALL=C sort) \
    <(cat "$work"/job/part-*.csv | grep -v '^park,rank,' | LC_ALL=C sort) \
    && echo "spark-targets: the two outputs hold the same $(($(wc -l < "$work/cli.csv") - 1)) rows"
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for e in spark-local2 embedded; do
    secs=$(awk -F'\t' -v e="$e" 'NR > 1 && $1 == e { print $4 }' "$out" | median)
    rss=$(awk -F'\t' -v e="$e" 'NR > 1 && $1 == e { print $5 }' "$out" | median)
    echo "$e: median $secs s, max RSS median $rss MB"
done
