-- Calculations a signed-in person chose to save (input and result). Personal data: reads are audited.
-- person_id refers to identity.person by id only (no foreign key across modules).
create table portability.saved_calculation (
    id uuid primary key,
    person_id uuid not null,
    name varchar(200) not null,
    input jsonb not null,
    result jsonb not null,
    saved_at timestamptz not null,
    deleted_at timestamptz,
    deleted_by varchar(200),
    deletion_reason text,
    version bigint not null default 0
);
create index saved_calculation_person on portability.saved_calculation (person_id, saved_at desc)
    where deleted_at is null;
