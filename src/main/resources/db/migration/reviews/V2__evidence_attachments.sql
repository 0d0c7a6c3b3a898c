-- Evidence attached to an initiative (issue 9: "evidence (links, attachments)"): metadata here, content in the
-- platform's file store, checked by content (platform.FileStore).
create table reviews.attachment (
    id              uuid primary key,
    -- an initiative removed from a draft takes its evidence rows with it
    initiative_id   uuid not null references reviews.initiative (id) on delete cascade,
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
create index attachment_initiative on reviews.attachment (initiative_id) where deleted_at is null;
