-- Labour-demand models uploaded as XMILE 1.0 (OASIS), kept as sent (after validation) for download.
create table mobility.demand_model (
    id              uuid primary key,
    name            text not null,
    xmile           text not null,
    organisation_id uuid,
    created_at      timestamptz not null default now()
);
