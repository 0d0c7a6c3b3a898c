#!/usr/bin/env bash
# Practices search benchmark (issue 3): N generated multilingual practices, a full reindex from
# PostgreSQL, then search with all ten facet counts under open-loop load (bench/loadgen.c).
#   bench/practices.sh [COUNT] [RATE] [SECONDS] [WARMUP]
# Runs Pacto as `./pacto run` does (target/run, with its AOT cache when trained).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-100000}
RATE=${2:-300}
SECONDS_=${3:-30}
WARMUP=${4:-30}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=18090
DATA=$(mktemp -d /tmp/pacto-bench.XXXXXX)
PID=
trap '[ -z "$PID" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null; } || true; rm -rf "$DATA"' EXIT
cc -O2 -o "$DATA/loadgen" bench/loadgen.c
OPTS=()
[ -f target/run/stamp ] && OPTS=(-XX:AOTCache=target/run/pacto.aot -Xlog:aot*=error,cds*=error)
"$JAVA" "${OPTS[@]}" -jar target/run/pacto.jar --server.port=$PORT --pacto.data-dir="$DATA" --pacto.demo=true > "$DATA/app.log" 2>&1 &
PID=$!
until grep -q "Pacto is ready" "$DATA/app.log"; do sleep 0.2; kill -0 $PID 2>/dev/null || { cat "$DATA/app.log"; exit 1; }; done
"$JAVA" -cp "$(ls target/run/lib/postgresql-*.jar)" bench/GeneratePractices.java "$DATA" "$COUNT"
ADMIN=$(python3 -c "import json,sys; print([a['token'] for a in json.load(open(sys.argv[1])) if a['role']=='admin'][0])" "$DATA/demo-accounts.json")
echo "reindex: $(curl -s -X POST -H "Authorization: Bearer $ADMIN" http://localhost:$PORT/api/v1/admin/practices/reindex)"
B="http://localhost:$PORT/api/v1/practices"
URLS=("$B?q=consulado+movil" "$B?q=health+women&objective=5" "$B?q=sant%C3%A9+femmes&country=FR"
      "$B?objective=15&level=local" "$B?q=integra%C3%A7%C3%A3o+moradia&sort=date" "$B?q=documentacion&region=419&page=3")
echo "items on the first URL: $(curl -s "${URLS[0]}" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], "matches,", len(d["items"]), "items,", len(d["facets"]), "facets")')"
# The JIT needs a minute or two after the reindex: warm up on a ramp (a third, then two thirds of the
# rate, WARMUP seconds each), as a service does before it takes its full load; then measure.
echo "warm-up: $("$DATA/loadgen" $((RATE / 3)) 1 "$WARMUP" "${URLS[@]}")"
echo "warm-up: $("$DATA/loadgen" $((RATE * 2 / 3)) 1 "$WARMUP" "${URLS[@]}")"
CPU0=$(awk '{print $14+$15}' /proc/$PID/stat)
echo "search at ${RATE}/s for ${SECONDS_}s after ${WARMUP}s at that rate:"
"$DATA/loadgen" "$RATE" "$SECONDS_" "$WARMUP" "${URLS[@]}"
CPU1=$(awk '{print $14+$15}' /proc/$PID/stat)
echo "server CPU per request: $(python3 -c "print(round(($CPU1-$CPU0)*10/($RATE*($SECONDS_+$WARMUP)), 2))") ms"
echo "warm-up: $("$DATA/loadgen" 50 1 "$WARMUP" "http://localhost:$PORT/practices" "http://localhost:$PORT/practices?q=consulado+movil")"
echo "search page (HTML) at 100/s for ${SECONDS_}s after ${WARMUP}s at that rate:"
"$DATA/loadgen" 100 "$SECONDS_" "$WARMUP" "http://localhost:$PORT/practices" "http://localhost:$PORT/practices?q=consulado+movil" "http://localhost:$PORT/practices?objective=15"
