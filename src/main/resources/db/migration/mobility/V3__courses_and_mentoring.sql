-- Courses for officials and returnees (issue 14): enrolments and the sessions attended. The courses themselves are
-- shipped with the code (domain.CourseCatalog); a person is known here by the account's id only.
create table mobility.enrolment (
    id          uuid primary key,
    course      text not null,
    person_id   uuid not null,
    enrolled_at timestamptz not null,
    version     bigint not null default 0,
    unique (course, person_id)
);

create table mobility.enrolment_session (
    enrolment_id uuid not null references mobility.enrolment (id) on delete cascade,
    session      int not null check (session >= 1),
    primary key (enrolment_id, session)
);

-- Mentoring: one profile per person and role, and matches made when both sides accept.
create table mobility.mentoring_profile (
    id         uuid primary key,
    person_id  uuid,
    role       text not null check (role in ('mentor', 'mentee')),
    synthetic  boolean not null default false,
    created_at timestamptz not null,
    version    bigint not null default 0
);
create unique index mentoring_profile_person_role on mobility.mentoring_profile (person_id, role);

create table mobility.mentoring_area (
    profile_id uuid not null references mobility.mentoring_profile (id) on delete cascade,
    area       text not null,
    primary key (profile_id, area)
);

create table mobility.mentoring_language (
    profile_id uuid not null references mobility.mentoring_profile (id) on delete cascade,
    language   text not null,
    primary key (profile_id, language)
);

create table mobility.mentoring_match (
    id              uuid primary key,
    mentor_id       uuid not null references mobility.mentoring_profile (id),
    mentee_id       uuid not null references mobility.mentoring_profile (id),
    mentor_accepted boolean not null default false,
    mentee_accepted boolean not null default false,
    made_at         timestamptz,
    version         bigint not null default 0,
    unique (mentor_id, mentee_id)
);
