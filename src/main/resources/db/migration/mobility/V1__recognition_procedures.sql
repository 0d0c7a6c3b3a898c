-- Labour mobility and skills: how each country recognises degrees, licenses professions and certifies skills.
create table mobility.procedure (
    id                      uuid primary key,
    country                 text not null,
    kind                    text not null,
    institution             text not null,
    legal_basis             text not null,
    url                     text not null,
    support                 text not null default '',
    last_verified           date,
    verified_by_focal_point boolean not null default false,
    synthetic               boolean not null default false,
    organisation_id         uuid,
    created_at              timestamptz not null default now(),
    version                 bigint not null default 0
);
create index procedure_country on mobility.procedure (country);

-- ISCO-08 unit groups (4 digits) the procedure applies to.
create table mobility.procedure_occupation (
    procedure_id uuid not null references mobility.procedure (id) on delete cascade,
    code         text not null
);
create index procedure_occupation_code on mobility.procedure_occupation (code, procedure_id);

create table mobility.procedure_step (
    procedure_id  uuid not null references mobility.procedure (id) on delete cascade,
    position      int not null,
    step_order    int not null,
    title         text not null,
    days_min      int not null check (days_min >= 0),
    days_max      int not null check (days_max >= days_min),
    cost_amount   numeric(14, 2) check (cost_amount >= 0),
    cost_currency text,
    documents     text not null default '',
    online        boolean not null default false,
    primary key (procedure_id, position)
);
