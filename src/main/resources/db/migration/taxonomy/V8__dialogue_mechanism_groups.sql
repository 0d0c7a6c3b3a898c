-- Scheme 'dialogue-mechanism-group': the stakeholder groups as seed 003 itself lists them.
-- Seed 003 (UN Network on Migration, Latin America and the Caribbean, report of the First
-- Conversatorio) says the civil-society Permanent Dialogue Mechanism is made up of "los 13 grupos
-- definidos en el párrafo 44 del PMM", but its note 2 lists them in its own words, which differ
-- from GCM paragraph 44 (scheme 'stakeholder-group', V5): it names migrant women's organisations and
-- organisations defending the rights of migrant women and girls, separates employers' and workers'
-- organisations, adds local human rights institutions, and does not name local authorities and
-- communities, parliamentarians or the Red Cross and Red Crescent Movement.
-- The 13 entries below are note 2's list split at its commas (and "organizaciones de empleadores/as
-- y de trabajadores/as" into two), in the seed's order. Spanish labels are the seed's words
-- ("empleadores/as" written out); en/fr/pt are Pacto's translations. Each description names the
-- paragraph 44 group it corresponds to.
insert into taxonomy.term (scheme, code, position, parent_code, source) values
 ('dialogue-mechanism-group', 'civil-society-representatives', 1, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'migrants', 2, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'migrant-diaspora-organisations', 3, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'migrant-women-organisations', 4, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'women-girls-rights-defenders', 5, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'religious-organisations', 6, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'private-sector', 7, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'employers-organisations', 8, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'workers-organisations', 9, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'human-rights-institutions', 10, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'academia', 11, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'media', 12, null, 'Seed 003, note 2'),
 ('dialogue-mechanism-group', 'other-stakeholders', 13, null, 'Seed 003, note 2');

insert into taxonomy.term_text (scheme, code, lang, label, description) values
 ('dialogue-mechanism-group', 'civil-society-representatives', 'es', 'Representantes de la sociedad civil', 'En el párrafo 44 del Pacto: Sociedad civil.'),
 ('dialogue-mechanism-group', 'civil-society-representatives', 'en', 'Civil society representatives', 'In GCM paragraph 44: Civil society.'),
 ('dialogue-mechanism-group', 'civil-society-representatives', 'fr', 'Représentants de la société civile', 'Au paragraphe 44 du Pacte : Société civile.'),
 ('dialogue-mechanism-group', 'civil-society-representatives', 'pt', 'Representantes da sociedade civil', 'No parágrafo 44 do Pacto: Sociedade civil.'),
 ('dialogue-mechanism-group', 'migrants', 'es', 'Personas migrantes', 'En el párrafo 44 del Pacto: Migrantes.'),
 ('dialogue-mechanism-group', 'migrants', 'en', 'Migrants', 'In GCM paragraph 44: Migrants.'),
 ('dialogue-mechanism-group', 'migrants', 'fr', 'Personnes migrantes', 'Au paragraphe 44 du Pacte : Migrants.'),
 ('dialogue-mechanism-group', 'migrants', 'pt', 'Pessoas migrantes', 'No parágrafo 44 do Pacto: Migrantes.'),
 ('dialogue-mechanism-group', 'migrant-diaspora-organisations', 'es', 'Organizaciones de migrantes y diásporas', 'En el párrafo 44 del Pacto: Organizaciones de migrantes y de las diásporas.'),
 ('dialogue-mechanism-group', 'migrant-diaspora-organisations', 'en', 'Migrant and diaspora organisations', 'In GCM paragraph 44: Migrant and diaspora organizations.'),
 ('dialogue-mechanism-group', 'migrant-diaspora-organisations', 'fr', 'Organisations de migrants et de diasporas', 'Au paragraphe 44 du Pacte : Organisations de migrants et de la diaspora.'),
 ('dialogue-mechanism-group', 'migrant-diaspora-organisations', 'pt', 'Organizações de migrantes e diásporas', 'No parágrafo 44 do Pacto: Organizações de migrantes e das diásporas.'),
 ('dialogue-mechanism-group', 'migrant-women-organisations', 'es', 'Organizaciones de mujeres migrantes', 'El párrafo 44 del Pacto no nombra este grupo por separado (forma parte de la sociedad civil).'),
 ('dialogue-mechanism-group', 'migrant-women-organisations', 'en', 'Migrant women''s organisations', 'GCM paragraph 44 does not name this group separately (it is part of civil society).'),
 ('dialogue-mechanism-group', 'migrant-women-organisations', 'fr', 'Organisations de femmes migrantes', 'Le paragraphe 44 du Pacte ne nomme pas ce groupe séparément (il fait partie de la société civile).'),
 ('dialogue-mechanism-group', 'migrant-women-organisations', 'pt', 'Organizações de mulheres migrantes', 'O parágrafo 44 do Pacto não nomeia este grupo separadamente (faz parte da sociedade civil).'),
 ('dialogue-mechanism-group', 'women-girls-rights-defenders', 'es', 'Organizaciones defensoras de los derechos de las mujeres y niñas migrantes', 'El párrafo 44 del Pacto no nombra este grupo por separado (forma parte de la sociedad civil).'),
 ('dialogue-mechanism-group', 'women-girls-rights-defenders', 'en', 'Organisations defending the rights of migrant women and girls', 'GCM paragraph 44 does not name this group separately (it is part of civil society).'),
 ('dialogue-mechanism-group', 'women-girls-rights-defenders', 'fr', 'Organisations de défense des droits des femmes et des filles migrantes', 'Le paragraphe 44 du Pacte ne nomme pas ce groupe séparément (il fait partie de la société civile).'),
 ('dialogue-mechanism-group', 'women-girls-rights-defenders', 'pt', 'Organizações de defesa dos direitos das mulheres e meninas migrantes', 'O parágrafo 44 do Pacto não nomeia este grupo separadamente (faz parte da sociedade civil).'),
 ('dialogue-mechanism-group', 'religious-organisations', 'es', 'Organizaciones religiosas', 'En el párrafo 44 del Pacto: Organizaciones confesionales.'),
 ('dialogue-mechanism-group', 'religious-organisations', 'en', 'Religious organisations', 'In GCM paragraph 44: Faith-based organizations.'),
 ('dialogue-mechanism-group', 'religious-organisations', 'fr', 'Organisations religieuses', 'Au paragraphe 44 du Pacte : Organisations confessionnelles.'),
 ('dialogue-mechanism-group', 'religious-organisations', 'pt', 'Organizações religiosas', 'No parágrafo 44 do Pacto: Organizações religiosas.'),
 ('dialogue-mechanism-group', 'private-sector', 'es', 'Sector privado', 'En el párrafo 44 del Pacto: Sector privado.'),
 ('dialogue-mechanism-group', 'private-sector', 'en', 'Private sector', 'In GCM paragraph 44: Private sector.'),
 ('dialogue-mechanism-group', 'private-sector', 'fr', 'Secteur privé', 'Au paragraphe 44 du Pacte : Secteur privé.'),
 ('dialogue-mechanism-group', 'private-sector', 'pt', 'Setor privado', 'No parágrafo 44 do Pacto: Setor privado.'),
 ('dialogue-mechanism-group', 'employers-organisations', 'es', 'Organizaciones de empleadores y empleadoras', 'En el párrafo 44 del Pacto: Sector privado.'),
 ('dialogue-mechanism-group', 'employers-organisations', 'en', 'Employers'' organisations', 'In GCM paragraph 44: Private sector.'),
 ('dialogue-mechanism-group', 'employers-organisations', 'fr', 'Organisations d’employeurs', 'Au paragraphe 44 du Pacte : Secteur privé.'),
 ('dialogue-mechanism-group', 'employers-organisations', 'pt', 'Organizações de empregadores e empregadoras', 'No parágrafo 44 do Pacto: Setor privado.'),
 ('dialogue-mechanism-group', 'workers-organisations', 'es', 'Organizaciones de trabajadores y trabajadoras', 'En el párrafo 44 del Pacto: Sindicatos.'),
 ('dialogue-mechanism-group', 'workers-organisations', 'en', 'Workers'' organisations', 'In GCM paragraph 44: Trade unions.'),
 ('dialogue-mechanism-group', 'workers-organisations', 'fr', 'Organisations de travailleurs et travailleuses', 'Au paragraphe 44 du Pacte : Syndicats.'),
 ('dialogue-mechanism-group', 'workers-organisations', 'pt', 'Organizações de trabalhadores e trabalhadoras', 'No parágrafo 44 do Pacto: Sindicatos.'),
 ('dialogue-mechanism-group', 'human-rights-institutions', 'es', 'Instituciones nacionales y locales de derechos humanos', 'En el párrafo 44 del Pacto: Instituciones nacionales de derechos humanos.'),
 ('dialogue-mechanism-group', 'human-rights-institutions', 'en', 'National and local human rights institutions', 'In GCM paragraph 44: National human rights institutions.'),
 ('dialogue-mechanism-group', 'human-rights-institutions', 'fr', 'Institutions nationales et locales des droits humains', 'Au paragraphe 44 du Pacte : Institutions nationales des droits de l’homme.'),
 ('dialogue-mechanism-group', 'human-rights-institutions', 'pt', 'Instituições nacionais e locais de direitos humanos', 'No parágrafo 44 do Pacto: Instituições nacionais de direitos humanos.'),
 ('dialogue-mechanism-group', 'academia', 'es', 'Academia', 'En el párrafo 44 del Pacto: Círculos académicos.'),
 ('dialogue-mechanism-group', 'academia', 'en', 'Academia', 'In GCM paragraph 44: Academia.'),
 ('dialogue-mechanism-group', 'academia', 'fr', 'Milieux universitaires', 'Au paragraphe 44 du Pacte : Milieux universitaires.'),
 ('dialogue-mechanism-group', 'academia', 'pt', 'Academia', 'No parágrafo 44 do Pacto: Academia.'),
 ('dialogue-mechanism-group', 'media', 'es', 'Medios de comunicación', 'En el párrafo 44 del Pacto: Medios de comunicación.'),
 ('dialogue-mechanism-group', 'media', 'en', 'Media', 'In GCM paragraph 44: Media.'),
 ('dialogue-mechanism-group', 'media', 'fr', 'Médias', 'Au paragraphe 44 du Pacte : Médias.'),
 ('dialogue-mechanism-group', 'media', 'pt', 'Meios de comunicação', 'No parágrafo 44 do Pacto: Meios de comunicação.'),
 ('dialogue-mechanism-group', 'other-stakeholders', 'es', 'Otras partes interesadas de América Latina y el Caribe', 'En el párrafo 44 del Pacto: Otros interesados pertinentes.'),
 ('dialogue-mechanism-group', 'other-stakeholders', 'en', 'Other stakeholders of Latin America and the Caribbean', 'In GCM paragraph 44: Other relevant stakeholders.'),
 ('dialogue-mechanism-group', 'other-stakeholders', 'fr', 'Autres parties prenantes d’Amérique latine et des Caraïbes', 'Au paragraphe 44 du Pacte : Autres parties prenantes concernées.'),
 ('dialogue-mechanism-group', 'other-stakeholders', 'pt', 'Outras partes interessadas da América Latina e do Caribe', 'No parágrafo 44 do Pacto: Outras partes interessadas relevantes.');

comment on table taxonomy.term is 'Generic controlled vocabularies (scheme + code), e.g. sdg, gfmd-area, stakeholder-group (GCM para. 44), dialogue-mechanism-group (seed 003), entity-kind, mgi-domain, theme, grouping.';
