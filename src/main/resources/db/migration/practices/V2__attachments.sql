-- Files attached to a practice (content under <data-dir>/files/practices/<id>, checked by content).
-- Numbered 20 so that it never collides with migrations added meanwhile on other branches.
create table practices.attachment (
    id              uuid primary key,
    practice_id     uuid not null references practices.practice (id),
    file_name       text not null,
    media_type      text not null,
    size            bigint not null check (size > 0 and size <= 26214400),
    sha256          text not null,
    uploaded_by     uuid not null,
    uploaded_at     timestamptz not null default now(),
    deleted_at      timestamptz,
    deleted_by      uuid,
    deletion_reason text
);
create index attachment_practice on practices.attachment (practice_id) where deleted_at is null;
