#!/bin/sh
# Issue 10's speed check, side by side in one run, on N generated SYNTHETIC census rows (default 10 million):
#   Pacto: its whole CSV upload path (line check + DuckDB read_csv via Microdata + refusal checks), then the
#          tabulation by migratory status x sex x area with disclosure control (bench/indicators/TabulationBench.java);
#   DuckDB: read_csv and the same GROUP BY with no Pacto code, through DuckDB's JDBC driver, the same engine version
#          (bench/indicators/DuckDbPeer.java); and the DuckDB CLI too when a `duckdb` binary is on PATH.
# One command, from the project directory after `mvn -o -q compile`:   bench/indicators/run.sh [ROWS] [REPEAT]
# Needs the JDK 25 (JAVA_HOME) and duckdb_jdbc in ~/.m2 (Maven fetched it for the build). Prints load average
# before and after: figures taken on a busy machine are not comparable with a quiet one.
set -e
ROWS=${1:-10000000}
REPEAT=${2:-5}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
VERSION=$(sed -n 's:.*<artifactId>duckdb_jdbc</artifactId><version>\([^<]*\)</version>.*:\1:p' pom.xml)
JAR=~/.m2/repository/org/duckdb/duckdb_jdbc/$VERSION/duckdb_jdbc-$VERSION.jar
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
"$JAVA" tools/indicators/GenerateMicrodata.java census "$ROWS" "$DIR/census.csv" 7 UY
echo "machine: $(nproc) cores, $(uname -srm), $("$JAVA" -version 2>&1 | head -1); file $(du -h "$DIR/census.csv" | cut -f1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
"$JAVA" --enable-native-access=ALL-UNNAMED -cp target/classes:"$JAR" bench/indicators/TabulationBench.java "$DIR/census.csv" "$DIR/pacto" "$REPEAT"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" --enable-native-access=ALL-UNNAMED -cp "$JAR" bench/indicators/DuckDbPeer.java "$DIR/census.csv" "$DIR/peer.duckdb" "$REPEAT"
if command -v duckdb >/dev/null 2>&1; then
  echo "duckdb CLI $(duckdb --version):"
  BENCH_CSV="$DIR/census.csv" duckdb "$DIR/cli.duckdb" < bench/indicators/duckdb_cli.sql | grep -i 'run time'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
