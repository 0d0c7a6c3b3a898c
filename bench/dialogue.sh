#!/usr/bin/env bash
# Dialogue benchmark (issue 11): 2,000 public registrations in one minute without error, and the results of a
# consultation with 5,000 ballots in at most 100 ms p95 (bench/DialogueBench.java says how each is measured).
#   bench/dialogue.sh [REGISTRATIONS] [BALLOTS] [CONCURRENCY]
# Builds the jar when it is missing or older than the sources, then runs Pacto as `./pacto run` does (target/run,
# with its AOT cache when trained) on a scratch data directory with the demo content, and prints `uptime` before
# and after: figures taken on a loaded machine say so.
set -euo pipefail
cd "$(dirname "$0")/.."
REGISTRATIONS=${1:-2000}
BALLOTS=${2:-5000}
CONCURRENCY=${3:-16}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18093}
# The jar's own time is fixed (reproducible build), so a stamp written after the build tells whether it is current.
if [ ! -f target/bench-dialogue.stamp ] || [ -n "$(find src pom.xml -newer target/bench-dialogue.stamp -print -quit)" ]; then
  # -DskipTests as ./pacto does (maven.test.skip=true leaves jackson-databind 2 out of the jar: it does not start)
  mvn -o -q -B package -DskipTests && touch target/bench-dialogue.stamp
fi
if [ ! -f target/run/pacto.jar ] || [ target/pacto.jar -nt target/run/pacto.jar ]; then
  rm -rf target/run && "$JAVA" -Djarmode=tools -jar target/pacto.jar extract --destination target/run >/dev/null
fi
DATA=$(mktemp -d /tmp/pacto-bench.XXXXXX)
PID=
trap '[ -z "$PID" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null; } || true; rm -rf "$DATA"' EXIT
OPTS=()
[ -f target/run/stamp ] && OPTS=(-XX:AOTCache=target/run/pacto.aot -Xlog:aot*=error,cds*=error)
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "before: $(uptime)"
"$JAVA" "${OPTS[@]}" -jar target/run/pacto.jar --server.port=$PORT --pacto.data-dir="$DATA" --pacto.demo=true > "$DATA/app.log" 2>&1 &
PID=$!
until grep -q "Pacto is ready" "$DATA/app.log"; do sleep 0.5; kill -0 $PID 2>/dev/null || { cat "$DATA/app.log"; exit 1; }; done
"$JAVA" -cp "$(ls target/run/lib/postgresql-*.jar)" bench/DialogueBench.java "http://localhost:$PORT" "$DATA" \
  "$REGISTRATIONS" "$BALLOTS" "$CONCURRENCY"
echo "after: $(uptime)"
# No registrant's name or address may reach the log (issue 11: personal data never in logs).
if grep -qi "bench\.[0-9]*@example\|Persona Bench" "$DATA/app.log"; then echo "PERSONAL DATA IN THE LOG"; exit 1; fi
echo "log checked: no registrant's name or e-mail"
