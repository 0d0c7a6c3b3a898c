-- Collections of published practices curated by the secretariat (optionally the published answers
-- of a call for practices); featured ones appear on the home page.
create table practices.collection (
    id uuid primary key,
    language varchar(2) not null,
    titles text not null,
    descriptions text not null default '{}',
    practice_ids uuid[] not null default '{}',
    call_id uuid references practices.call_for_practices (id),
    featured boolean not null default false,
    demo_key varchar(80) unique,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version integer not null default 0
);
create index collection_featured on practices.collection (featured) where featured;
