#!/usr/bin/env bash
# Foundation benchmark (issue 2): cold start, heap after start, /api/v1/objectives and the home
# page under open-loop load on loopback, and the home page's weight.
#   bench/foundation.sh [RATE] [SECONDS]      (the jar must be built: ./pacto run once, or mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-500}
SECONDS_=${2:-30}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=18080
DATA=$(mktemp -d /tmp/pacto-bench.XXXXXX)
trap '[ -z "${PID:-}" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null; } || true; rm -rf "$DATA"' EXIT

start() {
  local log=$1 t0 t1
  t0=$(date +%s%N)
  "$JAVA" -jar target/pacto.jar --server.port=$PORT --pacto.data-dir="$DATA" --pacto.demo=true > "$log" 2>&1 &
  PID=$!
  until grep -q "Pacto is ready" "$log"; do
    sleep 0.1
    kill -0 $PID 2>/dev/null || { cat "$log"; exit 1; }
  done
  t1=$(date +%s%N)
  MS=$(( (t1 - t0) / 1000000 ))
}

PID=
start "$DATA/first.log"
echo "cold start, empty data directory (initdb + migrations + demo): ${MS} ms"
kill $PID; wait $PID 2>/dev/null || true
start "$DATA/second.log"
echo "cold start, existing data directory: ${MS} ms"
sleep 2
"$JAVA_HOME/bin/jcmd" $PID GC.run >/dev/null
echo "heap after start (after a full GC): $("$JAVA_HOME/bin/jcmd" $PID GC.heap_info | grep -oE 'used [0-9]+K' | head -1)"
echo "process RSS: $(ps -o rss= -p $PID | awk '{printf "%d MB", $1/1024}')"
echo "home page: $(curl -s -o /dev/null -w '%{size_download}' http://localhost:$PORT/) bytes uncompressed, $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' http://localhost:$PORT/) bytes gzip"
echo "objectives API at ${RATE}/s for ${SECONDS_}s:"
"$JAVA" bench/LoadDriver.java "$RATE" "$SECONDS_" "http://localhost:$PORT/api/v1/objectives"
echo "home page at 200/s for ${SECONDS_}s:"
"$JAVA" bench/LoadDriver.java 200 "$SECONDS_" "http://localhost:$PORT/"
