#!/usr/bin/env bash
# The server side of technology transfer on the demo: `serve --demo` in a fresh data directory (8 parks, 3,000
# enterprises; per park 60 results, 30 experts, 20 instruments and 24 demands, most objects shared), then every
# demand's matches asked once over HTTP (GET /api/v1/parks/{park}/transfer/demands/{id}/matches: results, experts and
# instruments, 10 each, hybrid with bge-small-zh-v1.5, reasons included), then `transfer reindex` and
# `transfer reindex --park CCHTZ` on the stopped server's data. Prints the demo's load-and-index time, the index's
# size on disk, the latency p50/p90/p99 of the matches (first request apart: it loads nothing more, but is cold), the
# server's resident memory with the model loaded, and the reindex times (JVM start and model load included).
# Usage: bench/transfer-server.sh [port=18091]
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${1:-18091}
[ -f innopark-app/target/innopark.jar ] || ./mvnw -q -o -B -DskipTests package
DATA=$(mktemp -d)
LOG=$(mktemp)
PASS=Bench-Passw0rd-2026
cleanup() { [ -n "${PID:-}" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA" "$LOG"; }
trap cleanup EXIT
INNOPARK_ADMIN_PASSWORD=$PASS java -jar innopark-app/target/innopark.jar serve --demo --port "$PORT" \
    --data-dir "$DATA" > "$LOG" 2>&1 &
PID=$!
until grep -q "is running" "$LOG"; do
    kill -0 "$PID" 2>/dev/null || { cat "$LOG"; exit 1; }
    sleep 2
done
grep "technology-transfer demo" "$LOG"
echo "index on disk: $(du -sh "$DATA/transfer-index" | cut -f1)"
python3 - "$PORT" "$PASS" <<'PY'
import base64, json, sys, time, urllib.request
port, password = sys.argv[1], sys.argv[2]
auth = 'Basic ' + base64.b64encode(('admin:' + password).encode()).decode()
def get(path):
    req = urllib.request.Request('http://localhost:%s%s' % (port, path), headers={'Authorization': auth})
    start = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        body = json.load(r)
    return body, time.perf_counter() - start
parks = [p['code'] for p in get('/api/v1/parks')[0]]
times, first = [], None
for park in parks:
    for d in get('/api/v1/parks/%s/transfer/demands' % park)[0]:
        body, t = get('/api/v1/parks/%s/transfer/demands/%s/matches' % (park, d['id']))
        assert body['method'] == 'HYBRID' and body['matches']['RESULT'], d['id']
        if first is None:
            first = t
        else:
            times.append(t)
times.sort()
q = lambda p: times[min(len(times) - 1, int(p * len(times)))] * 1000
print('demands matched: %d; first %.0f ms; then p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, max %.0f ms'
      % (len(times) + 1, first * 1000, q(0.5), q(0.9), q(0.99), times[-1] * 1000))
PY
echo "server resident memory with the model loaded: $(( $(ps -o rss= -p "$PID") / 1024 )) MB"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
for args in "" "--park CCHTZ"; do
    start=$(date +%s.%N)
    java -jar innopark-app/target/innopark.jar transfer reindex $args --data-dir "$DATA" 2>/dev/null | grep "indexed"
    echo "  wall time (JVM start, context, model load included): $(echo "$(date +%s.%N) - $start" | bc) s"
done
