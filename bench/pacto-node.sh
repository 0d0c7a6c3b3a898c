# Sourced by the HTTP benchmarks: starts Pacto as `./pacto run` does (target/run, with its AOT cache when trained)
# on an empty data directory with the demo content, and stops it and removes the directory on exit.
#   start_pacto PORT      sets DATA (the data directory), PID and LOADGEN (bench/loadgen.c, compiled)
#   pacto_psql FILE       runs an SQL file against the node's embedded PostgreSQL; prints the statements' total time
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"

start_pacto() {
  local port=$1 opts=()
  DATA=$(mktemp -d /tmp/pacto-bench.XXXXXX)
  PID=
  trap '[ -z "$PID" ] || { kill $PID 2>/dev/null; wait $PID 2>/dev/null; } || true; rm -rf "$DATA"' EXIT
  cc -O2 -o "$DATA/loadgen" bench/loadgen.c
  LOADGEN="$DATA/loadgen"
  [ -f target/run/pacto.jar ] || { echo "no target/run/pacto.jar: run ./pacto run once (or see bench/RESULTS.md)" >&2; exit 1; }
  [ -f target/run/stamp ] && opts=(-XX:AOTCache=target/run/pacto.aot -Xlog:aot*=error,cds*=error)
  "$JAVA" "${opts[@]}" -jar target/run/pacto.jar --server.port="$port" --pacto.data-dir="$DATA" --pacto.demo=true \
    > "$DATA/app.log" 2>&1 &
  PID=$!
  until grep -q "Pacto is ready" "$DATA/app.log"; do sleep 0.2; kill -0 $PID 2>/dev/null || { cat "$DATA/app.log"; exit 1; }; done
}

pacto_psql() {
  local pgport
  pgport=$(sed -n 4p "$DATA/postgres/postmaster.pid" | tr -d ' ')
  PGPASSWORD=$(cat "$DATA/postgres.secret") psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d pacto -f "$1" > "$DATA/seed.log"
  grep -i "^Time" "$DATA/seed.log" | awk '{s+=$2} END {print "seeded in " int(s) " ms"}'
}
