#!/usr/bin/env bash
# Labour mobility benchmark (issue 14). One command, on a quiet machine:
#   mvn -o -q compile && bench/mobility.sh [RATE] [SECONDS]
# Targets (issue 14, "done means"): occupation search p99 <= 20 ms at 200 req/s; a 50-year monthly run of a
# 20-stock model <= 50 ms.
# 1. In process, on target/classes (bench/mobility/MobilityBench.java): the 20-stock run (Java equations, and the
#    same model read from XMILE and evaluated by XmileSimulation), and the occupation search paced at RATE/s.
# 2. Over HTTP, only when target/run/pacto.jar exists (./pacto build, or mvn package): Pacto started on a spare
#    port with its data in a temporary directory, then GET /api/v1/mobility/occupations at RATE/s with the
#    open-loop driver bench/loadgen.c (latency counted from when each request was due).
# Prints the machine, the load average before and after: compare figures only at a similar load.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-200}
SECONDS_=${2:-30}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
echo "machine: $(nproc) cores, $(uname -srm), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%FT%TZ)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -cp target/classes bench/mobility/MobilityBench.java "$RATE" "$SECONDS_"
echo "load after in-process part: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ ! -f target/run/pacto.jar ]; then
  echo "HTTP part skipped: target/run/pacto.jar is missing (build it with ./pacto build)"
  exit 0
fi
PORT=18094
DATA=$(mktemp -d /tmp/pacto-bench.XXXXXX)
PID=
trap '[ -z "$PID" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null; } || true; rm -rf "$DATA"' EXIT
cc -O2 -o "$DATA/loadgen" bench/loadgen.c
"$JAVA" -jar target/run/pacto.jar --server.port=$PORT --pacto.data-dir="$DATA" --pacto.demo=true > "$DATA/app.log" 2>&1 &
PID=$!
until grep -q "Pacto is ready" "$DATA/app.log"; do sleep 0.5; kill -0 $PID 2>/dev/null || { cat "$DATA/app.log"; exit 1; }; done
B="http://localhost:$PORT/api/v1/mobility/occupations"
URLS=("$B?q=enfermeria" "$B?q=nurse&lang=en" "$B?q=infirmiers&lang=fr" "$B?q=pedreiros&lang=pt"
      "$B?q=ingenieros+civiles" "$B?q=cuidado&unitGroups=true" "$B?q=2221" "$B?q=agricultural+labourers&lang=en")
echo "warm-up: $("$DATA/loadgen" $((RATE / 2)) 1 20 "${URLS[@]}")"
echo "occupation search over HTTP at ${RATE}/s for ${SECONDS_}s after 10s at that rate:"
"$DATA/loadgen" "$RATE" "$SECONDS_" 10 "${URLS[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
