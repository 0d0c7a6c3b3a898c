-- One way of storing translations (docs/CONVENTIONS.md, "One way of doing each thing"): a pledge's title and
-- description become LocalizedText JSON columns ({"original":"es","versions":{"es":"…","en":"…"}}, written by
-- platform.LocalizedTextConverter) and the rows of pledges.translation move into them.
alter table pledges.pledge add column title_text text, add column description_text text;

update pledges.pledge p set
    title_text = jsonb_build_object('original', p.language, 'versions',
        coalesce((select jsonb_object_agg(t.language, t.title) from pledges.translation t
                  where t.pledge_id = p.id and t.language <> p.language), '{}'::jsonb)
        || jsonb_build_object(p.language, p.title))::text,
    description_text = jsonb_build_object('original', p.language, 'versions',
        coalesce((select jsonb_object_agg(t.language, t.description) from pledges.translation t
                  where t.pledge_id = p.id and t.language <> p.language and t.description is not null), '{}'::jsonb)
        || jsonb_build_object(p.language, p.description))::text;

-- Dropping the plain columns drops the listing index that named the title; it is made again without it.
alter table pledges.pledge drop column title, drop column description;
alter table pledges.pledge rename column title_text to title;
alter table pledges.pledge rename column description_text to description;
alter table pledges.pledge alter column title set not null, alter column description set not null;
create index if not exists pledge_listing on pledges.pledge (published_at desc nulls last, id);
drop table pledges.translation;

-- Seed 004: pledges "deben ser concretos y responder a necesidades existentes": the need a pledge answers,
-- translatable like the title.
alter table pledges.pledge add column need text;

-- Seed 004: pledges are "monitoreables mediante indicadores del PMM": a target may name the indicator it
-- moves (scheme:code, e.g. sdg:10.7.1, checked against the taxonomy's reference list) so pledges add up by indicator.
alter table pledges.target add column indicator text;
create index target_indicator on pledges.target (indicator) where indicator is not null;
