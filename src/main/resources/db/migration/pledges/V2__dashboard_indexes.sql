-- The dashboard, its API and the map read a few narrow columns of every public pledge: a covering
-- index lets PostgreSQL answer from the index alone (index-only scan) instead of the wide rows.
create index if not exists pledge_facts on pledges.pledge (status)
    include (deleted_at, objectives, principles, organisation_kind, nature, regions, countries, year, fulfilment, deadline);
-- The list's order (latest published first) and the overdue list's (earliest deadline first).
create index if not exists pledge_listing on pledges.pledge (published_at desc nulls last, title, id);
create index if not exists pledge_deadline on pledges.pledge (deadline);
