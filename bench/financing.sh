#!/usr/bin/env bash
# Financing portfolio benchmark (issue 12): the fund page and its JSON over 5,000 grants (bench/financing/
# portfolio-data.sql, synthetic), under open-loop load (bench/loadgen.c). Target: p95 ≤ 150 ms.
#   bench/financing.sh [RATE] [SECONDS] [WARMUP]
# Runs Pacto as `./pacto run` does (target/run, with its AOT cache when trained); needs psql.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-20}
SECONDS_=${2:-30}
WARMUP=${3:-30}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=18092
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
  -f bench/financing/portfolio-data.sql > "$DATA/seed.log"
grep -i "^Time" "$DATA/seed.log" | awk '{s+=$2} END {print "seeded in " int(s) " ms"}'
F=00000000-0000-0000-0000-00000000b001
URLS=("http://localhost:$PORT/financing/funds/$F" "http://localhost:$PORT/financing/funds/$F?page=40"
      "http://localhost:$PORT/api/v1/financing/funds/$F")
echo "grants in the fund: $(curl -s "${URLS[2]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["grantCount"])')"
echo "warm-up: $("$DATA/loadgen" $((RATE / 2)) 1 "$WARMUP" "${URLS[@]}")"
echo "fund page and JSON at ${RATE}/s for ${SECONDS_}s after ${WARMUP}s at that rate:"
"$DATA/loadgen" "$RATE" "$SECONDS_" "$WARMUP" "${URLS[@]}"
