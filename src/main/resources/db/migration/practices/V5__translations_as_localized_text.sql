-- One way of storing translations (issue 16): a translatable text is a platform.LocalizedText held as JSON
-- {"original":"es","versions":{"es":"…","en":"…"}} through platform.LocalizedTextConverter.
-- A practice's title and summary take their translations from the former "translations" column
-- ({"en":{"title":…,"summary":…}}); a collection's titles and descriptions were already maps by language.
update practices.practice p set
    title = jsonb_build_object('original', p.language, 'versions',
        coalesce((select jsonb_object_agg(t.key, t.value ->> 'title')
                  from jsonb_each(p.translations::jsonb) t
                  where t.key <> p.language and jsonb_typeof(t.value) = 'object'
                    and coalesce(t.value ->> 'title', '') <> ''), '{}'::jsonb)
        || jsonb_build_object(p.language, p.title))::text,
    summary = jsonb_build_object('original', p.language, 'versions',
        coalesce((select jsonb_object_agg(t.key, t.value ->> 'summary')
                  from jsonb_each(p.translations::jsonb) t
                  where t.key <> p.language and jsonb_typeof(t.value) = 'object'
                    and coalesce(t.value ->> 'summary', '') <> ''), '{}'::jsonb)
        || jsonb_build_object(p.language, p.summary))::text;
alter table practices.practice drop column translations;

alter table practices.collection rename column titles to title;
alter table practices.collection rename column descriptions to description;
alter table practices.collection alter column description drop default;
update practices.collection set
    title = jsonb_build_object('original', language,
        'versions', jsonb_build_object(language, '') || title::jsonb)::text,
    description = jsonb_build_object('original', language,
        'versions', jsonb_build_object(language, '') || description::jsonb)::text;
