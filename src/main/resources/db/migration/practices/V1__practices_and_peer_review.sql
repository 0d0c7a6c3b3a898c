-- The repository of good practices: practices, their public versions, reviewer assignments,
-- peer reviews, calls for practices and contact persons (personal data, never public).
create table practices.call_for_practices (
    id uuid primary key,
    title text not null,
    theme varchar(60),
    deadline date not null,
    featured boolean not null default false,
    created_at timestamptz not null default now()
);

create table practices.practice (
    id uuid primary key,
    status varchar(30) not null,
    language varchar(2) not null,
    title text not null,
    summary text not null,
    description text not null,
    translations text not null default '{}',
    organisation_id uuid not null,
    organisation_name text not null,
    partners text[] not null default '{}',
    partner_organisation_ids uuid[] not null default '{}',
    type varchar(20) not null,
    start_date date,
    end_date date,
    ongoing boolean not null default false,
    implemented boolean not null default true,
    level varchar(20) not null,
    countries text[] not null default '{}',
    regions text[] not null default '{}',
    locality text,
    latitude double precision,
    longitude double precision,
    objectives integer[] not null default '{}',
    principles text[] not null default '{}',
    sdg_targets text[] not null default '{}',
    themes text[] not null default '{}',
    target_population text,
    results text,
    monitoring text,
    lessons text,
    replication text,
    budget text,
    links text[] not null default '{}',
    call_id uuid references practices.call_for_practices (id),
    review_round integer not null default 0,
    revision_requests text,
    decision_reason text,
    peer_reviewed_at timestamptz,
    published_at timestamptz,
    submitted_at timestamptz,
    created_by uuid,
    created_by_email text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    demo_key varchar(80) unique,
    deleted_at timestamptz,
    deleted_by text,
    deletion_reason text,
    version integer not null default 0
);
create index practice_status on practices.practice (status);
create index practice_organisation on practices.practice (organisation_id);

-- Contact person of a practice: personal data, shown only to the secretariat and the submitting organisation.
create table practices.practice_contact (
    practice_id uuid primary key references practices.practice (id),
    name text not null,
    email text not null,
    phone text
);

-- Every submitted or published state of a practice, kept as history.
create table practices.practice_version (
    id bigserial primary key,
    practice_id uuid not null references practices.practice (id),
    number integer not null,
    status varchar(30) not null,
    snapshot text not null,
    note text,
    created_by text not null,
    created_at timestamptz not null default now(),
    unique (practice_id, number)
);

create table practices.review_assignment (
    id uuid primary key,
    practice_id uuid not null references practices.practice (id),
    reviewer_person_id uuid not null,
    reviewer_email text not null,
    reviewer_name text not null,
    reviewer_organisation_id uuid not null,
    internal boolean not null,
    assigned_at timestamptz not null default now(),
    no_conflict_declared_at timestamptz,
    unique (practice_id, reviewer_person_id)
);

create table practices.peer_review (
    id uuid primary key,
    practice_id uuid not null references practices.practice (id),
    assignment_id uuid not null references practices.review_assignment (id),
    round integer not null,
    applicability integer not null check (applicability between 1 and 5),
    relevance integer not null check (relevance between 1 and 5),
    coherence integer not null check (coherence between 1 and 5),
    innovation integer not null check (innovation between 1 and 5),
    replicability integer not null check (replicability between 1 and 5),
    monitoring_and_evaluation integer not null check (monitoring_and_evaluation between 1 and 5),
    mainstreaming integer not null check (mainstreaming between 1 and 5),
    timeframe integer not null check (timeframe between 1 and 5),
    recommendation varchar(30) not null,
    comment text not null,
    submitted_at timestamptz not null default now(),
    unique (assignment_id, round)
);
