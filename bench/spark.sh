#!/usr/bin/env bash
# Benchmark of the Spark jobs (issue #22): points and ladder outcomes (high-tech) at 1M, 3M and 10M enterprise-years
# on local[2] against the embedded engine (innopark.jar points --data / assess --data, the same CSV; up to
# EMBEDDED_MAX rows, 3M by default),
# with wall time and peak memory (max RSS, /usr/bin/time), and each Spark stage's task metrics (--metrics) for sizing
# a cluster. Data: `innopark-spark.jar synthetic` (random, no
# knowledge of the rules), 2 years per firm (growth rates need the year before), 200 parks with skewed sizes.
#   bench/spark.sh                       # all sizes; RUNS=3 (default 1) for medians
#   SIZES="1000000" RUNS=3 bench/spark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-1000000 3000000 10000000}"
RUNS="${RUNS:-1}"
EMBEDDED_MAX="${EMBEDDED_MAX:-3000000}"
APP=innopark-app/target/innopark.jar
JOB=innopark-spark/target/innopark-spark.jar
if [ ! -f "$APP" ] || [ ! -f "$JOB" ]; then
    ./mvnw -q -B -Pspark -DskipTests package
fi
work="${WORK:-$(mktemp -d)}"
mkdir -p "$work"
out="$work/results.tsv"
echo -e "job\tengine\tenterprise_years\trun\tseconds\tmax_rss_mb" > "$out"
measure() { # job engine rows run command...
    local job=$1 engine=$2 rows=$3 run=$4; shift 4
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
    read -r secs kb < "$work/time.txt"
    echo -e "$job\t$engine\t$rows\t$run\t$secs\t$((kb / 1024))" | tee -a "$out"
}
for n in $SIZES; do
    csv="$work/firms-$n.csv"
    [ -f "$csv" ] || java -jar "$JOB" synthetic --firms $((n / 2)) --years 2 --parks 200 --out "$csv"
    rows=$(($(wc -l < "$csv") - 1))
    for r in $(seq 1 "$RUNS"); do
        rm -rf "$work/spark-$n"
        measure points spark-local2 "$rows" "$r" java -Xmx8g -jar "$JOB" points --master 'local[2]' \
            --shuffle-partitions 16 --data "$csv" --format parquet --out "$work/spark-$n" \
            --metrics "$work/metrics-points-$n-$r.tsv"
        if [ "$n" -le "$EMBEDDED_MAX" ]; then
            measure points embedded "$rows" "$r" java -Xmx12g -jar "$APP" points --data "$csv" --out "$work/cli-$n.csv"
        fi
    done
    if [ "${LADDER:-1}" = 1 ]; then
        acsv="$work/assess-$n.csv"
        [ -f "$acsv" ] || java -jar "$JOB" synthetic --kind assess --firms $((n / 2)) --years 2 --parks 200 --out "$acsv"
        arows=$(($(wc -l < "$acsv") - 1))
        for r in $(seq 1 "$RUNS"); do
            rm -rf "$work/ladder-$n"
            measure ladder spark-local2 "$arows" "$r" java -Xmx8g -jar "$JOB" ladder --master 'local[2]' \
                --shuffle-partitions 16 --scheme high-tech --data "$acsv" --format parquet --out "$work/ladder-$n" \
                --metrics "$work/metrics-ladder-$n-$r.tsv"
            if [ "$n" -le "$EMBEDDED_MAX" ]; then
                measure ladder embedded "$arows" "$r" java -Xmx12g -jar "$APP" assess --scheme high-tech \
                    --data "$acsv" --out "$work/assess-cli-$n.csv"
            fi
        done
    fi
done
echo "results: $out; stage metrics: $work/metrics-*.tsv"
