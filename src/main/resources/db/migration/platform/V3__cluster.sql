-- Clustered mode (issue 17): what several Pacto nodes on one PostgreSQL share. The tables exist in every mode
-- (a single node leaves them empty) so that turning PACTO_CLUSTER on or off needs no migration.

-- Sessions (Spring Session JDBC, used when PACTO_CLUSTER=true): a person signed in through one node is signed in on
-- every node. The structure is Spring Session 4.1's own (spring-session-jdbc, schema-postgresql.sql), created here
-- rather than by its schema initialisation so that it is versioned with the platform schema.
create table platform.spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on platform.spring_session (session_id);
create index spring_session_ix2 on platform.spring_session (expiry_time);
create index spring_session_ix3 on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references platform.spring_session (primary_id) on delete cascade
);

-- Scheduled work runs once per cluster (platform.ScheduledWork): a node runs a job only when it takes the job's
-- row, which stays taken until locked_until (database time, so the nodes' clocks do not matter).
create table platform.scheduled_lock (
    job          varchar(100) primary key,
    locked_until timestamptz  not null,
    locked_at    timestamptz  not null,
    locked_by    varchar(200) not null
);

-- Every run of a scheduled job, by which node: what operators (and the cluster test) read to see that a job ran
-- once. Rows older than 90 days are removed by the runs themselves.
create table platform.scheduled_run (
    id          bigserial    primary key,
    job         varchar(100) not null,
    node        varchar(200) not null,
    started_at  timestamptz  not null default now(),
    finished_at timestamptz,
    outcome     varchar(20)  not null default 'running'
);
create index scheduled_run_by_job on platform.scheduled_run (job, started_at desc);

-- Uploaded files when pacto.files.store=database (platform.FileStore): every node reads what any node stored.
create table platform.stored_file (
    module     varchar(40)  not null,
    id         uuid         not null,
    content    bytea        not null,
    stored_at  timestamptz  not null default now(),
    primary key (module, id)
);
