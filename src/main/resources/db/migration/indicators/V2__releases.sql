-- A release: one publication by an observatory of an indicator for a period, from a dataset version (or from
-- figures it computed elsewhere, with their source). Its observations point to it. A later release of the same
-- figure (observatory, indicator, area, period, breakdown) supersedes the earlier observation, which stays for the
-- record (superseded_at) and is no longer read as the current value.
create table indicators.release (
    id uuid primary key,
    observatory_id uuid not null references indicators.observatory (id),
    indicator varchar(20) not null,
    period varchar(10) not null,
    dataset_id uuid references indicators.dataset (id),
    dataset_version integer,
    source varchar(500) not null,
    note text,
    published_by uuid,
    published_at timestamptz not null
);
create index release_observatory on indicators.release (observatory_id, published_at);

alter table indicators.observation add column release_id uuid references indicators.release (id);
alter table indicators.observation add column superseded_at timestamptz;

-- What a dataset covers (issue 10: source, licence, period, area and version); optional for older rows.
alter table indicators.dataset add column period varchar(10);
alter table indicators.dataset add column area_code varchar(20);

-- Remittance prices imported from a file in RPW's layout (POST /api/v1/indicators/10.c.1/prices): one row per
-- service and period, each tied to the dataset version registered for the file (format 'rpw').
create table indicators.remittance_price (
    dataset_id uuid not null references indicators.dataset (id),
    line integer not null,
    period varchar(10) not null,
    source_code char(2) not null,
    destination_code char(2) not null,
    firm varchar(200) not null,
    firm_type varchar(100) not null,
    product varchar(100) not null,
    fee numeric(16, 4) not null,
    fx_margin numeric(16, 4) not null,
    total_cost_percent numeric(16, 4) not null,
    speed_days numeric(6, 2) not null,
    transparent boolean not null,
    accessible boolean not null,
    primary key (dataset_id, line)
);
create index remittance_price_corridor on indicators.remittance_price (source_code, destination_code, period);
