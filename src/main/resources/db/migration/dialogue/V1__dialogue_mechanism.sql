-- The civil-society Permanent Dialogue Mechanism (seed 003; issue 11): member organisations, working
-- tables, consultations with ballots, dialogues (events) with sessions, panels, registrations and
-- attendance, the rapporteurs' report with its recommendations, and governments' responses.
-- Organisations are identity's by id (no foreign keys across modules); stakeholder groups are the
-- codes of taxonomy's scheme 'dialogue-mechanism-group' (taxonomy V8).

create table dialogue.member (
    id                uuid primary key,
    organisation_id   uuid not null unique,
    organisation_name text not null,
    grp               text not null,
    country           text,
    diaspora          boolean not null default false,
    admitted_at       timestamptz not null,
    admitted_by       text not null,
    version           bigint not null default 0
);
create index member_group on dialogue.member (grp);

-- Seats of the four working tables and the liaison table (seed 003, note 3): delegates and co-ordinators.
create table dialogue.seat (
    id          uuid primary key,
    work_table  text not null,
    member_id   uuid not null references dialogue.member (id),
    role        text not null,
    unique (work_table, member_id)
);

create table dialogue.meeting (
    id          uuid primary key,
    work_table  text not null,
    held_on     date not null,
    minutes     text not null,
    recorded_at timestamptz not null
);
create index meeting_table on dialogue.meeting (work_table, held_on desc);

create table dialogue.consultation (
    id          uuid primary key,
    question    text not null,
    winners     int not null,
    opens       timestamptz not null,
    closes      timestamptz not null,
    closed_at   timestamptz,
    synthetic   boolean not null default false,
    created_at  timestamptz not null,
    version     bigint not null default 0
);

create table dialogue.consultation_option (
    consultation_id uuid not null references dialogue.consultation (id),
    position        int not null,
    key             text not null,
    label           text not null,
    objectives      int[] not null,
    primary key (consultation_id, position),
    unique (consultation_id, key)
);

-- One ballot per member organisation and consultation: a later ballot replaces the earlier one.
create table dialogue.ballot (
    id              uuid primary key,
    consultation_id uuid not null references dialogue.consultation (id),
    organisation_id uuid not null,
    choices         text[] not null,
    cast_at         timestamptz not null,
    cast_by         text not null,
    version         bigint not null default 0,
    unique (consultation_id, organisation_id)
);

create table dialogue.event (
    id             uuid primary key,
    title          text not null,
    modality       text not null,
    open_to_public boolean not null,
    interpretation boolean not null,
    rapporteurs    text[] not null,
    report_text    text,
    report_status  text not null default 'none',
    published_at   timestamptz,
    synthetic      boolean not null default false,
    created_at     timestamptz not null,
    version        bigint not null default 0
);

create table dialogue.session (
    id         uuid primary key,
    event_id   uuid not null references dialogue.event (id),
    position   int not null,
    topic      text not null,
    objectives int[] not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null
);
create index session_event on dialogue.session (event_id);
create index session_objectives on dialogue.session using gin (objectives);

-- Panellists speak in public: their names are on the agenda (seed 003 names its panellists).
create table dialogue.panelist (
    session_id uuid not null references dialogue.session (id),
    position   int not null,
    name       text not null,
    sector     text not null,
    moderator  boolean not null,
    primary key (session_id, position)
);

-- Registrants are personal data: read only by the secretariat, every read audited. email_key is the
-- e-mail folded to lower case, unique per event ("una sola persona por dirección de correo").
create table dialogue.registration (
    id             uuid primary key,
    event_id       uuid not null references dialogue.event (id),
    name           text not null,
    email          text not null,
    email_key      text not null,
    organisation   text not null,
    country        text not null,
    sector         text not null,
    gender         text,
    token_hash     text not null,
    confirmed_at   timestamptz,
    registered_at  timestamptz not null,
    synthetic      boolean not null default false,
    unique (event_id, email_key)
);

create table dialogue.attendance (
    session_id      uuid not null references dialogue.session (id),
    registration_id uuid not null references dialogue.registration (id),
    primary key (session_id, registration_id)
);
create index attendance_registration on dialogue.attendance (registration_id);

create table dialogue.recommendation (
    id         uuid primary key,
    event_id   uuid not null references dialogue.event (id),
    position   int not null,
    text       text not null,
    objectives int[] not null,
    addressee  text not null
);
create index recommendation_event on dialogue.recommendation (event_id);
create index recommendation_objectives on dialogue.recommendation using gin (objectives);

-- A government's answers to a recommendation, newest last; the latest one is its current status.
create table dialogue.response (
    id                uuid primary key,
    recommendation_id uuid not null references dialogue.recommendation (id),
    organisation_id   uuid not null,
    organisation_name text not null,
    status            text not null,
    evidence          text not null,
    answered_on       date not null,
    answered_at       timestamptz not null,
    answered_by       text not null,
    synthetic         boolean not null default false
);
create index response_recommendation on dialogue.response (recommendation_id, answered_at);
