-- Where each action for local authorities comes from, and the IOM handbook's short titles.
--
-- V3 credited every action to the IOM handbook "Políticas públicas en el nivel local con el
-- enfoque del Pacto Mundial para la Migración" (seed 004), but the handbook's table
-- "Objetivo | Ideas clave del compromiso | Acciones pertinentes orientadas a AL" covers only
-- objectives 1-5, 7, 10, 12, 15-17, 19-21 and 23 (objective 11 is in its Annex I table).
-- Each Spanish action of V3 was compared with the seed's text:
--   handbook         the seed's words (multi-action cells split into positions, nothing else changed)
--   handbook-adapted the seed's words with the abbreviation "AL" written out (objectives 12 and 23)
--   pacto            Pacto's own wording drawn from the GCM action lists, where the handbook is silent
--                    (objectives 6, 8, 9, 13, 14, 18 and 22)
-- The source belongs to the action, not to its language: en/fr/pt are translations of the same action.

alter table taxonomy.local_action add column source varchar(20);

update taxonomy.local_action set source = 'handbook'
 where (objective, position) in ((1,1),(2,1),(3,1),(4,1),(5,1),(7,1),(10,1),(11,1),(15,1),(15,2),(16,1),
                                 (17,1),(17,2),(19,1),(19,2),(20,1),(21,1));
update taxonomy.local_action set source = 'handbook-adapted' where (objective, position) in ((12,1),(23,1));
update taxonomy.local_action set source = 'pacto'
 where (objective, position) in ((6,1),(8,1),(9,1),(13,1),(14,1),(18,1),(22,1));

alter table taxonomy.local_action alter column source set not null;
alter table taxonomy.local_action add constraint local_action_source_chk
  check (source in ('handbook', 'handbook-adapted', 'pacto'));

comment on table taxonomy.local_action is 'Actions relevant to local authorities per objective; column source says which come from the IOM handbook (seed 004) and which are Pacto''s wording.';
comment on column taxonomy.local_action.source is 'handbook: seed 004''s words; handbook-adapted: seed 004''s words with "AL" written out; pacto: Pacto''s own wording drawn from the GCM.';

-- Short titles the handbook gives the objectives (seed 004, table of the 23 objectives and table of
-- actions for local authorities), in Spanish as printed there, upper case turned to sentence case.
-- The handbook names no short title for objectives 13, 14, 18 and 22 (its table shows only their
-- full titles). For objectives 9, 10 and 19 they differ from Pacto's short titles.
alter table taxonomy.objective add column handbook_short_title text;

update taxonomy.objective o set handbook_short_title = v.title
  from (values (1, 'Datos'), (2, 'Reducir los factores adversos'), (3, 'Provisión de información'),
               (4, 'Identidad jurídica y documentación'), (5, 'Vías de migración regular'),
               (6, 'Contratación y trabajo decente'), (7, 'Reducir vulnerabilidades'), (8, 'Salvar vidas'),
               (9, 'Combatir el tráfico ilícito de migrantes'), (10, 'Erradicar la trata de personas'),
               (11, 'Gestión de fronteras'), (12, 'Control, evaluación y orientación'),
               (15, 'Acceso a servicios básicos'), (16, 'Inclusión y cohesión social'),
               (17, 'Eliminar las discriminaciones'), (19, 'Contribución de los migrantes y las diásporas'),
               (20, 'Transferencias de remesas'), (21, 'Retorno digno y reintegración'),
               (23, 'Cooperación internacional')) as v(number, title)
 where o.number = v.number;

comment on column taxonomy.objective.handbook_short_title is 'Short title of the objective in the IOM handbook (seed 004), Spanish; null where the handbook gives none.';
