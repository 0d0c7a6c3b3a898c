-- The financing mechanism (issue 12; seed 002's concessional financing mechanism). Members and proposals refer
-- to identity's organisations by id only (no foreign keys across modules); names are copied for public pages.
create table financing.fund (
    id              uuid primary key,
    name            varchar(300) not null,
    currency        varchar(3) not null,
    quorum_share    numeric(5, 4) not null default 0.5 check (quorum_share >= 0 and quorum_share < 1),
    majority        varchar(20) not null default 'simple' check (majority in ('simple', 'consensus')),
    windows         text[] not null,
    part1_fee       numeric(20, 2) not null default 0 check (part1_fee >= 0),
    part2_fee       numeric(20, 2) not null default 0 check (part2_fee >= 0),
    demonstration   boolean not null default false,
    created_at      timestamptz not null,
    version         bigint not null default 0,
    unique (name)
);

create table financing.member (
    id                  uuid primary key,
    fund_id             uuid not null references financing.fund (id),
    organisation_id     uuid not null,
    organisation_name   varchar(300) not null,
    country             varchar(2),
    tier                varchar(10) not null check (tier in ('part-1', 'part-2')),
    joined_on           date not null,
    representative      uuid,
    version             bigint not null default 0,
    unique (fund_id, organisation_id)
);

create table financing.contribution (
    id          uuid primary key,
    fund_id     uuid not null references financing.fund (id),
    member_id   uuid not null references financing.member (id),
    period      varchar(20) not null,
    amount_due  numeric(20, 2) not null check (amount_due >= 0),
    amount_paid numeric(20, 2) not null check (amount_paid >= 0),
    paid_on     date,
    recorded_at timestamptz not null,
    unique (member_id, period)
);

create table financing.call (
    id          uuid primary key,
    fund_id     uuid not null references financing.fund (id),
    title       text not null,
    windows     text[] not null,
    ceiling     numeric(20, 2) not null check (ceiling > 0),
    activities  text not null,
    opens_on    date not null,
    closes_on   date not null check (closes_on >= opens_on)
);

create table financing.proposal (
    id                  uuid primary key,
    fund_id             uuid not null references financing.fund (id),
    call_id             uuid references financing.call (id),
    lead_member         uuid not null references financing.member (id),
    lead_organisation   uuid not null,
    partners            uuid[] not null,
    title               text not null,
    summary             text not null,
    thematic_window     varchar(60) not null,
    objectives          int[] not null,
    activities          text not null,
    gender_marker       int not null check (gender_marker between 0 and 3),
    human_rights_marker int not null check (human_rights_marker between 0 and 3),
    status              varchar(20) not null,
    created_at          timestamptz not null,
    submitted_at        timestamptz,
    decided_at          timestamptz,
    appraisal_score     int check (appraisal_score between 0 and 100),
    appraisal_remarks   text,
    appraised_at        timestamptz,
    version             bigint not null default 0
);
create index proposal_fund on financing.proposal (fund_id, status);

create table financing.budget_line (
    proposal_id uuid not null references financing.proposal (id) on delete cascade,
    position    int not null,
    label       text not null,
    amount      numeric(20, 2) not null check (amount >= 0),
    primary key (proposal_id, position)
);

create table financing.result_indicator (
    proposal_id uuid not null references financing.proposal (id) on delete cascade,
    position    int not null,
    outcome     text not null,
    indicator   text not null,
    baseline    numeric(20, 4) not null,
    target      numeric(20, 4) not null,
    primary key (proposal_id, position)
);

create table financing.meeting (
    id          uuid primary key,
    fund_id     uuid not null references financing.fund (id),
    held_on     date not null,
    proposals   uuid[] not null,
    present     uuid[] not null,
    members     int,
    closed_at   timestamptz,
    version     bigint not null default 0
);

create table financing.vote (
    meeting_id  uuid not null references financing.meeting (id) on delete cascade,
    member_id   uuid not null,
    proposal_id uuid not null,
    ballot      varchar(10) not null check (ballot in ('yes', 'no', 'abstain')),
    primary key (meeting_id, member_id, proposal_id)
);

create table financing.meeting_result (
    meeting_id  uuid not null references financing.meeting (id) on delete cascade,
    proposal_id uuid not null,
    yes         int not null,
    no          int not null,
    abstain     int not null,
    present     int not null,
    members     int not null,
    quorum      boolean not null,
    decision    varchar(20) not null,
    primary key (meeting_id, proposal_id)
);

create table financing.grant_award (
    id              uuid primary key,
    fund_id         uuid not null references financing.fund (id),
    proposal_id     uuid not null unique references financing.proposal (id),
    amount          numeric(20, 2) not null check (amount > 0),
    cancelled       numeric(20, 2) not null default 0 check (cancelled >= 0),
    committed_on    date not null,
    closed_on       date,
    countries       text[] not null,
    version         bigint not null default 0
);

create table financing.disbursement (
    grant_id    uuid not null references financing.grant_award (id) on delete cascade,
    position    int not null,
    amount      numeric(20, 2) not null check (amount > 0),
    paid_on     date not null,
    primary key (grant_id, position)
);

create table financing.progress_report (
    grant_id    uuid not null references financing.grant_award (id) on delete cascade,
    position    int not null,
    period      varchar(20) not null,
    submitted_on date not null,
    narrative   text not null,
    achieved    numeric(20, 4)[] not null,
    primary key (grant_id, position)
);

create table financing.restructuring (
    grant_id        uuid not null references financing.grant_award (id) on delete cascade,
    position        int not null,
    made_on         date not null,
    reason          text not null,
    from_line       int,
    to_line         int,
    amount          numeric(20, 2),
    added_country   varchar(2),
    primary key (grant_id, position)
);
create index grant_fund on financing.grant_award (fund_id);

-- A grant's budget: the approved proposal's lines, copied at commitment, then changed only by restructurings.
create table financing.grant_line (
    grant_id    uuid not null references financing.grant_award (id) on delete cascade,
    position    int not null,
    label       text not null,
    amount      numeric(20, 2) not null check (amount >= 0),
    primary key (grant_id, position)
);
