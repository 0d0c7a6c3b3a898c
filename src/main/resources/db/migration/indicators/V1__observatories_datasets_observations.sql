-- Observatories (one per organisation and territory), the datasets they upload (analysed with DuckDB under
-- <data-dir>/indicators/, registered here) and the observations they publish. organisation_id and created_by refer
-- to identity by id only (no foreign keys across modules). name/description hold platform.LocalizedText JSON.
create table indicators.observatory (
    id uuid primary key,
    slug varchar(80) not null unique,
    organisation_id uuid not null,
    name text not null,
    description text not null,
    area_code varchar(20) not null,
    area_name varchar(200) not null,
    latitude numeric(9, 6),
    longitude numeric(9, 6),
    synthetic boolean not null default false,
    created_at timestamptz not null
);

-- A dataset version: a correction is a new row with the same lineage and version + 1, so published observations
-- keep pointing at the version they came from. status: loading, ready, failed.
create table indicators.dataset (
    id uuid primary key,
    lineage uuid not null,
    version integer not null,
    name varchar(200) not null,
    source varchar(500) not null,
    licence varchar(200) not null,
    format varchar(10) not null,
    status varchar(10) not null,
    rows bigint not null default 0,
    bytes_total bigint not null default 0,
    bytes_read bigint not null default 0,
    error text,
    columns text,
    organisation_id uuid,
    created_by uuid,
    synthetic boolean not null default false,
    created_at timestamptz not null,
    unique (lineage, version)
);

create table indicators.observation (
    id uuid primary key,
    observatory_id uuid references indicators.observatory (id),
    indicator varchar(20) not null,
    area_code varchar(20) not null,
    area_name varchar(200) not null,
    period varchar(10) not null,
    value numeric(20, 4) not null,
    unit varchar(20) not null,
    breakdown text not null default '{}',
    dataset_id uuid references indicators.dataset (id),
    dataset_version integer,
    source varchar(500) not null,
    synthetic boolean not null default false,
    published_at timestamptz not null
);
create index observation_indicator on indicators.observation (indicator, area_code, period);
create index observation_observatory on indicators.observation (observatory_id, indicator, period);

-- Short notes an observatory writes about a figure ("how this was computed", context).
create table indicators.note (
    id uuid primary key,
    observatory_id uuid not null references indicators.observatory (id),
    indicator varchar(20) not null,
    text text not null,
    created_at timestamptz not null
);
