-- Bench data for voluntary reviews (issue 9): one synthetic cycle ("Bench cycle") with one published inventory of
-- 2,000 initiatives for a synthetic organisation, spread over the 23 objectives, with duplicates, stale and undated
-- entries so every observer rule has work. Every name says "Bench"; nothing here is real. Idempotent.
\timing on
delete from reviews.cycle where title = 'Bench cycle';
delete from reviews.inventory where id = '00000000-0000-0000-0000-0000000be001';
delete from reviews.cycle where id = '00000000-0000-0000-0000-0000000bc001';

insert into reviews.cycle (id, title, forum, reference_date, opens, closes, demo, created_by)
values ('00000000-0000-0000-0000-0000000bc001', 'Bench cycle', 'regional', date '2026-06-30', date '2026-01-01',
        date '2027-12-31', true, 'bench');

insert into reviews.inventory (id, cycle_id, organisation_id, organisation_name, country, level, status, demo,
                               submitted_at, validated_at, published_at)
values ('00000000-0000-0000-0000-0000000be001', '00000000-0000-0000-0000-0000000bc001',
        '00000000-0000-0000-0000-0000000b0a01', 'Bench ministry', 'AR', 'national', 'published', true,
        now(), now(), now());

insert into reviews.initiative (id, inventory_id, position, language, title, authority, level, direction, type,
                                objectives, principles, status, start_date, end_date, legal_basis, url,
                                budget_amount, budget_currency, evidence, last_verified)
select md5('bench-initiative-' || n)::uuid, '00000000-0000-0000-0000-0000000be001', n, 'es',
       -- every 50th title repeats an earlier one (the duplicate rule), with other case and accents
       case when n % 50 = 0 then 'BENCH INICIATIVA Nº ' || (n - 1) else 'Bench iniciativa nº ' || n end,
       'Bench authority ' || (n % 12), 'national',
       (array['emigration','immigration','transit','return'])[1 + n % 4],
       (array['law','regulation','plan','programme','service','agreement'])[1 + n % 6],
       array[1 + n % 23, 1 + (n * 7) % 23], array['human-rights'],
       (array['in-force','in-force','in-force','planned','ended'])[1 + n % 5],
       date '2010-01-01' + (n % 5000),
       case when n % 17 = 0 then date '2020-01-01' else null end,
       case when n % 6 in (0, 1) and n % 11 <> 0 then 'Bench law ' || n else null end,
       'https://bench.example/initiative/' || n, 1000 + n, 'ARS', '{}',
       case when n % 9 = 0 then date '2022-01-01' else date '2026-01-15' end
from generate_series(1, 2000) as n;

select count(*) as initiatives from reviews.initiative where inventory_id = '00000000-0000-0000-0000-0000000be001';
