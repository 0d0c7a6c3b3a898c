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
. bench/pacto-node.sh
PORT=18093
start_pacto $PORT
pacto_psql bench/reviews/inventory-data.sql
I=00000000-0000-0000-0000-0000000be001
O=00000000-0000-0000-0000-0000000b0a01
FINDINGS="http://localhost:$PORT/api/v1/reviews/inventories/$I/findings"
PROFILE="http://localhost:$PORT/profiles/organisations/$O"
echo "findings: $(curl -s "$FINDINGS" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["findings"]), "findings, coverage", d["coverage"]["share"], "%")')"
echo "uptime: $(uptime)"
echo "warm-up: $("$LOADGEN" $((RATE / 2)) 1 "$WARMUP" "$FINDINGS" "$PROFILE")"
echo "findings of 2,000 initiatives at ${RATE}/s for ${SECONDS_}s:"
"$LOADGEN" "$RATE" "$SECONDS_" 0 "$FINDINGS"
echo "profile page at ${RATE}/s for ${SECONDS_}s:"
"$LOADGEN" "$RATE" "$SECONDS_" 0 "$PROFILE"
echo "uptime: $(uptime)"
