#!/usr/bin/env bash
# Service-point search benchmark (issue 13): GET /api/v1/services/points?near=…&radiusKm=10 (with and without
# service, language and child-sensitive filters) over 20,000 synthetic points (bench/services/points-data.sql),
# under open-loop load (bench/loadgen.c). Target: p95 ≤ 50 ms.
#   bench/services.sh [RATE] [SECONDS] [WARMUP]          e.g. bench/services.sh 100 30 30
# Runs Pacto as `./pacto run` does (target/run, with its AOT cache when trained) when target/run exists, else
# from target/classes (compiled by `mvn -o -q compile`) with the runtime class path, no AOT cache (start-up is
# slower; the search figures are not affected). Needs psql and cc. Prints the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-100}
SECONDS_=${2:-30}
WARMUP=${3:-30}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=18093
DATA=$(mktemp -d /tmp/pacto-bench.XXXXXX)
PID=
trap '[ -z "$PID" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null; } || true; [ -n "${KEEP:-}" ] || rm -rf "$DATA"' EXIT
cc -O2 -o "$DATA/loadgen" bench/loadgen.c
echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/') (before)"
OPTS=()
if [ -f target/run/pacto.jar ]; then
  [ -f target/run/stamp ] && OPTS=(-XX:AOTCache=target/run/pacto.aot -Xlog:aot*=error,cds*=error)
  OPTS+=(-jar target/run/pacto.jar)
else
  # PACTO_CLASSPATH (the runtime jars, ':'-separated) skips asking Maven for them
  if [ -n "${PACTO_CLASSPATH:-}" ]; then echo "$PACTO_CLASSPATH" > "$DATA/cp.txt"; else
    mvn -q -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$DATA/cp.txt"; fi
  OPTS+=(-cp "target/classes:$(cat "$DATA/cp.txt")" org.pacto.PactoApplication)
fi
"$JAVA" "${OPTS[@]}" --server.port=$PORT --pacto.data-dir="$DATA" --pacto.demo=true > "$DATA/app.log" 2>&1 &
PID=$!
until grep -q "Pacto is ready" "$DATA/app.log"; do sleep 0.2; kill -0 $PID 2>/dev/null || { cat "$DATA/app.log"; exit 1; }; done
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid" | tr -d ' ')
PGPASSWORD=$(cat "$DATA/postgres.secret") psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d pacto \
  -f bench/services/points-data.sql > "$DATA/seed.log"
B="http://localhost:$PORT/api/v1/services/points"
URLS=("$B?near=-34.72,-58.25&radiusKm=10" "$B?near=-12.05,-77.04&radiusKm=10&service=legal-advice"
      "$B?near=14.90,-92.26&radiusKm=10&lang=es&childSensitive=true" "$B?near=13.69,-89.19&radiusKm=10&size=50")
echo "points in all: $(curl -s "$B?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
for u in "${URLS[@]}"; do
  echo "  ${u#*\?}: $(curl -s "$u" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["total"], "within 10 km, max distance", max([p["distanceKm"] for p in d["items"]] or [0]))')"
done
echo "warm-up: $("$DATA/loadgen" $((RATE / 2)) 1 "$WARMUP" "${URLS[@]}")"
CPU0=$(awk '{print $14+$15}' /proc/$PID/stat)
echo "near-me search at ${RATE}/s for ${SECONDS_}s after ${WARMUP}s at that rate:"
"$DATA/loadgen" "$RATE" "$SECONDS_" "$WARMUP" "${URLS[@]}"
CPU1=$(awk '{print $14+$15}' /proc/$PID/stat)
echo "server CPU per request: $(python3 -c "print(round(($CPU1-$CPU0)*10/($RATE*($SECONDS_+$WARMUP)), 2))") ms"
echo "machine: $(uptime | sed 's/.*load average/load average/') (after)"
