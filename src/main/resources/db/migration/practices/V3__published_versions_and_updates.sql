-- A published practice can be updated by its organisation: the update waits for the secretariat
-- (the public keeps seeing the published version), and each approved update is a new public version.
alter table practices.practice add column published_version integer not null default 0;
update practices.practice set published_version = 1 where status in ('published', 'published-as-promising');

alter table practices.practice_version add column published integer;
update practices.practice_version set published = 1 where status in ('published', 'published-as-promising');

create table practices.practice_update (
    id uuid primary key,
    practice_id uuid not null references practices.practice (id),
    version integer not null,
    status varchar(20) not null,
    content text not null,
    proposed_by uuid,
    proposed_by_email text not null,
    proposed_at timestamptz not null default now(),
    decided_by text,
    decided_at timestamptz,
    decision_reason text,
    row_version integer not null default 0,
    constraint practice_update_status check (status in ('pending', 'approved', 'rejected'))
);
-- Only one pending update at a time; an approved version number is never given twice.
create unique index practice_update_one_pending on practices.practice_update (practice_id) where status = 'pending';
create unique index practice_update_approved on practices.practice_update (practice_id, version)
    where status = 'approved';
create index practice_update_practice on practices.practice_update (practice_id, version);
