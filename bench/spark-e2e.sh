#!/usr/bin/env bash
# End-to-end check of the Spark jobs (issue #22, "Done when"): on the same CSV, the job jar's output equals the
# application's standalone command's output, row for row and value for value:
#   java -jar innopark-spark/target/innopark-spark.jar points --master local[2] --data FILE.csv --out DIR
#   java -jar innopark-app/target/innopark.jar points --data FILE.csv
# The data are drawn by `innopark-spark.jar synthetic` (random, no knowledge of the rules). Builds both jars when
# missing. Run by hand (README, "National scale on Spark"); the contract suite in the test command checks the same in-process.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=innopark-app/target/innopark.jar
JOB=innopark-spark/target/innopark-spark.jar
if [ ! -f "$APP" ] || [ ! -f "$JOB" ] || [ ! -d innopark-spark/target/lib ]; then
    ./mvnw -q -B -Pspark -DskipTests package
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -jar "$JOB" synthetic --firms 1500 --years 2 --parks 5 --out "$work/firms.csv"
java -jar "$JOB" synthetic --firms 1500 --years 2 --kind assess --out "$work/assess.csv"

# The CLI's CSV starts with a BOM and ends its lines with CRLF; Spark writes part files, each with the header. Rows are compared as sets (the
# order of tied enterprises within a rank is not part of the contract), the header exactly.
rows_of_cli() { sed '1s/^\xEF\xBB\xBF//; s/\r$//' "$1"; }
rows_of_job() {
    local first=1
    for part in $(ls "$1"/part-*.csv | sort); do
        if [ $first = 1 ]; then cat "$part"; first=0; else tail -n +2 "$part"; fi
    done
}
same() { # name, cli file, job dir [columns]
    rows_of_cli "$2" | cut -d, -f"${4:-1-}" > "$work/cli.txt"
    rows_of_job "$3" | cut -d, -f"${4:-1-}" > "$work/job.txt"
    if ! diff -q <(head -1 "$work/cli.txt") <(head -1 "$work/job.txt") >/dev/null; then
        echo "spark-e2e: $1: the headers differ"; diff <(head -1 "$work/cli.txt") <(head -1 "$work/job.txt") || true
        exit 1
    fi
    if ! diff <(tail -n +2 "$work/cli.txt" | LC_ALL=C sort) <(tail -n +2 "$work/job.txt" | LC_ALL=C sort) > "$work/diff.txt"; then
        echo "spark-e2e: $1: the rows differ ($(grep -c '^[<>]' "$work/diff.txt") lines):"; head -20 "$work/diff.txt"
        exit 1
    fi
    echo "spark-e2e: $1: $(($(wc -l < "$work/cli.txt") - 1)) rows identical"
}

java -jar "$APP" points --data "$work/firms.csv" --out "$work/points.csv" 2>/dev/null
java -jar "$JOB" points --master 'local[2]' --data "$work/firms.csv" --out "$work/points" 2>/dev/null
same "points (innopark-points-2022, latest year)" "$work/points.csv" "$work/points"

java -jar "$APP" points --data "$work/firms.csv" --scheme innopark-points-2025 --year 2024 --out "$work/p25.csv" 2>/dev/null
java -jar "$JOB" points --master 'local[2]' --data "$work/firms.csv" --scheme innopark-points-2025 --year 2024 \
    --out "$work/p25" 2>/dev/null
same "points (innopark-points-2025, 2024)" "$work/p25.csv" "$work/p25"

# Ladder outcomes: the CLI assesses one scheme per run, its CSV's first ten columns are the outcome (the job's
# columns); the conditions' columns after them depend on the scheme and are left to the CLI.
for scheme in high-tech tech-sme; do
    java -jar "$APP" assess --scheme "$scheme" --data "$work/assess.csv" --out "$work/assess-$scheme.csv" 2>/dev/null
    java -jar "$JOB" ladder --master 'local[2]' --scheme "$scheme" --data "$work/assess.csv" \
        --out "$work/ladder-$scheme" 2>/dev/null
    same "ladder outcomes ($scheme, each firm's latest year)" "$work/assess-$scheme.csv" "$work/ladder-$scheme" 1-10
done

# The composite index with its Monte Carlo rank bands: every year, node and park, the CLI's long CSV.
java -jar "$JOB" synthetic --kind index --parks 60 --years 3 --out "$work/index.csv"
java -jar "$APP" index --framework national-htz-2021 --data "$work/index.csv" --sensitivity 500 \
    --format csv --out "$work/index-cli.csv" 2>/dev/null
java -jar "$JOB" index --master 'local[2]' --framework national-htz-2021 --data "$work/index.csv" \
    --sensitivity 500 --slices 4 --out "$work/index-job" 2>/dev/null
same "index (national-htz-2021, 500 replications in 4 slices)" "$work/index-cli.csv" "$work/index-job"

# The early warning's back-scan: a labelled synthetic panel from innopark.jar monitor generate (its three CSVs), the
# CLI's alert CSV against the job's, row for row in the CLI's order (month, credit code, the rule file's order).
java -jar "$APP" monitor generate --seed 7 --firms 1500 --months 36 --out-dir "$work/panel" 2>/dev/null
java -jar "$APP" monitor scan --data "$work/panel/月度报表.csv" --enterprises "$work/panel/企业.csv" --format csv \
    --out "$work/alerts-cli.csv" 2>/dev/null
java -jar "$JOB" monitor --master 'local[2]' --data "$work/panel/月度报表.csv" --enterprises "$work/panel/企业.csv" \
    --out "$work/alerts-job" 2>/dev/null
same "monitor (built-in rules, 1500 firms × 36 months)" "$work/alerts-cli.csv" "$work/alerts-job"
if ! diff -q <(rows_of_cli "$work/alerts-cli.csv") <(rows_of_job "$work/alerts-job") >/dev/null; then
    echo "spark-e2e: monitor: the rows are the same but not in the CLI's order"; exit 1
fi

# Bulletin extraction: the contract suite's documents (two bulletins of the development corpus and a news page), the
# CLI's JSON lines against the job's, line for line and in order (the CLI given the files in the job's path order).
docs=innopark-spark/src/test/resources/bulletins
# shellcheck disable=SC2046
java -jar "$APP" bulletin extract $(ls "$docs"/* | LC_ALL=C sort) --format jsonl --out "$work/facts-cli.jsonl" 2>/dev/null
java -jar "$JOB" bulletin --master 'local[2]' "$docs" --out "$work/facts-job" 2>/dev/null
if ! diff "$work/facts-cli.jsonl" <(cat $(ls "$work"/facts-job/part-* | sort)) > "$work/diff.txt"; then
    echo "spark-e2e: bulletin: the lines differ:"; head -20 "$work/diff.txt"; exit 1
fi
echo "spark-e2e: bulletin (txt and html): $(wc -l < "$work/facts-cli.jsonl") lines identical"
# Target enterprises for a chain over the national pool (the engine's pool simulation): every park's top 100, the
# standalone chain targets --pool and the Spark job, row for row (columns of TargetsTable).
java -jar "$JOB" synthetic-pool --pool-firms 20000 --park-firms 2000 --pool "$work/pool.csv" \
    --parks-out "$work/park-firms.csv" 2>/dev/null
java -jar "$APP" chain targets --chain power-battery-nev --pool "$work/pool.csv" --park-firms "$work/park-firms.csv" \
    --as-of 2026-11-30 --top 100 --out "$work/targets-cli.csv" 2>/dev/null
java -jar "$JOB" targets --master 'local[2]' --chain power-battery-nev --pool "$work/pool.csv" \
    --park-firms "$work/park-firms.csv" --as-of 2026-11-30 --top 100 --out "$work/targets-job" 2>/dev/null
same "targets (power-battery-nev, 2 parks, top 100 of 20,000)" "$work/targets-cli.csv" "$work/targets-job"
