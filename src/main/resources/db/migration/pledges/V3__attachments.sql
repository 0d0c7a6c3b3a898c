-- Files attached to a pledge (content under <data-dir>/files/pledges/<id>, checked by content).
create table pledges.attachment (
    id              uuid primary key,
    pledge_id       uuid not null references pledges.pledge (id),
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
create index attachment_pledge on pledges.attachment (pledge_id) where deleted_at is null;
