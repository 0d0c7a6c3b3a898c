-- Local services (issue 13). Service points are public; cards, cases and referrals are personal data:
-- their identifying fields are stored only as AES-GCM ciphertext (services.domain.FieldCipher), with the key
-- outside the database. No foreign keys to other modules' schemas (organisations are referred to by id).

create table services.service_point (
    id uuid primary key,
    name varchar(300) not null,
    kind varchar(40) not null,
    operator_id uuid not null,
    operator_name varchar(300) not null,
    country varchar(2) not null,
    locality varchar(200) not null,
    address varchar(500) not null,
    latitude double precision not null check (latitude between -90 and 90),
    longitude double precision not null check (longitude between -180 and 180),
    opening_hours varchar(300) not null,
    time_zone varchar(60) not null,
    languages text[] not null,
    services text[] not null,
    child_sensitive boolean not null,
    gender_responsive boolean not null,
    accessibility varchar(1000) not null default '',
    directions varchar(1000) not null default '',
    verified_on date not null,
    status varchar(20) not null,
    synthetic boolean not null default false,
    source varchar(500) not null default '',
    created_at timestamptz not null,
    version bigint not null default 0
);
-- the near-me search narrows by a latitude/longitude box before the exact distance
create index service_point_position on services.service_point (latitude, longitude);
create index service_point_services on services.service_point using gin (services);
create index service_point_languages on services.service_point using gin (languages);
create unique index service_point_name on services.service_point (operator_id, lower(name));

create table services.registration_card (
    id uuid primary key,
    number varchar(40) not null unique,
    issuer_id uuid not null,
    holder_name bytea not null,
    birth_date bytea not null,
    address bytea not null,
    photo bytea,
    proof_kinds text[] not null,
    identity_points integer not null,
    residence_points integer not null,
    issued_on date not null,
    expires_on date not null,
    status varchar(20) not null,
    verification_hash varchar(64) not null unique,
    revocation_reason varchar(1000),
    erased_at timestamptz,
    created_at timestamptz not null,
    version bigint not null default 0
);

create table services.case_file (
    id uuid primary key,
    code varchar(20) not null unique,
    organisation_id uuid not null,
    name bytea,
    contact bytea,
    sex varchar(20) not null,
    age_band varchar(20) not null,
    languages text[] not null,
    needs text[] not null,
    synthetic boolean not null default false,
    opened_at timestamptz not null,
    closed_at timestamptz,
    erased_at timestamptz,
    erasure_reason varchar(1000),
    version bigint not null default 0
);
create index case_file_organisation on services.case_file (organisation_id);

create table services.referral (
    id uuid primary key,
    case_id uuid not null references services.case_file,
    from_organisation uuid not null,
    to_organisation uuid not null,
    reason bytea not null,
    urgency varchar(20) not null,
    consent boolean not null,
    override_reason bytea,
    override_by uuid,
    status varchar(20) not null,
    sent_at timestamptz not null,
    accepted_at timestamptz,
    rejected_at timestamptz,
    done_at timestamptz,
    revoked_at timestamptz,
    version bigint not null default 0,
    check (consent or override_reason is not null)
);
create index referral_to on services.referral (to_organisation, status);
create index referral_from on services.referral (from_organisation, status);
create index referral_case on services.referral (case_id);
