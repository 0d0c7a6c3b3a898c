-- Pacto taxonomy: reference frameworks of the Global Compact for Safe, Orderly and
-- Regular Migration (GCM, A/RES/73/195) and related classification schemes.
-- The schema "taxonomy" itself is created by Flyway.

create table taxonomy.objective (number smallint primary key check (number between 1 and 23), gcm_paragraph smallint not null);
create table taxonomy.objective_text (objective smallint not null references taxonomy.objective, lang varchar(2) not null check (lang in ('es','en','fr','pt')), title text not null, short_title text not null, commitment text not null, official boolean not null, primary key (objective, lang));
create table taxonomy.local_action (objective smallint not null references taxonomy.objective, position smallint not null, lang varchar(2) not null check (lang in ('es','en','fr','pt')), text text not null, primary key (objective, position, lang));
create table taxonomy.principle (code varchar(40) primary key, position smallint not null unique, paragraph char(1) not null);
create table taxonomy.principle_text (principle varchar(40) not null references taxonomy.principle, lang varchar(2) not null check (lang in ('es','en','fr','pt')), title text not null, definition text not null, official boolean not null, primary key (principle, lang));
create table taxonomy.term (scheme varchar(40) not null, code varchar(40) not null, position smallint not null, parent_code varchar(40), source text, primary key (scheme, code));
create table taxonomy.term_text (scheme varchar(40) not null, code varchar(40) not null, lang varchar(2) not null check (lang in ('es','en','fr','pt')), label text not null, description text, primary key (scheme, code, lang), foreign key (scheme, code) references taxonomy.term);
create table taxonomy.grouping_member (grouping_code varchar(40) not null, country char(2) not null, since date, note text, primary key (grouping_code, country));

-- Additional integrity checks (no renames).
alter table taxonomy.objective add constraint objective_gcm_paragraph_chk check (gcm_paragraph = number + 16);
alter table taxonomy.local_action add constraint local_action_position_chk check (position >= 1);
alter table taxonomy.principle add constraint principle_position_chk check (position between 1 and 10);
alter table taxonomy.principle add constraint principle_paragraph_chk check (paragraph between 'a' and 'j');
alter table taxonomy.principle add constraint principle_code_chk check (code ~ '^[a-z]+(-[a-z]+)*$');
alter table taxonomy.term add constraint term_position_chk check (position >= 1);
alter table taxonomy.grouping_member add constraint grouping_member_country_chk check (country ~ '^[A-Z]{2}$');

comment on table taxonomy.objective is 'The 23 objectives of the GCM (A/RES/73/195, annex); objective n is set out in paragraph 16+n.';
comment on column taxonomy.objective.gcm_paragraph is 'GCM paragraph where the objective and its commitment are set out (17..39).';
comment on table taxonomy.objective_text is 'Per-language title, short title and condensed commitment of a GCM objective.';
comment on column taxonomy.objective_text.title is 'Full objective title; official UN wording when official = true (es, en, fr).';
comment on column taxonomy.objective_text.commitment is 'The objective''s commitment condensed to 1-3 sentences (not the verbatim text).';
comment on column taxonomy.objective_text.official is 'True when the title is the official UN-language wording; false for non-UN translations (pt).';
comment on table taxonomy.local_action is 'Actions relevant to local authorities per objective (IOM handbook, seed 004; GCM-derived where the handbook is silent).';
comment on table taxonomy.principle is 'The 10 cross-cutting and interdependent guiding principles of the GCM, paragraph 15 (a)-(j).';
comment on column taxonomy.principle.paragraph is 'Letter of the sub-paragraph of GCM paragraph 15.';
comment on table taxonomy.principle_text is 'Per-language title and summary definition of a guiding principle.';
comment on table taxonomy.term is 'Generic controlled vocabularies (scheme + code), e.g. sdg, gfmd-area, stakeholder-group, entity-kind, mgi-domain, theme, grouping.';
comment on column taxonomy.term.parent_code is 'Code of the parent term in the same scheme (e.g. SDG indicator -> target -> goal).';
comment on column taxonomy.term.source is 'Document the term is taken from.';
comment on table taxonomy.term_text is 'Per-language label and description of a term.';
comment on table taxonomy.grouping_member is 'Member countries (ISO 3166-1 alpha-2) of the regional groupings of scheme ''grouping''.';
comment on column taxonomy.grouping_member.since is 'Date from which membership / application is effective, where known.';
