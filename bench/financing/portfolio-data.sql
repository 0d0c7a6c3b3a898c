-- Bench data for the financing mechanism (issue 12): one synthetic fund ("Bench fund") with 40 member states,
-- 5,000 approved proposals with their budget lines and results, and 5,000 grants with two tranches each.
-- Every name says "Bench"; nothing here is real. Idempotent: removes the earlier bench fund first.
\timing on
delete from financing.disbursement where grant_id in (select g.id from financing.grant_award g join financing.fund f on f.id = g.fund_id where f.name = 'Bench fund');
delete from financing.grant_line where grant_id in (select g.id from financing.grant_award g join financing.fund f on f.id = g.fund_id where f.name = 'Bench fund');
delete from financing.grant_award where fund_id in (select id from financing.fund where name = 'Bench fund');
delete from financing.budget_line where proposal_id in (select p.id from financing.proposal p join financing.fund f on f.id = p.fund_id where f.name = 'Bench fund');
delete from financing.result_indicator where proposal_id in (select p.id from financing.proposal p join financing.fund f on f.id = p.fund_id where f.name = 'Bench fund');
delete from financing.proposal where fund_id in (select id from financing.fund where name = 'Bench fund');
delete from financing.contribution where fund_id in (select id from financing.fund where name = 'Bench fund');
delete from financing.member where fund_id in (select id from financing.fund where name = 'Bench fund');
delete from financing.fund where name = 'Bench fund';

insert into financing.fund (id, name, currency, windows, part1_fee, part2_fee, demonstration, created_at)
values ('00000000-0000-0000-0000-00000000b001', 'Bench fund', 'USD',
        '{labour-migration-governance,skills-development,new-technologies,protection-gaps,irregular-migration-prevention,partnerships}',
        1000000, 200000, true, now());

create temporary table bench_countries as
select row_number() over (order by c) - 1 as i, c from unnest(array['AR','BO','BR','CL','CO','CR','CU','DO','EC','SV',
  'GT','HN','MX','NI','PA','PY','PE','UY','VE','HT','JM','TT','BS','BB','BZ','GY','SR','LC','VC','GD','AG','DM','KN',
  'ES','PT','IT','DE','FR','CA','US']) as c;

insert into financing.member (id, fund_id, organisation_id, organisation_name, country, tier, joined_on)
select md5('bench-member-' || i)::uuid, '00000000-0000-0000-0000-00000000b001', md5('bench-org-' || i)::uuid,
       'Bench state ' || c, c, case when i >= 33 then 'part-1' else 'part-2' end, date '2024-01-01'
from bench_countries;

insert into financing.contribution (id, fund_id, member_id, period, amount_due, amount_paid, paid_on, recorded_at)
select md5('bench-contribution-' || i || '-' || y)::uuid, '00000000-0000-0000-0000-00000000b001',
       md5('bench-member-' || i)::uuid, y::text, case when i >= 33 then 1000000 else 200000 end,
       case when i % 7 = 0 then 0 else case when i >= 33 then 1000000 else 200000 end end, date '2025-03-01', now()
from bench_countries, generate_series(2024, 2026) as y;

insert into financing.proposal (id, fund_id, lead_member, lead_organisation, partners, title, summary, thematic_window,
                                objectives, activities, gender_marker, human_rights_marker, status, created_at,
                                submitted_at, decided_at, appraisal_score, appraisal_remarks, appraised_at)
select md5('bench-proposal-' || n)::uuid, '00000000-0000-0000-0000-00000000b001', md5('bench-member-' || (n % 40))::uuid,
       md5('bench-org-' || (n % 40))::uuid, array[md5('bench-member-' || ((n + 1) % 40))::uuid],
       'Bench proposal ' || n, 'Synthetic proposal for the benchmark', (array['labour-migration-governance',
       'skills-development','new-technologies','protection-gaps','irregular-migration-prevention','partnerships'])[1 + n % 6],
       array[1 + n % 23], '', n % 4, (n + 1) % 4, 'approved', now() - interval '400 days', now() - interval '300 days',
       now() - interval '200 days', 70, 'bench', now() - interval '250 days'
from generate_series(1, 5000) as n;

insert into financing.budget_line (proposal_id, position, label, amount)
select md5('bench-proposal-' || n)::uuid, l, 'Line ' || l, 1000 + (n % 97) * 10
from generate_series(1, 5000) as n, generate_series(0, 1) as l;

insert into financing.result_indicator (proposal_id, position, outcome, indicator, baseline, target)
select md5('bench-proposal-' || n)::uuid, 0, 'Outcome', 'Indicator', 0, 100 from generate_series(1, 5000) as n;

insert into financing.grant_award (id, fund_id, proposal_id, amount, cancelled, committed_on, countries)
select md5('bench-grant-' || n)::uuid, '00000000-0000-0000-0000-00000000b001', md5('bench-proposal-' || n)::uuid,
       2000 + (n % 97) * 20, 0, date '2025-06-01' + (n % 300), array[(select c from bench_countries where i = n % 40),
       (select c from bench_countries where i = (n + 1) % 40)]
from generate_series(1, 5000) as n;

insert into financing.grant_line (grant_id, position, label, amount)
select md5('bench-grant-' || n)::uuid, l, 'Line ' || l, 1000 + (n % 97) * 10
from generate_series(1, 5000) as n, generate_series(0, 1) as l;

insert into financing.disbursement (grant_id, position, amount, paid_on)
select md5('bench-grant-' || n)::uuid, t, 500, date '2025-07-01' + t * 90
from generate_series(1, 5000) as n, generate_series(0, 1) as t;
analyze;
