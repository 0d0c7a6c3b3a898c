"""DuckDB's own side of bench/indicators/run.sh: read_csv into a table, then the same GROUP BY, median of REPEAT."""
import statistics, sys, time
import duckdb

csv, db, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5
con = duckdb.connect(db)
con.execute("drop table if exists bench")
t = time.perf_counter()
con.execute("create table bench as select * from read_csv(?, header = true)", [csv])
load = time.perf_counter() - t
rows = con.execute("select count(*) from bench").fetchone()[0]
q = ("select coalesce(cast(migratory_status as varchar), ''), coalesce(cast(sex as varchar), ''), "
     "coalesce(cast(area as varchar), ''), count(*), sum(cast(weight as double)) from bench group by all")
times = []
for i in range(repeat + 1):
    t = time.perf_counter()
    con.execute(q).fetchall()
    if i > 0:
        times.append(time.perf_counter() - t)
print(f"duckdb-python {duckdb.__version__} rows={rows} load_s={load:.3f} tabulate_median_s={statistics.median(times):.4f}")
con.execute("drop table bench")
