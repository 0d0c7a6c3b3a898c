-- Voluntary reviews (issue 9; seed 002's Voluntary Review Framework): review cycles, one inventory per
-- organisation and cycle, its initiatives, the observer's queries and the self-assessment answers.
create table reviews.cycle (
    id              uuid primary key,
    title           text not null,
    forum           text not null,
    reference_date  date not null,
    opens           date not null,
    closes          date not null,
    demo            boolean not null default false,
    created_at      timestamptz not null default now(),
    created_by      text not null
);

create table reviews.inventory (
    id                  uuid primary key,
    cycle_id            uuid not null references reviews.cycle (id),
    organisation_id     uuid not null,
    organisation_name   text not null,
    country             text,
    level               text not null,
    locality            text,
    status              text not null,
    copied_from         uuid,
    demo                boolean not null default false,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    submitted_at        timestamptz,
    validated_at        timestamptz,
    published_at        timestamptz,
    version             bigint not null default 0,
    constraint inventory_one_per_organisation_and_cycle unique (cycle_id, organisation_id)
);
create index inventory_country on reviews.inventory (country, status);
create index inventory_organisation on reviews.inventory (organisation_id, status);

create table reviews.initiative (
    id              uuid primary key,
    inventory_id    uuid not null references reviews.inventory (id) on delete cascade,
    position        int not null,
    language        text not null,
    title           text not null,
    authority       text not null,
    level           text not null,
    direction       text not null,
    type            text not null,
    objectives      int[] not null,
    principles      text[] not null,
    status          text not null,
    start_date      date,
    end_date        date,
    legal_basis     text,
    url             text,
    budget_amount   numeric(20,2),
    budget_currency text,
    evidence        text[] not null,
    last_verified   date,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index initiative_inventory on reviews.initiative (inventory_id);
create index initiative_objectives on reviews.initiative using gin (objectives);

create table reviews.query (
    id              uuid primary key,
    inventory_id    uuid not null references reviews.inventory (id) on delete cascade,
    finding         text,
    question        text not null,
    answer          text,
    asked_at        timestamptz not null,
    answered_at     timestamptz
);
create index query_inventory on reviews.query (inventory_id);

create table reviews.assessment_answer (
    inventory_id    uuid not null references reviews.inventory (id) on delete cascade,
    question        text not null,
    level           text not null,
    evidence        text,
    primary key (inventory_id, question)
);
