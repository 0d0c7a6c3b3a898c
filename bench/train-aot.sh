#!/usr/bin/env bash
# Trains the JDK AOT cache for an extracted Pacto (target/run by default): starts it on a scratch
# data directory in demo mode (initdb, migrations, demo content, search index), requests the main
# pages and APIs, then stops it; at exit the JVM writes DIR/pacto.aot (JEP 514).
#   bench/train-aot.sh [DIR]
set -euo pipefail
DIR=${1:-target/run}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
DATA=$(mktemp -d /tmp/pacto-training.XXXXXX)
LOG=$DIR/training-app.log
rm -f "$DIR/pacto.aot"
trap '[ -z "${PID:-}" ] || kill $PID 2>/dev/null || true; rm -rf "$DATA"' EXIT
"$JAVA" -XX:AOTCacheOutput="$DIR/pacto.aot" -Xlog:aot*=error,cds*=error -jar "$DIR/pacto.jar" \
  --server.port=0 --pacto.data-dir="$DATA" --pacto.demo=true >"$LOG" 2>&1 &
PID=$!
URL=
for _ in $(seq 1 1800); do
  URL=$(grep -oE 'Pacto is ready at http://localhost:[0-9]+' "$LOG" | grep -oE 'http://localhost:[0-9]+' || true)
  [ -n "$URL" ] && break
  kill -0 $PID 2>/dev/null || { tail -30 "$LOG"; exit 1; }
  sleep 0.1
done
[ -n "$URL" ] || { echo "Pacto did not become ready"; exit 1; }
for lang in es en; do
  for path in / /objectives/1 /objectives/22 /principles/human-rights /practices "/practices?q=consulado+movil" \
      /pledges /pledges/map /map /agreements /portability /portability/calculator /api/v1/objectives /api/v1/principles \
      /api/v1/countries "/api/v1/practices?q=salud" /api/v1/pledges.json /v3/api-docs /actuator/health /login; do
    curl -s -o /dev/null -H "Accept-Language: $lang" "$URL$path" || true
  done
done
kill -TERM $PID
wait $PID || true
PID=
[ -s "$DIR/pacto.aot" ] || { echo "No AOT cache was written"; exit 1; }
echo "AOT cache: $(du -h "$DIR/pacto.aot" | cut -f1)"
