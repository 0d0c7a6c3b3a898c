-- The outbox of search-index work (issue 16, item 7): a change of a practice records its row here in the same
-- transaction; the row is removed once the change is in the index, and stays (with its failed attempts) while
-- the index cannot be written, so nothing committed is ever missing from the index for good.
create table practices.index_work (
    practice_id uuid primary key,
    work bigserial not null,
    queued_at timestamptz not null default now(),
    attempts integer not null default 0,
    failed_at timestamptz,
    problem text
);
