-- The pledging initiative: measurable commitments, their targets, progress reports and signatories.
create table pledges.pledge (
    id                  uuid primary key,
    organisation_id     uuid not null,
    organisation_name   text not null,
    organisation_kind   text not null,
    champion            boolean not null default false,
    language            text not null,
    title               text not null,
    description         text not null,
    type                text not null,
    matches             uuid,
    mirror              boolean not null default false,
    nature              text[] not null,
    objectives          int[] not null,
    principles          text[] not null,
    actions             text[] not null,
    countries           text[] not null,
    region              text,
    global              boolean not null default false,
    regions             text[] not null,
    start_date          date,
    deadline            date,
    year                int not null,
    status              text not null,
    open_for_signatures boolean not null default false,
    fulfilment          numeric(4,1) not null default 0,
    last_report_on      date,
    return_reason       text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    submitted_at        timestamptz,
    published_at        timestamptz,
    deleted_at          timestamptz,
    deleted_by          text,
    deletion_reason     text,
    version             bigint not null default 0
);
create index pledge_status on pledges.pledge (status);
create index pledge_organisation on pledges.pledge (organisation_id);
create index pledge_objectives on pledges.pledge using gin (objectives);
create index pledge_countries on pledges.pledge using gin (countries);
create index pledge_regions on pledges.pledge using gin (regions);

create table pledges.translation (
    pledge_id   uuid not null references pledges.pledge (id) on delete cascade,
    language    text not null,
    title       text not null,
    description text,
    primary key (pledge_id, language)
);

create table pledges.target (
    id           uuid primary key,
    pledge_id    uuid not null references pledges.pledge (id) on delete cascade,
    position     int not null,
    name         text not null,
    unit         text not null,
    baseline     numeric(20,4) not null,
    target       numeric(20,4) not null,
    weight       numeric(10,4),
    currency     text,
    latest_value numeric(20,4)
);
create index target_pledge on pledges.target (pledge_id);

create table pledges.report (
    id                uuid primary key,
    pledge_id         uuid not null references pledges.pledge (id) on delete cascade,
    reported_on       date not null,
    narrative         text not null,
    organisation_id   uuid not null,
    created_at        timestamptz not null default now(),
    corrected_at      timestamptz,
    corrected_by      text,
    correction_reason text
);
create index report_pledge on pledges.report (pledge_id, reported_on);

create table pledges.report_value (
    report_id uuid not null references pledges.report (id) on delete cascade,
    target_id uuid not null,
    value     numeric(20,4) not null,
    primary key (report_id, target_id)
);

create table pledges.signatory (
    pledge_id         uuid not null references pledges.pledge (id) on delete cascade,
    organisation_id   uuid not null,
    organisation_name text not null,
    status            text not null,
    invited_at        timestamptz not null default now(),
    accepted_at       timestamptz,
    primary key (pledge_id, organisation_id)
);

-- Contacts are personal data: never public, every read audited.
create table pledges.contact (
    pledge_id uuid not null references pledges.pledge (id) on delete cascade,
    position  int not null,
    name      text not null,
    email     text not null,
    phone     text,
    primary key (pledge_id, position)
);
