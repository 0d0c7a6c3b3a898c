-- DuckDB CLI side (run.sh runs it only when a `duckdb` binary is on PATH): the same load and query, timed by .timer.
.timer on
create table bench as select * from read_csv(getenv('BENCH_CSV'), header = true, all_varchar = false, sample_size = 20480);
select count(*) from bench;
select coalesce(cast("migratory_status" as varchar), ''), coalesce(cast("sex" as varchar), ''), coalesce(cast("area" as varchar), ''), count(*) as n, sum(cast("weight" as double)) as v from bench group by all;
select coalesce(cast("migratory_status" as varchar), ''), coalesce(cast("sex" as varchar), ''), coalesce(cast("area" as varchar), ''), count(*) as n, sum(cast("weight" as double)) as v from bench group by all;
select coalesce(cast("migratory_status" as varchar), ''), coalesce(cast("sex" as varchar), ''), coalesce(cast("area" as varchar), ''), count(*) as n, sum(cast("weight" as double)) as v from bench group by all;
