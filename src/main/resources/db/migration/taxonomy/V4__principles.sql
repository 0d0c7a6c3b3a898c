-- The ten cross-cutting and interdependent guiding principles of the GCM
-- (A/RES/73/195, annex, paragraph 15 (a)-(j)). Titles in es/en/fr are the official UN
-- wording (official = true); pt is a non-official translation (official = false).
-- Definitions are summaries of paragraph 15, not verbatim quotations.

insert into taxonomy.principle (code, position, paragraph) values
 ('people-centred', 1, 'a'),
 ('international-cooperation', 2, 'b'),
 ('national-sovereignty', 3, 'c'),
 ('rule-of-law', 4, 'd'),
 ('sustainable-development', 5, 'e'),
 ('human-rights', 6, 'f'),
 ('gender-responsive', 7, 'g'),
 ('child-sensitive', 8, 'h'),
 ('whole-of-government', 9, 'i'),
 ('whole-of-society', 10, 'j');

-- ---------------------------------------------------------------- English
insert into taxonomy.principle_text (principle, lang, title, definition, official) values
 ('people-centred', 'en', 'People-centred',
  'The Global Compact has a strong human dimension inherent to the migration experience itself. It promotes the well-being of migrants and of the members of communities in countries of origin, transit and destination, and places the individual at its core.', true),
 ('international-cooperation', 'en', 'International cooperation',
  'The Global Compact is a non-legally binding cooperative framework that recognizes that no State can address migration alone, given its inherently transnational nature. It therefore calls for international, regional and bilateral cooperation and dialogue, and draws its authority from its consensual nature, credibility, collective ownership and joint implementation, follow-up and review.', true),
 ('national-sovereignty', 'en', 'National sovereignty',
  'The Global Compact reaffirms the sovereign right of States to determine their national migration policy and their prerogative to govern migration within their jurisdiction, in conformity with international law. Within that jurisdiction, States may distinguish between regular and irregular migration status, including when deciding on legislative and policy measures to implement the Compact, taking into account different national realities, policies, priorities and requirements for entry, residence and work.', true),
 ('rule-of-law', 'en', 'Rule of law and due process',
  'Respect for the rule of law, due process and access to justice is fundamental to every aspect of migration governance. The State, public and private institutions and entities, and persons themselves are accountable to laws that are publicly promulgated, equally enforced, independently adjudicated and consistent with international law.', true),
 ('sustainable-development', 'en', 'Sustainable development',
  'The Global Compact is rooted in the 2030 Agenda for Sustainable Development and builds on its recognition that migration is a multidimensional reality of major relevance for the sustainable development of countries of origin, transit and destination, requiring coherent and comprehensive responses. Well-managed migration contributes to positive development outcomes, and the Compact seeks to leverage this potential for all migrants and countries.', true),
 ('human-rights', 'en', 'Human rights',
  'The Global Compact is based on international human rights law and upholds the principles of non-regression and non-discrimination. Its implementation ensures effective respect for, and protection and fulfilment of, the human rights of all migrants, regardless of their migration status, across all stages of the migration cycle, and reaffirms the commitment to eliminate all forms of discrimination, including racism, xenophobia and intolerance, against migrants and their families.', true),
 ('gender-responsive', 'en', 'Gender-responsive',
  'The Global Compact ensures that the human rights of women, men, girls and boys are respected at all stages of migration, that their specific needs are properly understood and addressed, and that they are empowered as agents of change. It mainstreams a gender perspective and promotes gender equality and the empowerment of all women and girls, recognizing their independence, agency and leadership rather than viewing migrant women primarily as victims.', true),
 ('child-sensitive', 'en', 'Child-sensitive',
  'The Global Compact promotes existing international legal obligations in relation to the rights of the child. It upholds the principle of the best interests of the child at all times, as a primary consideration in all situations concerning children in the context of international migration, including unaccompanied and separated children.', true),
 ('whole-of-government', 'en', 'Whole-of-government approach',
  'Migration is a multidimensional reality that cannot be addressed by one government policy sector alone. Developing and implementing effective migration policies and practices therefore requires a whole-of-government approach that ensures horizontal and vertical policy coherence across all sectors and levels of government.', true),
 ('whole-of-society', 'en', 'Whole-of-society approach',
  'The Global Compact promotes broad multi-stakeholder partnerships to address migration in all its dimensions. It includes migrants, diasporas, local communities, civil society, academia, the private sector, parliamentarians, trade unions, national human rights institutions, the media and other relevant stakeholders in migration governance.', true);

-- ---------------------------------------------------------------- Español
insert into taxonomy.principle_text (principle, lang, title, definition, official) values
 ('people-centred', 'es', 'Centrarse en las personas',
  'El Pacto Mundial tiene una importante dimensión humana, inherente a la propia experiencia migratoria. Promueve el bienestar de los migrantes y de los miembros de las comunidades de los países de origen, tránsito y destino, y sitúa a la persona en su centro.', true),
 ('international-cooperation', 'es', 'Cooperación internacional',
  'El Pacto Mundial es un marco de cooperación jurídicamente no vinculante que reconoce que ningún Estado puede abordar la migración en solitario, dado su carácter intrínsecamente transnacional. Por ello requiere cooperación y diálogo a nivel internacional, regional y bilateral, y su autoridad se basa en su carácter consensuado, su credibilidad, la implicación colectiva y la aplicación, el seguimiento y el examen conjuntos.', true),
 ('national-sovereignty', 'es', 'Soberanía nacional',
  'El Pacto Mundial reafirma el derecho soberano de los Estados a determinar su propia política migratoria y su prerrogativa de regular la migración dentro de su jurisdicción, de conformidad con el derecho internacional. Dentro de esa jurisdicción, los Estados pueden distinguir entre la situación migratoria regular e irregular, incluso al decidir las medidas legislativas y normativas para aplicar el Pacto, teniendo en cuenta sus distintas realidades, políticas, prioridades y requisitos nacionales de entrada, residencia y trabajo.', true),
 ('rule-of-law', 'es', 'Estado de derecho y garantías procesales',
  'El respeto del estado de derecho, las garantías procesales y el acceso a la justicia es fundamental en todos los aspectos de la gobernanza migratoria. El Estado, las instituciones y entidades públicas y privadas y las propias personas deben rendir cuentas ante leyes que se promulgan públicamente, se hacen cumplir por igual, se aplican con independencia judicial y son compatibles con el derecho internacional.', true),
 ('sustainable-development', 'es', 'Desarrollo sostenible',
  'El Pacto Mundial se basa en la Agenda 2030 para el Desarrollo Sostenible y en su reconocimiento de que la migración es una realidad pluridimensional de gran pertinencia para el desarrollo sostenible de los países de origen, tránsito y destino, que exige respuestas coherentes e integrales. La migración bien gestionada contribuye a resultados positivos en materia de desarrollo, y el Pacto procura aprovechar ese potencial para todos los migrantes y países.', true),
 ('human-rights', 'es', 'Derechos humanos',
  'El Pacto Mundial se basa en el derecho internacional de los derechos humanos y defiende los principios de no regresión y no discriminación. Su aplicación asegura el respeto, la protección y el cumplimiento efectivos de los derechos humanos de todos los migrantes, independientemente de su estatus migratorio, en todas las etapas del ciclo migratorio, y reafirma el compromiso de eliminar todas las formas de discriminación, incluidos el racismo, la xenofobia y la intolerancia, contra los migrantes y sus familias.', true),
 ('gender-responsive', 'es', 'Perspectiva de género',
  'El Pacto Mundial garantiza que se respeten los derechos humanos de las mujeres, los hombres, las niñas y los niños en todas las etapas de la migración, que se comprendan y atiendan adecuadamente sus necesidades específicas y que se los empodere como agentes de cambio. Incorpora la perspectiva de género y promueve la igualdad de género y el empoderamiento de todas las mujeres y niñas, reconociendo su independencia, capacidad de acción y liderazgo, en lugar de ver a las mujeres migrantes principalmente como víctimas.', true),
 ('child-sensitive', 'es', 'Perspectiva infantil',
  'El Pacto Mundial promueve las obligaciones jurídicas internacionales vigentes en relación con los derechos del niño. Defiende en todo momento el principio del interés superior del niño como consideración primordial en todas las situaciones que afecten a niños en el contexto de la migración internacional, incluidos los niños no acompañados y separados.', true),
 ('whole-of-government', 'es', 'Enfoque pangubernamental',
  'La migración es una realidad pluridimensional que no puede abordarse desde un solo sector normativo del gobierno. Para formular y aplicar políticas y prácticas migratorias eficaces se requiere un enfoque pangubernamental que asegure la coherencia normativa horizontal y vertical en todos los sectores y niveles de gobierno.', true),
 ('whole-of-society', 'es', 'Enfoque pansocial',
  'El Pacto Mundial promueve una amplia colaboración entre múltiples interesados para abordar la migración en todas sus dimensiones. Incluye en la gobernanza migratoria a los migrantes, las diásporas, las comunidades locales, la sociedad civil, los círculos académicos, el sector privado, los parlamentarios, los sindicatos, las instituciones nacionales de derechos humanos, los medios de comunicación y otros interesados.', true);

-- ---------------------------------------------------------------- Français
insert into taxonomy.principle_text (principle, lang, title, definition, official) values
 ('people-centred', 'fr', 'Priorité à la dimension humaine',
  'Le Pacte mondial comporte une forte dimension humaine, inhérente à l’expérience migratoire elle-même. Il promeut le bien-être des migrants et des membres des communautés des pays d’origine, de transit et de destination, et place l’individu au cœur de ses préoccupations.', true),
 ('international-cooperation', 'fr', 'Coopération internationale',
  'Le Pacte mondial est un cadre de coopération juridiquement non contraignant qui reconnaît qu’aucun État ne peut gérer seul les migrations, compte tenu de leur caractère intrinsèquement transnational. Il exige donc une coopération et un dialogue aux niveaux international, régional et bilatéral, et tire son autorité de son caractère consensuel, de sa crédibilité, de l’adhésion collective et d’une mise en œuvre, d’un suivi et d’un examen conjoints.', true),
 ('national-sovereignty', 'fr', 'Souveraineté nationale',
  'Le Pacte mondial réaffirme le droit souverain des États de définir leur politique migratoire nationale et leur prérogative de gérer les migrations relevant de leur compétence, dans le respect du droit international. Dans ce cadre, les États peuvent faire la distinction entre migration régulière et irrégulière, notamment lorsqu’ils arrêtent les mesures législatives et politiques de mise en œuvre du Pacte, en tenant compte des réalités, politiques, priorités et conditions d’entrée, de séjour et de travail propres à chaque pays.', true),
 ('rule-of-law', 'fr', 'Primauté du droit et garanties d’une procédure régulière',
  'Le respect de l’état de droit, des garanties d’une procédure régulière et de l’accès à la justice est essentiel à tous les aspects de la gouvernance des migrations. L’État, les institutions et entités publiques et privées ainsi que les personnes elles-mêmes sont tenus de respecter des lois promulguées publiquement, appliquées de manière égale, administrées par une justice indépendante et compatibles avec le droit international.', true),
 ('sustainable-development', 'fr', 'Développement durable',
  'Le Pacte mondial s’inscrit dans le Programme de développement durable à l’horizon 2030 et reprend l’idée que les migrations sont une réalité multidimensionnelle d’une grande importance pour le développement durable des pays d’origine, de transit et de destination, qui appelle des réponses cohérentes et globales. Bien gérées, les migrations contribuent à des résultats positifs en matière de développement, et le Pacte cherche à exploiter ce potentiel au profit de tous les migrants et de tous les pays.', true),
 ('human-rights', 'fr', 'Droits de l’homme',
  'Le Pacte mondial repose sur le droit international des droits de l’homme et respecte les principes de non-régression et de non-discrimination. Sa mise en œuvre garantit le respect, la protection et l’exercice effectifs des droits de l’homme de tous les migrants, quel que soit leur statut migratoire, à toutes les étapes du cycle migratoire, et réaffirme l’engagement d’éliminer toutes les formes de discrimination, notamment le racisme, la xénophobie et l’intolérance, à l’égard des migrants et de leur famille.', true),
 ('gender-responsive', 'fr', 'Prise en compte de la problématique femmes-hommes',
  'Le Pacte mondial veille à ce que les droits de l’homme des femmes, des hommes, des filles et des garçons soient respectés à toutes les étapes de la migration, que leurs besoins propres soient bien compris et pris en compte et qu’ils soient en mesure d’agir en tant qu’acteurs du changement. Il intègre la problématique femmes-hommes et promeut l’égalité des sexes et l’autonomisation de toutes les femmes et filles, en reconnaissant leur indépendance, leur capacité d’agir et leur rôle moteur, plutôt que de considérer les migrantes principalement comme des victimes.', true),
 ('child-sensitive', 'fr', 'Adaptation aux besoins de l’enfant',
  'Le Pacte mondial promeut les obligations juridiques internationales existantes relatives aux droits de l’enfant. Il fait en tout temps de l’intérêt supérieur de l’enfant une considération primordiale dans toutes les situations concernant des enfants dans le contexte des migrations internationales, y compris les enfants non accompagnés ou séparés.', true),
 ('whole-of-government', 'fr', 'Approche mobilisant l’ensemble des pouvoirs publics',
  'Les migrations sont une réalité multidimensionnelle qui ne peut être traitée par un seul secteur de l’action publique. L’élaboration et la mise en œuvre de politiques et pratiques migratoires efficaces exigent donc une approche mobilisant l’ensemble des pouvoirs publics, afin d’assurer la cohérence horizontale et verticale des politiques dans tous les secteurs et à tous les niveaux de gouvernement.', true),
 ('whole-of-society', 'fr', 'Approche mobilisant l’ensemble de la société',
  'Le Pacte mondial favorise de larges partenariats multipartites pour traiter les migrations sous tous leurs aspects. Il associe à la gouvernance des migrations les migrants, les diasporas, les communautés locales, la société civile, les milieux universitaires, le secteur privé, les parlementaires, les syndicats, les institutions nationales des droits de l’homme, les médias et les autres acteurs concernés.', true);

-- ---------------------------------------------------------------- Português (tradução não oficial)
insert into taxonomy.principle_text (principle, lang, title, definition, official) values
 ('people-centred', 'pt', 'Centrado nas pessoas',
  'O Pacto Global tem uma forte dimensão humana, inerente à própria experiência migratória. Promove o bem-estar dos migrantes e dos membros das comunidades dos países de origem, trânsito e destino, e coloca a pessoa no seu centro.', false),
 ('international-cooperation', 'pt', 'Cooperação internacional',
  'O Pacto Global é um marco de cooperação juridicamente não vinculante que reconhece que nenhum Estado pode enfrentar a migração sozinho, dada sua natureza intrinsecamente transnacional. Por isso, exige cooperação e diálogo nos níveis internacional, regional e bilateral, e sua autoridade se baseia em seu caráter consensual, em sua credibilidade, na apropriação coletiva e na implementação, no acompanhamento e na revisão conjuntos.', false),
 ('national-sovereignty', 'pt', 'Soberania nacional',
  'O Pacto Global reafirma o direito soberano dos Estados de determinar sua política migratória nacional e sua prerrogativa de regular a migração dentro de sua jurisdição, em conformidade com o direito internacional. Dentro dessa jurisdição, os Estados podem distinguir entre situação migratória regular e irregular, inclusive ao definir as medidas legislativas e políticas para implementar o Pacto, levando em conta as diferentes realidades, políticas, prioridades e requisitos nacionais de entrada, residência e trabalho.', false),
 ('rule-of-law', 'pt', 'Estado de direito e devido processo legal',
  'O respeito ao Estado de direito, ao devido processo legal e ao acesso à justiça é fundamental em todos os aspectos da governança migratória. O Estado, as instituições e entidades públicas e privadas e as próprias pessoas devem responder perante leis publicamente promulgadas, aplicadas de forma igual, julgadas de maneira independente e compatíveis com o direito internacional.', false),
 ('sustainable-development', 'pt', 'Desenvolvimento sustentável',
  'O Pacto Global está enraizado na Agenda 2030 para o Desenvolvimento Sustentável e no reconhecimento de que a migração é uma realidade multidimensional de grande relevância para o desenvolvimento sustentável dos países de origem, trânsito e destino, que exige respostas coerentes e abrangentes. A migração bem gerida contribui para resultados positivos de desenvolvimento, e o Pacto procura aproveitar esse potencial para todos os migrantes e países.', false),
 ('human-rights', 'pt', 'Direitos humanos',
  'O Pacto Global baseia-se no direito internacional dos direitos humanos e defende os princípios da não regressão e da não discriminação. Sua implementação assegura o respeito, a proteção e a realização efetivos dos direitos humanos de todos os migrantes, independentemente de sua situação migratória, em todas as etapas do ciclo migratório, e reafirma o compromisso de eliminar todas as formas de discriminação, incluindo o racismo, a xenofobia e a intolerância, contra os migrantes e suas famílias.', false),
 ('gender-responsive', 'pt', 'Perspectiva de gênero',
  'O Pacto Global garante que os direitos humanos de mulheres, homens, meninas e meninos sejam respeitados em todas as etapas da migração, que suas necessidades específicas sejam devidamente compreendidas e atendidas e que sejam empoderados como agentes de mudança. Integra a perspectiva de gênero e promove a igualdade de gênero e o empoderamento de todas as mulheres e meninas, reconhecendo sua independência, capacidade de ação e liderança, em vez de ver as mulheres migrantes principalmente como vítimas.', false),
 ('child-sensitive', 'pt', 'Sensível às crianças',
  'O Pacto Global promove as obrigações jurídicas internacionais existentes relativas aos direitos da criança. Defende sempre o princípio do interesse superior da criança como consideração primordial em todas as situações que envolvam crianças no contexto da migração internacional, incluindo crianças desacompanhadas e separadas.', false),
 ('whole-of-government', 'pt', 'Abordagem de governo integral',
  'A migração é uma realidade multidimensional que não pode ser tratada por um único setor de políticas do governo. Para formular e implementar políticas e práticas migratórias eficazes, é necessária uma abordagem de governo integral que assegure a coerência horizontal e vertical das políticas em todos os setores e níveis de governo.', false),
 ('whole-of-society', 'pt', 'Abordagem de toda a sociedade',
  'O Pacto Global promove amplas parcerias entre múltiplas partes interessadas para tratar a migração em todas as suas dimensões. Inclui na governança migratória os migrantes, as diásporas, as comunidades locais, a sociedade civil, a academia, o setor privado, os parlamentares, os sindicatos, as instituições nacionais de direitos humanos, os meios de comunicação e outras partes interessadas.', false);
