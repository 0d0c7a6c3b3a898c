#!/bin/sh
# Tabulation by migratory status x sex x area over N generated (SYNTHETIC) rows: Pacto's Microdata interface
# (DuckDB JDBC) and DuckDB itself, side by side in one run. Usage: bench/indicators/run.sh [ROWS] [PYTHON]
# PYTHON must have the duckdb package (the DuckDB CLI could not be installed here: see bench/RESULTS.md).
set -e
ROWS=${1:-10000000}
PY=${2:-python3}
DIR=$(mktemp -d)
JAR=$(ls ~/.m2/repository/org/duckdb/duckdb_jdbc/*/duckdb_jdbc-*.jar | head -1)
java tools/indicators/GenerateMicrodata.java census "$ROWS" "$DIR/census.csv" 7 UY
echo "machine: $(nproc) cores, $(uname -srm); load: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%FT%TZ)"
java -cp target/classes:"$JAR" bench/indicators/TabulationBench.java "$DIR/census.csv" "$DIR/pacto" 5
"$PY" bench/indicators/duckdb_side.py "$DIR/census.csv" "$DIR/duck.db" 5
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$DIR"
