-- Bench data for the pledging initiative: 50,000 pledges (prefix "Bench pledge"), 100,000 targets,
-- 200,000 progress reports with a value per target, fulfilment recomputed as the app does.
-- Run against a running instance's database:  psql "$URL" -f bench/pledges-data.sql
-- Idempotent: removes earlier bench rows first.
\timing on
delete from pledges.pledge where title like 'Bench pledge %';

create temporary table bench_orgs as
select row_number() over (order by id) - 1 as i, id, name, kind from identity.organisation where deleted_at is null;
create temporary table bench_countries as
select row_number() over (order by case when region = '019' then 0 else 1 end, code) - 1 as i, code::text as code,
       array_remove(array[region::text, subregion::text, intermediate_region::text], null) as regions
from taxonomy.country;

insert into pledges.pledge (id, organisation_id, organisation_name, organisation_kind, champion, language, title,
    description, type, mirror, nature, objectives, principles, actions, countries, region, global, regions,
    start_date, deadline, year, status, open_for_signatures, fulfilment, created_at, updated_at, published_at)
select gen_random_uuid(), o.id, o.name, o.kind, false, 'es', 'Bench pledge ' || g,
       repeat('Compromiso medible de prueba para el banco de rendimiento. ', 8),
       (array['individual','common','partnership'])[1 + g % 3], g % 7 = 0,
       case when g % 5 = 0 then array['financial','technical'] else array[(array['financial','technical','process','policy'])[1 + g % 4]] end,
       array[1 + g % 23, 1 + (g * 7 + 3) % 23],
       array[(array['people-centred','international-cooperation','human-rights','rule-of-law','whole-of-society'])[1 + g % 5]],
       '{}', array[c.code], null, false, c.regions,
       make_date(2019 + g % 7, 1 + g % 12, 1), make_date(2022 + g % 8, 1 + g % 12, 28), 2019 + g % 7,
       (array['published','in-progress','in-progress','in-progress','in-progress','fulfilled','draft','submitted','withdrawn','in-progress'])[1 + g % 10],
       false, 0, now(), now(), now()
from generate_series(1, 50000) g
join bench_orgs o on o.i = g % (select count(*) from bench_orgs)
join bench_countries c on c.i = (case when g % 10 < 7 then g % 33 else g % (select count(*) from bench_countries) end);

insert into pledges.target (id, pledge_id, position, name, unit, baseline, target, weight)
select gen_random_uuid(), p.id, t, 'Meta ' || (t + 1), 'unidades', 0, 100 + t * 50, case when t = 0 then 0.6 else 0.4 end
from pledges.pledge p, generate_series(0, 1) t where p.title like 'Bench pledge %';

create temporary table bench_reported as
select row_number() over (order by id) - 1 as i, id, start_date from pledges.pledge
where title like 'Bench pledge %' and status not in ('draft', 'submitted');

insert into pledges.report (id, pledge_id, reported_on, narrative, organisation_id)
select gen_random_uuid(), b.id, least(b.start_date + ((r / (select count(*) from bench_reported)) * 120 + r % 90)::int, current_date),
       'Informe de avance de prueba ' || r, p.organisation_id
from generate_series(0, 199999) r
join bench_reported b on b.i = r % (select count(*) from bench_reported)
join pledges.pledge p on p.id = b.id;

insert into pledges.report_value (report_id, target_id, value)
select r.id, t.id, round((random() * t.target * 1.1)::numeric, 1)
from pledges.report r join pledges.target t on t.pledge_id = r.pledge_id
join pledges.pledge p on p.id = r.pledge_id where p.title like 'Bench pledge %';

update pledges.target t set latest_value = v.value
from (select distinct on (rv.target_id) rv.target_id, rv.value from pledges.report_value rv
      join pledges.report r on r.id = rv.report_id join pledges.pledge p on p.id = r.pledge_id
      where p.title like 'Bench pledge %' order by rv.target_id, r.reported_on desc, r.created_at desc) v
where t.id = v.target_id;

update pledges.pledge p set fulfilment = f.percent, last_report_on = f.last
from (select t.pledge_id,
             round(100 * sum(coalesce(t.weight, 1) * greatest(0, least(1, (coalesce(t.latest_value, t.baseline) - t.baseline)
                   / nullif(t.target - t.baseline, 0)))) / sum(coalesce(t.weight, 1)), 1) as percent,
             (select max(r.reported_on) from pledges.report r where r.pledge_id = t.pledge_id) as last
      from pledges.target t join pledges.pledge pp on pp.id = t.pledge_id
      where pp.title like 'Bench pledge %' group by t.pledge_id) f
where p.id = f.pledge_id;

analyze pledges.pledge;
analyze pledges.target;
analyze pledges.report;
analyze pledges.report_value;
select count(*) as pledges from pledges.pledge;
select count(*) as reports from pledges.report;
