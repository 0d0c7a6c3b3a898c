-- Recent public activity shown on the home page; fed by module events.
create table site.activity (
    id bigserial primary key,
    at timestamptz not null default now(),
    kind varchar(40) not null,
    title text not null,
    href text not null
);
create index activity_at on site.activity (at desc);
