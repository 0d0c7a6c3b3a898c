#!/usr/bin/env bash
# Foundation benchmark (issue 2): cold start, heap after start, /api/v1/objectives and the home
# page under open-loop load on loopback (bench/loadgen.c), and the home page's weight.
#   bench/foundation.sh [RATE] [SECONDS] [WARMUP]
# Runs Pacto as `./pacto run` does: extracted in target/run with its trained AOT cache (run
# `./pacto run` once first); set AOT=off to start without the cache. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-500}
SECONDS_=${2:-30}
WARMUP=${3:-30}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=18080
DATA=$(mktemp -d /tmp/pacto-bench.XXXXXX)
PID=
trap '[ -z "$PID" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null; } || true; rm -rf "$DATA"' EXIT
cc -O2 -o "$DATA/loadgen" bench/loadgen.c
OPTS=()
[ "${AOT:-on}" = on ] && [ -f target/run/stamp ] && OPTS=(-XX:AOTCache=target/run/pacto.aot -Xlog:aot*=error,cds*=error)
echo "JVM options: ${OPTS[*]:-none}"

start() {
  local log=$1 t0 t1
  t0=$(date +%s%N)
  # The same relative paths as ./pacto run: the AOT cache records the class path as it was given.
  "$JAVA" "${OPTS[@]}" -jar target/run/pacto.jar --server.port=$PORT --pacto.data-dir="$DATA" --pacto.demo=true > "$log" 2>&1 &
  PID=$!
  until grep -q "Pacto is ready" "$log"; do
    sleep 0.05
    kill -0 $PID 2>/dev/null || { cat "$log"; exit 1; }
  done
  t1=$(date +%s%N)
  MS=$(( (t1 - t0) / 1000000 ))
  CPU=$(awk '{printf "%.1f", ($14+$15)/100}' /proc/$PID/stat)
}

start "$DATA/first.log"
echo "cold start, empty data directory (initdb + migrations + demo): ${MS} ms (JVM CPU ${CPU} s)"
kill $PID; wait $PID 2>/dev/null || true
for run in 1 2 3; do
  start "$DATA/second.log"
  echo "cold start, existing data directory, run $run: ${MS} ms (JVM CPU ${CPU} s)"
  [ $run = 3 ] || { kill $PID; wait $PID 2>/dev/null || true; }
done
sleep 2
"$JAVA_HOME/bin/jcmd" $PID GC.run >/dev/null
echo "heap after start (after a full GC): $("$JAVA_HOME/bin/jcmd" $PID GC.heap_info | grep -oE 'used [0-9]+K' | head -1)"
echo "process RSS: $(ps -o rss= -p $PID | awk '{printf "%d MB", $1/1024}')"
echo "home page: $(curl -s -o /dev/null -w '%{size_download}' http://localhost:$PORT/) bytes uncompressed, $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' http://localhost:$PORT/) bytes gzip"
echo "objectives API at ${RATE}/s for ${SECONDS_}s after ${WARMUP}s of warm-up:"
"$DATA/loadgen" "$RATE" "$SECONDS_" "$WARMUP" "http://localhost:$PORT/api/v1/objectives"
echo "home page at 200/s for ${SECONDS_}s after ${WARMUP}s of warm-up:"
"$DATA/loadgen" 200 "$SECONDS_" "$WARMUP" "http://localhost:$PORT/"
