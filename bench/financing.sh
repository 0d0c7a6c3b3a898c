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
. bench/pacto-node.sh
PORT=18092
start_pacto $PORT
pacto_psql bench/financing/portfolio-data.sql
F=00000000-0000-0000-0000-00000000b001
URLS=("http://localhost:$PORT/financing/funds/$F" "http://localhost:$PORT/financing/funds/$F?page=40"
      "http://localhost:$PORT/api/v1/financing/funds/$F")
echo "grants in the fund: $(curl -s "${URLS[2]}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["grantCount"])')"
echo "warm-up: $("$LOADGEN" $((RATE / 2)) 1 "$WARMUP" "${URLS[@]}")"
echo "fund page and JSON at ${RATE}/s for ${SECONDS_}s after ${WARMUP}s at that rate:"
"$LOADGEN" "$RATE" "$SECONDS_" "$WARMUP" "${URLS[@]}"
