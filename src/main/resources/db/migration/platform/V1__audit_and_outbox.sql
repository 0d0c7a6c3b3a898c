-- The audit trail: every change to a record, and every read of personal data.
create table platform.audit_event (
    id bigserial primary key,
    at timestamptz not null default now(),
    actor varchar(320) not null,
    record_type varchar(60) not null,
    record_id varchar(80) not null,
    action varchar(60) not null,
    changes jsonb
);
create index audit_event_record on platform.audit_event (record_type, record_id, at);
create index audit_event_at on platform.audit_event (at desc);

-- Mail kept when no SMTP server is configured.
create table platform.outbox_mail (
    id bigserial primary key,
    at timestamptz not null default now(),
    recipient varchar(320) not null,
    subject text not null,
    body text not null
);
create index outbox_mail_recipient on platform.outbox_mail (lower(recipient), at desc);
