-- Organisations that act in Pacto; UN entities are "internal" (peer review needs internal and
-- external reviewers). Deletion is soft, with a reason.
create table identity.organisation (
    id uuid primary key,
    name text not null,
    kind varchar(40) not null,
    country char(2),
    level varchar(20) not null check (level in ('local', 'subnational', 'national', 'regional', 'global')),
    locality text,
    website text,
    internal boolean not null default false,
    created_at timestamptz not null,
    deleted_at timestamptz,
    deleted_by varchar(320),
    deletion_reason text,
    version integer not null default 0
);
create unique index organisation_name on identity.organisation (lower(name)) where deleted_at is null;

create table identity.person (
    id uuid primary key,
    organisation_id uuid not null references identity.organisation,
    email varchar(320) not null,
    name text not null,
    password_hash text,
    email_verified boolean not null default false,
    created_at timestamptz not null,
    deleted_at timestamptz,
    deleted_by varchar(320),
    deletion_reason text,
    version integer not null default 0
);
create unique index person_email on identity.person (lower(email)) where deleted_at is null;

create table identity.person_role (
    person_id uuid not null references identity.person on delete cascade,
    role varchar(20) not null check (role in ('member', 'focal-point', 'reviewer', 'secretariat', 'admin')),
    primary key (person_id, role)
);

-- Joining is by invitation; accepting the mailed link proves the address.
create table identity.invitation (
    id uuid primary key,
    organisation_id uuid not null references identity.organisation,
    email varchar(320) not null,
    role varchar(20) not null,
    token_hash char(64) not null unique,
    invited_by uuid references identity.person,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    accepted_at timestamptz
);

create table identity.password_reset (
    token_hash char(64) primary key,
    person_id uuid not null references identity.person,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz
);

-- API bearer tokens, kept only as SHA-256 hashes.
create table identity.api_token (
    id uuid primary key,
    person_id uuid not null references identity.person,
    name text not null,
    token_hash char(64) not null unique,
    prefix varchar(16) not null,
    created_at timestamptz not null,
    last_used_at timestamptz,
    revoked_at timestamptz
);
