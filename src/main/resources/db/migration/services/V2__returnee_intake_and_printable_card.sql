-- Issue 13, second part. Returnee intake: a pseudonymous case's checklist, skills (ISCO-08 codes), psychosocial
-- support and referral plan; the only free text (notes) is AES-GCM ciphertext like the case's name.
create table services.returnee_intake (
    id uuid primary key,
    case_id uuid not null unique references services.case_file,
    organisation_id uuid not null,
    returned_on date,
    needs text[] not null,
    skills text[] not null,
    psychosocial_support varchar(20) not null,
    notes bytea,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null default 0
);

create table services.returnee_plan_step (
    intake_id uuid not null references services.returnee_intake on delete cascade,
    position integer not null,
    service varchar(40) not null,
    point_id uuid references services.service_point,
    due_on date,
    status varchar(20) not null,
    primary key (intake_id, position)
);

-- The printed card carries its verification link as a QR code, so the desk must be able to print it again:
-- the link's secret is kept sealed (AES-GCM, bound to the card) beside its hash, which verification still uses.
-- Cards issued before this migration have none: reprinting them gives a new link (Cards.printable).
alter table services.registration_card add column verification_secret bytea;
