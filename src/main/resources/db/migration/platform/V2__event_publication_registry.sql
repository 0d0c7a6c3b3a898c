-- Spring Modulith's event publication registry (issue 16: events between modules survive a crash).
-- An event for another module's listener is recorded here in the publishing transaction; the row stays
-- incomplete until the listener has succeeded, and incomplete rows are published again when Pacto restarts
-- (spring.modulith.events.republish-outstanding-events-on-restart). Completed rows are deleted
-- (spring.modulith.events.completion-mode=delete). The structure is Modulith 2.1's own
-- (spring-modulith-events-jdbc, schemas/v2/schema-postgresql.sql), created here rather than by its schema
-- initialisation so that it is versioned with the platform schema and exists on an external server too.
create table platform.event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);

-- Used only with spring.modulith.events.completion-mode=archive; kept so that switching modes needs no migration.
create table platform.event_publication_archive (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_archive_serialized_event_hash_idx on platform.event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on platform.event_publication_archive (completion_date);
