#!/usr/bin/env bash
# Voluntary reviews benchmark (issue 9): the observer's findings of an inventory of 2,000 initiatives
# (target p95 ≤ 200 ms) and the organisation's public profile page (target p95 ≤ 100 ms), under open-loop load
# (bench/loadgen.c), on synthetic data (bench/reviews/inventory-data.sql).
#   bench/reviews.sh [RATE] [SECONDS] [WARMUP]
# Runs Pacto as `./pacto run` does (target/run, with its AOT cache when trained; build with ./pacto run once, or
# `mvn -q package -DskipTests` and `java -Djarmode=tools -jar target/pacto.jar extract --destination target/run`).
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-20}
SECONDS_=${2:-30}
WARMUP=${3:-30}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=18093
DATA=$(mktemp -d /tmp/pacto-bench.XXXXXX)
PID=
trap '[ -z "$PID" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null; } || true; rm -rf "$DATA"' EXIT
cc -O2 -o "$DATA/loadgen" bench/loadgen.c
OPTS=()
[ -f target/run/stamp ] && OPTS=(-XX:AOTCache=target/run/pacto.aot -Xlog:aot*=error,cds*=error)
"$JAVA" "${OPTS[@]}" -jar target/run/pacto.jar --server.port=$PORT --pacto.data-dir="$DATA" --pacto.demo=true > "$DATA/app.log" 2>&1 &
PID=$!
until grep -q "Pacto is ready" "$DATA/app.log"; do sleep 0.2; kill -0 $PID 2>/dev/null || { cat "$DATA/app.log"; exit 1; }; done
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid" | tr -d ' ')
PGPASSWORD=$(cat "$DATA/postgres.secret") psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d pacto \
  -f bench/reviews/inventory-data.sql > "$DATA/seed.log"
grep -i "^Time" "$DATA/seed.log" | awk '{s+=$2} END {print "seeded in " int(s) " ms"}'
I=00000000-0000-0000-0000-0000000be001
O=00000000-0000-0000-0000-0000000b0a01
FINDINGS="http://localhost:$PORT/api/v1/reviews/inventories/$I/findings"
PROFILE="http://localhost:$PORT/profiles/organisations/$O"
echo "findings: $(curl -s "$FINDINGS" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["findings"]), "findings, coverage", d["coverage"]["share"], "%")')"
echo "uptime: $(uptime)"
echo "warm-up: $("$DATA/loadgen" $((RATE / 2)) 1 "$WARMUP" "$FINDINGS" "$PROFILE")"
echo "findings of 2,000 initiatives at ${RATE}/s for ${SECONDS_}s:"
"$DATA/loadgen" "$RATE" "$SECONDS_" 0 "$FINDINGS"
echo "profile page at ${RATE}/s for ${SECONDS_}s:"
"$DATA/loadgen" "$RATE" "$SECONDS_" 0 "$PROFILE"
echo "uptime: $(uptime)"
