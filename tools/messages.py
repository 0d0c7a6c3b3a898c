#!/usr/bin/env python3
"""Writes the message bundles from one table so the four languages keep the same keys.
Run: python3 tools/messages.py  (rewrites src/main/resources/i18n/messages*.properties)"""
import re, pathlib
M = {}
def m(key, es, en, fr, pt): M[key] = dict(es=es, en=en, fr=fr, pt=pt)

m('site.name','Pacto','Pacto','Pacto','Pacto')
m('site.tagline','Plataforma abierta para aplicar el Pacto Mundial para la Migración','Open platform to put the Global Compact for Migration into practice','Plateforme ouverte pour mettre en œuvre le Pacte mondial sur les migrations','Plataforma aberta para implementar o Pacto Global para a Migração')
m('nav.skip','Saltar al contenido','Skip to content','Aller au contenu','Ir para o conteúdo')
m('nav.main','Navegación principal','Main navigation','Navigation principale','Navegação principal')
m('nav.account','Cuenta','Account','Compte','Conta')
m('nav.language','Idioma','Language','Langue','Idioma')
m('nav.objectives','Objetivos','Objectives','Objectifs','Objetivos')
m('nav.principles','Principios','Principles','Principes','Princípios')
m('nav.portability','Seguridad social','Social security','Sécurité sociale','Seguridade social')
m('nav.organisations','Organizaciones','Organisations','Organisations','Organizações')
m('nav.profile','Mi perfil','My profile','Mon profil','Meu perfil')
m('nav.audit','Auditoría','Audit trail','Journal d\'audit','Auditoria')
m('nav.outbox','Buzón de salida','Outbox','Boîte d\'envoi','Caixa de saída')
m('nav.signIn','Ingresar','Sign in','Se connecter','Entrar')
m('nav.signOut','Salir','Sign out','Se déconnecter','Sair')
m('nav.home','Volver al inicio','Back to the home page','Retour à l\'accueil','Voltar ao início')
m('nav.breadcrumb','Ruta de navegación','Breadcrumb','Fil d\'Ariane','Trilha de navegação')
m('nav.pager','Objetivo anterior y siguiente','Previous and next objective','Objectif précédent et suivant','Objetivo anterior e seguinte')
m('footer.about','Pacto es un bien público abierto para gobiernos locales y nacionales, sociedad civil y agencias de la ONU que aplican el Pacto Mundial para una Migración Segura, Ordenada y Regular.','Pacto is an open public good for local and national governments, civil society and UN agencies putting the Global Compact for Safe, Orderly and Regular Migration into practice.','Pacto est un bien public ouvert pour les gouvernements locaux et nationaux, la société civile et les agences de l\'ONU qui mettent en œuvre le Pacte mondial pour des migrations sûres, ordonnées et régulières.','Pacto é um bem público aberto para governos locais e nacionais, sociedade civil e agências da ONU que implementam o Pacto Global para uma Migração Segura, Ordenada e Regular.')
m('footer.api','API abierta (OpenAPI)','Open API (OpenAPI)','API ouverte (OpenAPI)','API aberta (OpenAPI)')
m('home.title','Pacto: el Pacto Mundial para la Migración, en la práctica','Pacto: the Global Compact for Migration, in practice','Pacto : le Pacte mondial sur les migrations, en pratique','Pacto: o Pacto Global para a Migração, na prática')
m('home.lead','Un solo lugar para compartir buenas prácticas, asumir compromisos medibles, seguir su cumplimiento y proteger los derechos de las personas migrantes, sobre el marco común de los 23 objetivos y 10 principios rectores.','One place to share good practices, make measurable pledges, follow their fulfilment and protect migrants\' rights, on the common framework of the 23 objectives and 10 guiding principles.','Un seul lieu pour partager de bonnes pratiques, prendre des engagements mesurables, suivre leur réalisation et protéger les droits des personnes migrantes, sur le cadre commun des 23 objectifs et 10 principes directeurs.','Um só lugar para compartilhar boas práticas, assumir compromissos mensuráveis, acompanhar seu cumprimento e proteger os direitos das pessoas migrantes, sobre o marco comum dos 23 objetivos e 10 princípios orientadores.')
m('home.audience','Para oficinas municipales de migración, ministerios, instituciones de seguridad social, organizaciones de la sociedad civil, personas revisoras, la secretaría de la ONU y las propias personas migrantes.','For municipal migrant offices, ministries, social-security institutions, civil-society organisations, reviewers, the UN secretariat and migrants themselves.','Pour les bureaux municipaux des migrations, les ministères, les institutions de sécurité sociale, les organisations de la société civile, les évaluateurs, le secrétariat de l\'ONU et les personnes migrantes elles-mêmes.','Para escritórios municipais de migração, ministérios, instituições de seguridade social, organizações da sociedade civil, revisores, o secretariado da ONU e as próprias pessoas migrantes.')
m('home.stats','{0} objetivos · {1} principios rectores · {2} organizaciones','{0} objectives · {1} guiding principles · {2} organisations','{0} objectifs · {1} principes directeurs · {2} organisations','{0} objetivos · {1} princípios orientadores · {2} organizações')
m('home.objectives','Los 23 objetivos del Pacto','The Compact\'s 23 objectives','Les 23 objectifs du Pacte','Os 23 objetivos do Pacto')
m('home.principles','Los 10 principios rectores','The 10 guiding principles','Les 10 principes directeurs','Os 10 princípios orientadores')
m('home.activity','Actividad reciente','Recent activity','Activité récente','Atividade recente')
m('home.activity.none','Todavía no hay actividad.','No activity yet.','Aucune activité pour l\'instant.','Ainda não há atividade.')
m('activity.organisation-joined','Se sumó','Joined:','A rejoint :','Aderiu:')
m('activity.practice-published','Práctica publicada:','Practice published:','Pratique publiée :','Prática publicada:')
m('objectives.title','Los 23 objetivos','The 23 objectives','Les 23 objectifs','Os 23 objetivos')
m('objectives.lead','Cada objetivo reúne un compromiso y un conjunto de acciones; las autoridades locales tienen un papel en muchas de ellas.','Each objective holds a commitment and a set of actions; local authorities have a part in many of them.','Chaque objectif comporte un engagement et un ensemble d\'actions ; les autorités locales ont un rôle dans nombre d\'entre elles.','Cada objetivo reúne um compromisso e um conjunto de ações; as autoridades locais têm um papel em muitas delas.')
m('translation.unofficial','Traducción no oficial.','Unofficial translation.','Traduction non officielle.','Tradução não oficial: o Pacto não tem versão oficial em português.')
m('objective.label','Objetivo {0}','Objective {0}','Objectif {0}','Objetivo {0}')
m('objective.paragraph','Párrafo {0} del Pacto','Compact paragraph {0}','Paragraphe {0} du Pacte','Parágrafo {0} do Pacto')
m('objective.commitment','Compromiso','Commitment','Engagement','Compromisso')
m('objective.localActions','Acciones que corresponden a las autoridades locales','Actions for local authorities','Actions relevant pour les autorités locales','Ações que cabem às autoridades locais')
m('objective.localActions.source','Fuente: OIM, Políticas públicas en el nivel local con el enfoque del Pacto Mundial para la Migración (iniciativa Autoridades Locales Precursoras, América del Sur).','Source: IOM, Local public policies with the Global Compact for Migration approach (Pioneer Local Authorities initiative, South America).','Source : OIM, Politiques publiques locales selon l\'approche du Pacte mondial sur les migrations (initiative Autorités locales pionnières, Amérique du Sud).','Fonte: OIM, Políticas públicas locais com o enfoque do Pacto Global para a Migração (iniciativa Autoridades Locais Pioneiras, América do Sul).')
m('objective.nothingLinked','Todavía no hay registros vinculados a este objetivo.','Nothing is linked to this objective yet.','Rien n\'est encore lié à cet objectif.','Ainda não há registros vinculados a este objetivo.')
m('principles.title','Principios rectores','Guiding principles','Principes directeurs','Princípios orientadores')
m('principles.lead','Diez principios transversales e interdependientes (párrafo 15 del Pacto) guían la aplicación de todos los objetivos.','Ten cross-cutting, interdependent principles (Compact paragraph 15) guide the implementation of every objective.','Dix principes transversaux et interdépendants (paragraphe 15 du Pacte) guident la mise en œuvre de tous les objectifs.','Dez princípios transversais e interdependentes (parágrafo 15 do Pacto) orientam a implementação de todos os objetivos.')
m('principles.others','Otros principios','Other principles','Autres principes','Outros princípios')
m('principle.paragraph','Párrafo 15 {0}) del Pacto','Compact paragraph 15({0})','Paragraphe 15 {0}) du Pacte','Parágrafo 15 {0}) do Pacto')
m('login.title','Ingresar','Sign in','Se connecter','Entrar')
m('login.submit','Ingresar','Sign in','Se connecter','Entrar')
m('login.error','El correo o la contraseña no son correctos.','The e-mail or password is not correct.','L\'adresse ou le mot de passe est incorrect.','O e-mail ou a senha não estão corretos.')
m('login.locked','Demasiados intentos fallidos: espere 15 minutos antes de volver a intentarlo.','Too many failed attempts: wait 15 minutes before trying again.','Trop de tentatives échouées : attendez 15 minutes avant de réessayer.','Tentativas falhadas demais: aguarde 15 minutos antes de tentar de novo.')
m('login.joined','Bienvenida o bienvenido: ya puede ingresar.','Welcome: you can now sign in.','Bienvenue : vous pouvez maintenant vous connecter.','Boas-vindas: já pode entrar.')
m('login.reset','Su contraseña fue cambiada: ingrese con la nueva.','Your password was changed: sign in with the new one.','Votre mot de passe a été changé : connectez-vous avec le nouveau.','Sua senha foi alterada: entre com a nova.')
m('login.forgot','¿Olvidó su contraseña?','Forgot your password?','Mot de passe oublié ?','Esqueceu sua senha?')
m('login.invitationOnly','Las cuentas se crean por invitación del punto focal de su organización o de la secretaría.','Accounts are created by invitation from your organisation\'s focal point or the secretariat.','Les comptes sont créés sur invitation du point focal de votre organisation ou du secrétariat.','As contas são criadas por convite do ponto focal da sua organização ou do secretariado.')
m('join.title','Unirse a Pacto','Join Pacto','Rejoindre Pacto','Aderir ao Pacto')
m('join.lead','Le invitaron a actuar por {0} como {1}. Elija su nombre y una contraseña.','You were invited to act for {0} as {1}. Choose your name and a password.','Vous avez été invité·e à agir pour {0} en tant que {1}. Choisissez votre nom et un mot de passe.','Você foi convidado(a) a atuar por {0} como {1}. Escolha seu nome e uma senha.')
m('join.invalid','Este enlace de invitación no es válido o ya venció. Pida una nueva invitación.','This invitation link is not valid or has expired. Ask for a new invitation.','Ce lien d\'invitation n\'est pas valide ou a expiré. Demandez une nouvelle invitation.','Este link de convite não é válido ou expirou. Peça um novo convite.')
m('join.submit','Crear mi cuenta','Create my account','Créer mon compte','Criar minha conta')
m('forgot.title','Restablecer la contraseña','Reset your password','Réinitialiser le mot de passe','Redefinir a senha')
m('forgot.submit','Enviar el enlace','Send the link','Envoyer le lien','Enviar o link')
m('forgot.sent','Si la dirección tiene una cuenta, recibirá un enlace válido por una hora.','If the address has an account, it will receive a link valid for one hour.','Si l\'adresse a un compte, elle recevra un lien valable une heure.','Se o endereço tiver uma conta, receberá um link válido por uma hora.')
m('reset.title','Elegir una nueva contraseña','Choose a new password','Choisir un nouveau mot de passe','Escolher uma nova senha')
m('reset.invalid','Este enlace no es válido o ya venció.','This link is not valid or has expired.','Ce lien n\'est pas valide ou a expiré.','Este link não é válido ou expirou.')
m('reset.submit','Guardar la contraseña','Save the password','Enregistrer le mot de passe','Salvar a senha')
m('profile.title','Mi perfil','My profile','Mon profil','Meu perfil')
m('field.email','Correo electrónico','E-mail','Adresse électronique','E-mail')
m('field.password','Contraseña','Password','Mot de passe','Senha')
m('field.newPassword','Nueva contraseña','New password','Nouveau mot de passe','Nova senha')
m('field.password.hint','Al menos 12 caracteres.','At least 12 characters.','Au moins 12 caractères.','Pelo menos 12 caracteres.')
m('field.name','Nombre','Name','Nom','Nome')
m('field.organisation','Organización','Organisation','Organisation','Organização')
m('field.roles','Roles','Roles','Rôles','Papéis')
m('field.role','Rol','Role','Rôle','Papel')
m('field.kind','Tipo de entidad','Kind of entity','Type d\'entité','Tipo de entidade')
m('field.country','País','Country','Pays','País')
m('field.level','Nivel','Level','Niveau','Nível')
m('field.locality','Localidad','Locality','Localité','Localidade')
m('field.website','Sitio web','Website','Site web','Site')
m('tokens.title','Tokens de API','API tokens','Jetons d\'API','Tokens de API')
m('tokens.lead','Los programas que usan la API se identifican con un token (cabecera Authorization: Bearer). Guárdelo: solo se muestra una vez.','Programs that use the API identify themselves with a token (Authorization: Bearer header). Keep it safe: it is shown only once.','Les programmes qui utilisent l\'API s\'identifient avec un jeton (en-tête Authorization: Bearer). Conservez-le : il n\'est affiché qu\'une fois.','Os programas que usam a API se identificam com um token (cabeçalho Authorization: Bearer). Guarde-o: ele só é mostrado uma vez.')
m('tokens.created','Su nuevo token (cópielo ahora):','Your new token (copy it now):','Votre nouveau jeton (copiez-le maintenant) :','Seu novo token (copie-o agora):')
m('tokens.name','Nombre del token','Token name','Nom du jeton','Nome do token')
m('tokens.create','Crear token','Create token','Créer un jeton','Criar token')
m('tokens.yours','Sus tokens','Your tokens','Vos jetons','Seus tokens')
m('tokens.prefix','Comienza con','Starts with','Commence par','Começa com')
m('tokens.createdAt','Creado','Created','Créé','Criado')
m('tokens.lastUsed','Último uso','Last used','Dernière utilisation','Último uso')
m('tokens.state','Estado','State','État','Estado')
m('tokens.revoked','Revocado','Revoked','Révoqué','Revogado')
m('tokens.revoke','Revocar','Revoke','Révoquer','Revogar')
m('invite.title','Invitar a una persona','Invite someone','Inviter une personne','Convidar uma pessoa')
m('invite.submit','Enviar la invitación','Send the invitation','Envoyer l\'invitation','Enviar o convite')
m('invite.sent','Invitación enviada a {0}.','Invitation sent to {0}.','Invitation envoyée à {0}.','Convite enviado para {0}.')
m('organisations.title','Organizaciones','Organisations','Organisations','Organizações')
m('organisations.lead','Gobiernos, autoridades locales, sociedad civil, academia y agencias de la ONU que actúan en Pacto. Los datos de contacto de las personas nunca se publican.','Governments, local authorities, civil society, academia and UN agencies acting in Pacto. People\'s contact details are never published.','Gouvernements, autorités locales, société civile, milieux universitaires et agences de l\'ONU présents sur Pacto. Les coordonnées des personnes ne sont jamais publiées.','Governos, autoridades locais, sociedade civil, academia e agências da ONU que atuam no Pacto. Os contatos das pessoas nunca são publicados.')
m('organisation.un','ONU','UN','ONU','ONU')
m('organisation.internal','Entidad del sistema de las Naciones Unidas','United Nations system entity','Entité du système des Nations Unies','Entidade do sistema das Nações Unidas')
for lv,es,en,fr,pt in [('local','Local','Local','Local','Local'),('subnational','Subnacional','Subnational','Infranational','Subnacional'),('national','Nacional','National','National','Nacional'),('regional','Regional','Regional','Régional','Regional'),('global','Mundial','Global','Mondial','Global')]:
    m('level.'+lv,es,en,fr,pt)
for r,es,en,fr,pt in [('member','Miembro','Member','Membre','Membro'),('focal-point','Punto focal','Focal point','Point focal','Ponto focal'),('reviewer','Revisor/a','Reviewer','Évaluateur·rice','Revisor(a)'),('secretariat','Secretaría','Secretariat','Secrétariat','Secretariado'),('admin','Administración','Administrator','Administration','Administração')]:
    m('role.'+r,es,en,fr,pt)
m('outbox.title','Buzón de salida','Outbox','Boîte d\'envoi','Caixa de saída')
m('outbox.lead','Sin servidor SMTP configurado, los correos se guardan aquí en lugar de enviarse.','With no SMTP server configured, mail is kept here instead of being sent.','Sans serveur SMTP configuré, les courriels sont conservés ici au lieu d\'être envoyés.','Sem servidor SMTP configurado, os e-mails ficam guardados aqui em vez de serem enviados.')
m('outbox.empty','El buzón está vacío.','The outbox is empty.','La boîte d\'envoi est vide.','A caixa de saída está vazia.')
m('outbox.to','Para','To','À','Para')
m('audit.title','Registro de auditoría','Audit trail','Journal d\'audit','Registro de auditoria')
m('audit.lead','Cada cambio a un registro y cada lectura de datos personales: quién, cuándo y qué.','Every change to a record and every read of personal data: who, when and what.','Chaque modification d\'un enregistrement et chaque lecture de données personnelles : qui, quand et quoi.','Cada alteração de um registro e cada leitura de dados pessoais: quem, quando e o quê.')
m('audit.at','Cuándo','When','Quand','Quando')
m('audit.actor','Quién','Who','Qui','Quem')
m('audit.record','Registro','Record','Enregistrement','Registro')
m('audit.action','Acción','Action','Action','Ação')
m('audit.changes','Cambios','Changes','Modifications','Alterações')
m('mail.invitation.subject','Invitación a Pacto: {0}','Invitation to Pacto: {0}','Invitation à Pacto : {0}','Convite para o Pacto: {0}')
m('mail.invitation.body','{0} le invita a actuar por {1} en Pacto como {2}.\n\nPara crear su cuenta, abra este enlace (válido 14 días):\n{3}\n\nSi no esperaba este mensaje, ignórelo.','{0} invites you to act for {1} in Pacto as {2}.\n\nTo create your account, open this link (valid for 14 days):\n{3}\n\nIf you did not expect this message, ignore it.','{0} vous invite à agir pour {1} sur Pacto en tant que {2}.\n\nPour créer votre compte, ouvrez ce lien (valable 14 jours) :\n{3}\n\nSi vous n\'attendiez pas ce message, ignorez-le.','{0} convida você a atuar por {1} no Pacto como {2}.\n\nPara criar sua conta, abra este link (válido por 14 dias):\n{3}\n\nSe não esperava esta mensagem, ignore-a.')
m('mail.reset.subject','Pacto: restablecer su contraseña','Pacto: reset your password','Pacto : réinitialiser votre mot de passe','Pacto: redefinir sua senha')
m('mail.reset.body','Hola, {0}:\n\nPara elegir una nueva contraseña, abra este enlace (válido una hora):\n{1}\n\nSi no lo pidió, ignore este mensaje.','Hello {0},\n\nTo choose a new password, open this link (valid for one hour):\n{1}\n\nIf you did not ask for it, ignore this message.','Bonjour {0},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure) :\n{1}\n\nSi vous ne l\'avez pas demandé, ignorez ce message.','Olá, {0}:\n\nPara escolher uma nova senha, abra este link (válido por uma hora):\n{1}\n\nSe não pediu, ignore esta mensagem.')
for st,es,en,fr,pt in [(400,'Solicitud no válida','Bad request','Requête invalide','Solicitação inválida'),(401,'Se requiere identificarse','Authentication required','Authentification requise','Autenticação necessária'),(403,'Acción no permitida','Forbidden','Action interdite','Ação não permitida'),(404,'No encontrado','Not found','Introuvable','Não encontrado'),(405,'Método no permitido','Method not allowed','Méthode non autorisée','Método não permitido'),(409,'Conflicto con el estado actual','Conflict with the current state','Conflit avec l\'état actuel','Conflito com o estado atual'),(413,'Contenido demasiado grande','Content too large','Contenu trop volumineux','Conteúdo grande demais'),(415,'Tipo de contenido no admitido','Unsupported media type','Type de contenu non pris en charge','Tipo de conteúdo não suportado'),(500,'Error inesperado','Unexpected error','Erreur inattendue','Erro inesperado')]:
    m(f'problem.title.{st}',es,en,fr,pt)
P=[('not-found','No existe {0} «{1}», o no tiene acceso.','There is no {0} "{1}", or you may not see it.','Il n\'existe pas de {0} « {1} », ou vous n\'y avez pas accès.','Não existe {0} «{1}», ou você não tem acesso.'),
('no-such-page','Esta página no existe.','This page does not exist.','Cette page n\'existe pas.','Esta página não existe.'),
('invalid-input','Algunos datos no son válidos; nada se guardó.','Some input is not valid; nothing was saved.','Certaines données ne sont pas valides ; rien n\'a été enregistré.','Alguns dados não são válidos; nada foi salvo.'),
('unreadable','La solicitud no se pudo leer (JSON o parámetros mal formados).','The request could not be read (malformed JSON or parameters).','La requête n\'a pas pu être lue (JSON ou paramètres mal formés).','A solicitação não pôde ser lida (JSON ou parâmetros malformados).'),
('too-large','El contenido supera el tamaño permitido.','The content exceeds the allowed size.','Le contenu dépasse la taille autorisée.','O conteúdo excede o tamanho permitido.'),
('method-not-allowed','Este método HTTP no se admite aquí.','This HTTP method is not supported here.','Cette méthode HTTP n\'est pas prise en charge ici.','Este método HTTP não é suportado aqui.'),
('unsupported-media-type','Envíe el contenido como application/json.','Send the content as application/json.','Envoyez le contenu en application/json.','Envie o conteúdo como application/json.'),
('unauthenticated','Identifíquese: ingrese o envíe un token válido (Authorization: Bearer).','Sign in or send a valid token (Authorization: Bearer).','Connectez-vous ou envoyez un jeton valide (Authorization: Bearer).','Entre ou envie um token válido (Authorization: Bearer).'),
('invalid-token','El token no es válido o fue revocado.','The token is not valid or has been revoked.','Le jeton n\'est pas valide ou a été révoqué.','O token não é válido ou foi revogado.'),
('forbidden','Su rol no permite esta acción.','Your role does not allow this action.','Votre rôle ne permet pas cette action.','Seu papel não permite esta ação.'),
('unexpected','Ocurrió un error inesperado (incidente {0}); nada se guardó a medias.','An unexpected error occurred (incident {0}); nothing was half-saved.','Une erreur inattendue s\'est produite (incident {0}) ; rien n\'a été enregistré à moitié.','Ocorreu um erro inesperado (incidente {0}); nada foi salvo pela metade.'),
('required','Este campo es obligatorio.','This field is required.','Ce champ est obligatoire.','Este campo é obrigatório.'),
('too-long','El texto supera los {0} caracteres permitidos.','The text exceeds the {0} characters allowed.','Le texte dépasse les {0} caractères autorisés.','O texto excede os {0} caracteres permitidos.'),
('duplicate-name','Ya existe una organización con este nombre.','An organisation with this name already exists.','Une organisation porte déjà ce nom.','Já existe uma organização com este nome.'),
('unknown-entity-kind','Elija uno de los doce tipos de entidad.','Choose one of the twelve kinds of entity.','Choisissez l\'un des douze types d\'entité.','Escolha um dos doze tipos de entidade.'),
('unknown-level','Elija un nivel: local, subnacional, nacional, regional o mundial.','Choose a level: local, subnational, national, regional or global.','Choisissez un niveau : local, infranational, national, régional ou mondial.','Escolha um nível: local, subnacional, nacional, regional ou global.'),
('unknown-country','Código de país desconocido (use ISO 3166-1 alfa-2).','Unknown country code (use ISO 3166-1 alpha-2).','Code de pays inconnu (utilisez ISO 3166-1 alpha-2).','Código de país desconhecido (use ISO 3166-1 alfa-2).'),
('not-a-web-address','Indique una dirección web que empiece por http:// o https://.','Give a web address starting with http:// or https://.','Indiquez une adresse web commençant par http:// ou https://.','Informe um endereço web que comece com http:// ou https://.'),
('not-an-email','Indique una dirección de correo válida.','Give a valid e-mail address.','Indiquez une adresse électronique valide.','Informe um endereço de e-mail válido.'),
('already-member','Esta dirección ya tiene una cuenta.','This address already has an account.','Cette adresse a déjà un compte.','Este endereço já tem uma conta.'),
('password-too-short','La contraseña debe tener al menos {0} caracteres.','The password must have at least {0} characters.','Le mot de passe doit comporter au moins {0} caractères.','A senha deve ter pelo menos {0} caracteres.'),
('unknown-role','Rol desconocido.','Unknown role.','Rôle inconnu.','Papel desconhecido.'),
('not-a-number','«{0}» no es un número.','"{0}" is not a number.','« {0} » n\'est pas un nombre.','«{0}» não é um número.')]
for code,es,en,fr,pt in P: m('problem.'+code,es,en,fr,pt)

m('organisations.new','Registrar una organización','Register an organisation','Enregistrer une organisation','Registrar uma organização')
m('organisations.register','Registrar','Register','Enregistrer','Registrar')
m('organisations.delete','Dar de baja (con motivo)','Remove (with a reason)','Retirer (avec un motif)','Remover (com motivo)')
m('organisations.deleteReason','Motivo de la baja','Reason for removal','Motif du retrait','Motivo da remoção')
m('form.choose','Elegir…','Choose…','Choisir…','Escolher…')
m('form.none','— Ninguno —','— None —','— Aucun —','— Nenhum —')
m('invite.organisation','Organización a la que se invita','Organisation invited to','Organisation concernée','Organização convidada')
m('field.reason','Motivo','Reason','Motif','Motivo')
m('field.internal','Entidad de la ONU','UN entity','Entité de l\'ONU','Entidade da ONU')
m('text.shownIn','Este texto se muestra en su idioma original ({0}): no hay traducción al idioma elegido.','This text is shown in its original language ({0}): there is no translation into the language you chose.','Ce texte est affiché dans sa langue d\'origine ({0}) : il n\'existe pas de traduction dans la langue choisie.','Este texto é mostrado no idioma original ({0}): não há tradução para o idioma escolhido.')
for code, es, en, fr, pt in [('es','español','Spanish','espagnol','espanhol'),('en','inglés','English','anglais','inglês'),('fr','francés','French','français','francês'),('pt','portugués','Portuguese','portugais','português')]:
    m('language.'+code, es, en, fr, pt)
# Module tables kept in their own files to ease merging.
exec((pathlib.Path(__file__).resolve().parent / 'messages_portability.py').read_text(encoding='utf-8'))
exec((pathlib.Path(__file__).resolve().parent / 'messages_attachments.py').read_text(encoding='utf-8'))
# ---- Pledging initiative ----
m('activity.pledge-published','Nuevo compromiso:','New pledge:','Nouvel engagement :','Novo compromisso:')
PP=[('too-short','El texto debe tener al menos {0} caracteres.','The text must have at least {0} characters.','Le texte doit comporter au moins {0} caractères.','O texto deve ter pelo menos {0} caracteres.'),
('too-many','Elija como máximo {0}.','Choose at most {0}.','Choisissez-en au plus {0}.','Escolha no máximo {0}.'),
('unknown-language','Idioma desconocido (es, en, fr o pt).','Unknown language (es, en, fr or pt).','Langue inconnue (es, en, fr ou pt).','Idioma desconhecido (es, en, fr ou pt).'),
('unknown-pledge-type','Elija un tipo: individual, común, alianza o complementario.','Choose a type: individual, common, partnership or matching.','Choisissez un type : individuel, commun, partenariat ou complémentaire.','Escolha um tipo: individual, comum, parceria ou complementar.'),
('unknown-pledge','No existe un compromiso público con ese identificador.','There is no public pledge with this id.','Aucun engagement public ne porte cet identifiant.','Não existe compromisso público com esse identificador.'),
('unknown-nature','Elija: financiero, técnico, de proceso o de política.','Choose: financial, technical, process or policy.','Choisissez : financier, technique, processus ou politique.','Escolha: financeiro, técnico, processo ou política.'),
('unknown-objective','Los objetivos van del 1 al 23.','Objectives run from 1 to 23.','Les objectifs vont de 1 à 23.','Os objetivos vão de 1 a 23.'),
('unknown-principle','Principio rector desconocido.','Unknown guiding principle.','Principe directeur inconnu.','Princípio orientador desconhecido.'),
('unknown-region','Región desconocida (código M49).','Unknown region (M49 code).','Région inconnue (code M49).','Região desconhecida (código M49).'),
('where-required','Indique los países de aplicación, una región o que es mundial.','Give the countries of implementation, a region, or mark it global.','Indiquez les pays de mise en œuvre, une région ou cochez « mondial ».','Indique os países de implementação, uma região ou marque como mundial.'),
('deadline-before-start','El plazo debe ser posterior al inicio.','The deadline must come after the start.','L\'échéance doit suivre le début.','O prazo deve ser posterior ao início.'),
('target-required','Un compromiso necesita al menos una meta medible.','A pledge needs at least one measurable target.','Un engagement nécessite au moins une cible mesurable.','Um compromisso precisa de pelo menos uma meta mensurável.'),
('negative','El valor no puede ser negativo.','The value cannot be negative.','La valeur ne peut pas être négative.','O valor não pode ser negativo.'),
('unknown-currency','Indique la moneda con su código ISO 4217 (p. ej. USD).','Give the currency as its ISO 4217 code (e.g. USD).','Indiquez la devise par son code ISO 4217 (p. ex. USD).','Indique a moeda pelo código ISO 4217 (p. ex. USD).'),
('not-a-date','Indique una fecha AAAA-MM-DD.','Give a date as YYYY-MM-DD.','Indiquez une date AAAA-MM-JJ.','Indique uma data AAAA-MM-DD.'),
('in-the-future','La fecha no puede ser futura.','The date cannot be in the future.','La date ne peut pas être future.','A data não pode ser futura.'),
('unknown-target','Esta meta no pertenece al compromiso.','This target does not belong to the pledge.','Cette cible n\'appartient pas à l\'engagement.','Esta meta não pertence ao compromisso.'),
('duplicate-target','Esta meta aparece dos veces.','This target appears twice.','Cette cible apparaît deux fois.','Esta meta aparece duas vezes.'),
('out-of-range','El valor debe estar entre {0} y {1}.','The value must be between {0} and {1}.','La valeur doit être comprise entre {0} et {1}.','O valor deve estar entre {0} e {1}.'),
('unknown-decision','Decida «publish» (publicar) o «return» (devolver).','Decide "publish" or "return".','Décidez « publish » (publier) ou « return » (renvoyer).','Decida «publish» (publicar) ou «return» (devolver).'),
('unknown-outcome','Resultado desconocido.','Unknown outcome.','Résultat inconnu.','Resultado desconhecido.'),
('unknown-organisation','Organización desconocida.','Unknown organisation.','Organisation inconnue.','Organização desconhecida.'),
('champion-states-only','Solo un Estado puede ser país campeón del Pacto.','Only a state can be a GCM Champion country.','Seul un État peut être pays champion du Pacte.','Só um Estado pode ser país campeão do Pacto.'),
('not-a-draft','Solo se envía un borrador.','Only a draft can be submitted.','Seul un brouillon peut être soumis.','Só um rascunho pode ser enviado.'),
('not-submitted','El compromiso no está enviado a revisión.','The pledge has not been submitted.','L\'engagement n\'a pas été soumis.','O compromisso não foi enviado.'),
('not-concrete','Falta una meta medible o un plazo.','A measurable target or a deadline is missing.','Il manque une cible mesurable ou une échéance.','Falta uma meta mensurável ou um prazo.'),
('not-open','El avance se informa en compromisos publicados y abiertos.','Progress is reported on published, open pledges.','L\'avancement se déclare sur des engagements publiés et ouverts.','O avanço é informado em compromissos publicados e abertos.'),
('not-complete','El cumplimiento no llega al 100 %.','Fulfilment is below 100%.','La réalisation n\'atteint pas 100 %.','O cumprimento não chega a 100 %.'),
('deadline-not-passed','El plazo todavía no venció.','The deadline has not passed yet.','L\'échéance n\'est pas encore passée.','O prazo ainda não venceu.'),
('not-an-outcome','No es un resultado posible.','This is not a possible outcome.','Ce n\'est pas un résultat possible.','Não é um resultado possível.'),
('already-signatory','Esta organización ya firma el compromiso.','This organisation already signs the pledge.','Cette organisation signe déjà l\'engagement.','Esta organização já assina o compromisso.'),
('not-invited','Su organización no fue invitada y el compromiso no está abierto a firmas.','Your organisation was not invited and the pledge is not open for signatures.','Votre organisation n\'a pas été invitée et l\'engagement n\'est pas ouvert aux signatures.','Sua organização não foi convidada e o compromisso não está aberto a assinaturas.')]
for code,es,en,fr,pt in PP: m('problem.'+code,es,en,fr,pt)

m('nav.pledges','Compromisos','Pledges','Engagements','Compromissos')
m('objective.section.pledges','Compromisos con este objetivo','Pledges for this objective','Engagements pour cet objectif','Compromissos com este objetivo')
m('pledges.title','Iniciativa de Compromisos','Pledging Initiative','Initiative d\'engagements','Iniciativa de Compromissos')
m('pledges.lead','Promesas medibles para avanzar en los objetivos y principios del Pacto: su cumplimiento se mide con metas e informes de avance, no se narra.','Measurable promises to advance the Compact\'s objectives and principles: their fulfilment is measured from targets and progress reports, not narrated.','Des promesses mesurables pour faire avancer les objectifs et principes du Pacte : leur réalisation se mesure par des cibles et des rapports d\'avancement.','Promessas mensuráveis para avançar nos objetivos e princípios do Pacto: seu cumprimento é medido por metas e relatórios de avanço.')
m('pledges.new','Nuevo compromiso','New pledge','Nouvel engagement','Novo compromisso')
m('pledges.map.link','Ver el mapa','See the map','Voir la carte','Ver o mapa')
m('pledges.filters','Filtros','Filters','Filtres','Filtros')
m('pledges.filter.q','Buscar','Search','Rechercher','Buscar')
m('pledges.filter.objective','Objetivo','Objective','Objectif','Objetivo')
m('pledges.filter.principle','Principio rector','Guiding principle','Principe directeur','Princípio orientador')
m('pledges.filter.kind','Tipo de entidad','Kind of entity','Type d\'entité','Tipo de entidade')
m('pledges.filter.nature','Naturaleza','Nature','Nature','Natureza')
m('pledges.filter.status','Estado','Status','Statut','Situação')
m('pledges.filter.country','País','Country','Pays','País')
m('pledges.filter.country.hint','Código ISO de dos letras, p. ej. AR','Two-letter ISO code, e.g. AR','Code ISO à deux lettres, p. ex. AR','Código ISO de duas letras, p. ex. AR')
m('pledges.filter.region','Región','Region','Région','Região')
m('pledges.filter.year','Año','Year','Année','Ano')
m('pledges.filter.any','Todos','All','Tous','Todos')
m('pledges.filter.apply','Filtrar','Filter','Filtrer','Filtrar')
m('pledges.filter.clear','Quitar filtros','Clear filters','Effacer les filtres','Limpar filtros')
m('pledges.totals','En cifras','In figures','En chiffres','Em números')
m('pledges.total','compromisos','pledges','engagements','compromissos')
m('pledges.total.open','publicados o en curso','published or in progress','publiés ou en cours','publicados ou em andamento')
m('pledges.total.fulfilled','cumplidos','fulfilled','réalisés','cumpridos')
m('pledges.total.overdue','vencidos por debajo del 100 %','overdue below 100%','échus sous 100 %','vencidos abaixo de 100 %')
m('pledges.charts','Gráficos','Charts','Graphiques','Gráficos')
m('pledges.chart.objective','Por objetivo','By objective','Par objectif','Por objetivo')
m('pledges.chart.principle','Por principio rector','By guiding principle','Par principe directeur','Por princípio orientador')
m('pledges.chart.kind','Por tipo de entidad','By kind of entity','Par type d\'entité','Por tipo de entidade')
m('pledges.chart.nature','Por naturaleza','By nature','Par nature','Por natureza')
m('pledges.chart.status','Por estado','By status','Par statut','Por situação')
m('pledges.chart.region','Por región','By region','Par région','Por região')
m('pledges.chart.year','Por año','By year','Par année','Por ano')
m('pledges.chart.fulfilment','Distribución del cumplimiento','Distribution of fulfilment','Répartition de la réalisation','Distribuição do cumprimento')
m('pledges.chart.data','Ver los datos','Show the data','Voir les données','Ver os dados')
m('pledges.chart.value','Valor','Value','Valeur','Valor')
m('pledges.count','Compromisos','Pledges','Engagements','Compromissos')
m('pledges.overdue','Compromisos vencidos','Overdue pledges','Engagements échus','Compromissos vencidos')
m('pledges.overdue.none','Ningún compromiso está vencido.','No pledge is overdue.','Aucun engagement n\'est échu.','Nenhum compromisso está vencido.')
m('pledges.list','Compromisos','Pledges','Engagements','Compromissos')
m('pledges.none','Ningún compromiso coincide con estos filtros.','No pledge matches these filters.','Aucun engagement ne correspond à ces filtres.','Nenhum compromisso corresponde a estes filtros.')
m('pledges.col.title','Compromiso','Pledge','Engagement','Compromisso')
m('pledges.col.organisation','Organización','Organisation','Organisation','Organização')
m('pledges.col.status','Estado','Status','Statut','Situação')
m('pledges.col.fulfilment','Cumplimiento','Fulfilment','Réalisation','Cumprimento')
m('pledges.col.deadline','Plazo','Deadline','Échéance','Prazo')
m('pledges.pages','Páginas de resultados','Result pages','Pages de résultats','Páginas de resultados')
m('pledges.previous','← Anterior','← Previous','← Précédente','← Anterior')
m('pledges.next','Siguiente →','Next →','Suivante →','Seguinte →')
m('pledges.pageOf','Página {0} de {1}','Page {0} of {1}','Page {0} sur {1}','Página {0} de {1}')
m('pledges.report.heading','Compromisos del año {0}: {1}','Pledges of {0}: {1}','Engagements de {0} : {1}','Compromissos de {0}: {1}')
m('pledges.report.title','Informe anual','Annual report','Rapport annuel','Relatório anual')
m('pledges.openData','Datos abiertos','Open data','Données ouvertes','Dados abertos')
m('pledges.map.title','Mapa de compromisos','Map of pledges','Carte des engagements','Mapa de compromissos')
m('pledges.map.lead','Cada país se colorea según el número de compromisos que se aplican en él. Elija un país para ver sus compromisos.','Each country is coloured by the number of pledges implemented in it. Choose a country to see its pledges.','Chaque pays est coloré selon le nombre d\'engagements mis en œuvre sur son territoire. Choisissez un pays pour voir ses engagements.','Cada país é colorido segundo o número de compromissos implementados nele. Escolha um país para ver seus compromissos.')
m('pledges.map.search','Buscar un país','Find a country','Chercher un pays','Buscar um país')
m('pledges.map.show','Ver','Show','Afficher','Ver')
m('pledges.map.count','{0} compromisos','{0} pledges','{0} engagements','{0} compromissos')
m('pledges.map.none','Ningún compromiso público se aplica en este país.','No public pledge is implemented in this country.','Aucun engagement public n\'est mis en œuvre dans ce pays.','Nenhum compromisso público é implementado neste país.')
m('pledges.map.legend','Compromisos por país','Pledges per country','Engagements par pays','Compromissos por país')
m('pledges.map.choose','Elija un país en el mapa o búsquelo','Choose a country on the map or search for it','Choisissez un pays sur la carte ou cherchez-le','Escolha um país no mapa ou busque-o')
m('pledges.map.source','Límites: Natural Earth (dominio público). Los límites no implican aprobación de las Naciones Unidas.','Boundaries: Natural Earth (public domain). Boundaries do not imply endorsement by the United Nations.','Frontières : Natural Earth (domaine public). Les frontières n\'impliquent aucune approbation des Nations Unies.','Fronteiras: Natural Earth (domínio público). As fronteiras não implicam aprovação das Nações Unidas.')
m('pledges.form.lead','Un compromiso es concreto, realista, con plazo y medible: al menos una meta con línea de base y valor meta. Se guarda como borrador; luego lo envía a la secretaría.','A pledge is concrete, realistic, time-bound and measurable: at least one target with a baseline and a target value. It is saved as a draft; then you submit it to the secretariat.','Un engagement est concret, réaliste, assorti d\'une échéance et mesurable : au moins une cible avec une valeur de référence et une valeur cible. Il est enregistré comme brouillon, puis soumis au secrétariat.','Um compromisso é concreto, realista, com prazo e mensurável: pelo menos uma meta com linha de base e valor meta. É salvo como rascunho; depois você o envia ao secretariado.')
m('pledges.form.language','Idioma del texto','Language of the text','Langue du texte','Idioma do texto')
m('pledges.form.title','Título','Title','Titre','Título')
m('pledges.form.description','Descripción','Description','Description','Descrição')
m('pledges.form.description.hint','Entre 300 y 3000 caracteres: qué, dónde, con quién y cómo se medirá.','Between 300 and 3,000 characters: what, where, with whom and how it will be measured.','Entre 300 et 3 000 caractères : quoi, où, avec qui et comment ce sera mesuré.','Entre 300 e 3000 caracteres: o quê, onde, com quem e como será medido.')
m('pledges.form.type','Tipo de compromiso','Type of pledge','Type d\'engagement','Tipo de compromisso')
m('pledges.form.matches','Compromiso que complementa (identificador, solo si es complementario)','Pledge it matches (id, only for matching pledges)','Engagement complété (identifiant, seulement s\'il est complémentaire)','Compromisso que complementa (identificador, só se for complementar)')
m('pledges.form.objectives','Objetivos principales (hasta 3)','Main objectives (up to 3)','Objectifs principaux (jusqu\'à 3)','Objetivos principais (até 3)')
m('pledges.form.principles','Principios rectores (hasta 3)','Guiding principles (up to 3)','Principes directeurs (jusqu\'à 3)','Princípios orientadores (até 3)')
m('pledges.form.countries','Países de aplicación (códigos ISO separados por comas, p. ej. AR, UY)','Countries of implementation (ISO codes separated by commas, e.g. AR, UY)','Pays de mise en œuvre (codes ISO séparés par des virgules, p. ex. AR, UY)','Países de implementação (códigos ISO separados por vírgulas, p. ex. AR, UY)')
m('pledges.form.start','Inicio','Start','Début','Início')
m('pledges.form.targets.hint','Al menos una meta medible; deje vacías las filas que no use. Peso opcional; moneda solo para metas financieras.','At least one measurable target; leave unused rows empty. Weight optional; currency only for financial targets.','Au moins une cible mesurable ; laissez vides les lignes inutilisées. Poids facultatif ; devise seulement pour les cibles financières.','Pelo menos uma meta mensurável; deixe vazias as linhas não usadas. Peso opcional; moeda só para metas financeiras.')
m('pledges.form.contact','Contacto (nunca se publica)','Contact (never published)','Contact (jamais publié)','Contato (nunca publicado)')
m('pledges.form.contact.name','Nombre','Name','Nom','Nome')
m('pledges.form.contact.email','Correo electrónico','E-mail','Courriel','E-mail')
m('pledges.form.save','Guardar borrador','Save draft','Enregistrer le brouillon','Salvar rascunho')
for st,es,en,fr,pt in [('draft','Borrador','Draft','Brouillon','Rascunho'),('submitted','Enviado a revisión','Submitted','Soumis','Enviado'),('published','Publicado','Published','Publié','Publicado'),('in-progress','En curso','In progress','En cours','Em andamento'),('fulfilled','Cumplido','Fulfilled','Réalisé','Cumprido'),('partially-fulfilled','Parcialmente cumplido','Partially fulfilled','Partiellement réalisé','Parcialmente cumprido'),('not-fulfilled','No cumplido','Not fulfilled','Non réalisé','Não cumprido'),('withdrawn','Retirado','Withdrawn','Retiré','Retirado'),('overdue','Vencido','Overdue','Échu','Vencido')]:
    m('pledge.status.'+st,es,en,fr,pt)
for n,es,en,fr,pt in [('financial','Financiero','Financial','Financier','Financeiro'),('technical','Técnico (recursos humanos)','Technical (human resources)','Technique (ressources humaines)','Técnico (recursos humanos)'),('process','De proceso','Process','Processus','De processo'),('policy','De política','Policy','Politique','De política')]:
    m('pledge.nature.'+n,es,en,fr,pt)
for t,es,en,fr,pt in [('individual','Individual','Individual','Individuel','Individual'),('common','Común','Common','Commun','Comum'),('partnership','Alianza','Partnership','Partenariat','Parceria'),('matching','Complementario','Matching','Complémentaire','Complementar')]:
    m('pledge.type.'+t,es,en,fr,pt)
m('pledge.objectiveShort','Obj. {0}','Obj. {0}','Obj. {0}','Obj. {0}')
m('pledge.created','Se guardó como borrador: solo su organización y la secretaría lo ven.','Saved as a draft: only your organisation and the secretariat can see it.','Enregistré comme brouillon : seuls votre organisation et le secrétariat le voient.','Salvo como rascunho: só sua organização e o secretariado o veem.')
m('pledge.reported','Se registró el avance y se recalculó el cumplimiento.','Progress recorded and fulfilment recalculated.','Avancement enregistré et réalisation recalculée.','Avanço registrado e cumprimento recalculado.')
m('pledge.submittedNotice','Se envió a la secretaría para su revisión.','Submitted to the secretariat for review.','Soumis au secrétariat pour examen.','Enviado ao secretariado para revisão.')
m('pledge.overdueFlag','Vencido: el plazo pasó y el cumplimiento no llega al 100 %.','Overdue: the deadline has passed and fulfilment is below 100%.','Échu : l\'échéance est passée et la réalisation est inférieure à 100 %.','Vencido: o prazo passou e o cumprimento está abaixo de 100 %.')
m('pledge.returned','La secretaría lo devolvió:','The secretariat returned it:','Le secrétariat l\'a renvoyé :','O secretariado o devolveu:')
m('pledge.fulfilment','Cumplimiento','Fulfilment','Réalisation','Cumprimento')
m('pledge.lastUpdated','Última actualización','Last updated','Dernière mise à jour','Última atualização')
m('pledge.organisation','Organización','Organisation','Organisation','Organização')
m('pledge.champion','País campeón del Pacto','GCM Champion country','Pays champion du Pacte','País campeão do Pacto')
m('pledge.nature','Naturaleza','Nature','Nature','Natureza')
m('pledge.objectives','Objetivos','Objectives','Objectifs','Objetivos')
m('pledge.principles','Principios rectores','Guiding principles','Principes directeurs','Princípios orientadores')
m('pledge.where','Dónde','Where','Où','Onde')
m('pledge.global','Mundial','Global','Mondial','Mundial')
m('pledge.period','Período','Period','Période','Período')
m('pledge.deadline','Plazo','Deadline','Échéance','Prazo')
m('pledge.mirror','Compromiso espejo (también del Pacto Mundial sobre los Refugiados)','Mirror pledge (also serves the Global Compact on Refugees)','Engagement miroir (sert aussi le Pacte mondial sur les réfugiés)','Compromisso espelho (também do Pacto Global sobre Refugiados)')
m('pledge.mirror.yes','Sí','Yes','Oui','Sim')
m('pledge.matches','Complementa a','Matches','Complète','Complementa')
m('pledge.matches.link','el compromiso complementado','the matched pledge','l\'engagement complété','o compromisso complementado')
m('pledge.matchedBy','Complementado por','Matched by','Complété par','Complementado por')
m('pledge.description','Descripción','Description','Description','Descrição')
m('pledge.targets','Metas medibles','Measurable targets','Cibles mesurables','Metas mensuráveis')
m('pledge.target.name','Meta','Target','Cible','Meta')
m('pledge.target.unit','Unidad','Unit','Unité','Unidade')
m('pledge.target.baseline','Línea de base','Baseline','Valeur de référence','Linha de base')
m('pledge.target.goal','Valor meta','Target value','Valeur cible','Valor meta')
m('pledge.target.target','Valor meta','Target value','Valeur cible','Valor meta')
m('pledge.target.weight','Peso','Weight','Poids','Peso')
m('pledge.target.currency','Moneda','Currency','Devise','Moeda')
m('pledge.target.latest','Último valor','Latest value','Dernière valeur','Último valor')
m('pledge.target.chart','Evolución de «{0}»','Progress of "{0}"','Évolution de « {0} »','Evolução de «{0}»')
m('pledge.calculation','Cómo se calcula el cumplimiento','How fulfilment is calculated','Comment la réalisation est calculée','Como o cumprimento é calculado')
m('pledge.calculation.lead','Media ponderada, sobre las metas, de (último valor − línea de base) / (meta − línea de base), limitada entre 0 y 1. Una meta sin valor cuenta como su línea de base; si la meta es igual a la línea de base, cuenta 100 % cuando se alcanza.','Weighted mean over the targets of (latest value − baseline) / (target − baseline), clamped between 0 and 1. A target with no value counts as its baseline; a target equal to its baseline counts 100% once reached.','Moyenne pondérée, sur les cibles, de (dernière valeur − référence) / (cible − référence), bornée entre 0 et 1. Une cible sans valeur compte comme sa référence ; une cible égale à sa référence compte 100 % une fois atteinte.','Média ponderada, sobre as metas, de (último valor − linha de base) / (meta − linha de base), limitada entre 0 e 1. Uma meta sem valor conta como sua linha de base; uma meta igual à linha de base conta 100 % quando alcançada.')
m('pledge.calculation.progress','Avance','Progress','Avancement','Avanço')
m('pledge.calculation.weight','Peso','Weight','Poids','Peso')
m('pledge.calculation.contribution','Aporte','Contribution','Contribution','Contribuição')
m('pledge.calculation.how','Cálculo','Calculation','Calcul','Cálculo')
m('pledge.signatories','Cofirmantes','Co-signatories','Cosignataires','Cossignatários')
m('pledge.signatories.none','Compromiso de una sola organización.','A pledge by one organisation.','Engagement d\'une seule organisation.','Compromisso de uma só organização.')
m('pledge.signatory.invited','(invitada)','(invited)','(invitée)','(convidada)')
m('pledge.signatory.accepted','(firmó)','(signed)','(a signé)','(assinou)')
m('pledge.openForSignatures','Abierto a firmas: cualquier organización puede sumarse.','Open for signatures: any organisation can join.','Ouvert aux signatures : toute organisation peut s\'y joindre.','Aberto a assinaturas: qualquer organização pode aderir.')
m('pledge.reports','Informes de avance','Progress reports','Rapports d\'avancement','Relatórios de avanço')
m('pledge.reports.none','Todavía no hay informes de avance.','No progress report yet.','Aucun rapport d\'avancement pour l\'instant.','Ainda não há relatórios de avanço.')
m('pledge.corrected','Corregido por la secretaría:','Corrected by the secretariat:','Corrigé par le secrétariat :','Corrigido pelo secretariado:')
m('pledge.markFulfilled','Marcar como cumplido','Mark as fulfilled','Marquer comme réalisé','Marcar como cumprido')
m('pledge.submit','Enviar a la secretaría','Submit to the secretariat','Soumettre au secrétariat','Enviar ao secretariado')
m('pledge.decision','Decisión de la secretaría','Secretariat decision','Décision du secrétariat','Decisão do secretariado')
m('pledge.decision.publish','Publicar: es concreto y medible','Publish: it is concrete and measurable','Publier : il est concret et mesurable','Publicar: é concreto e mensurável')
m('pledge.decision.return','Devolver con una solicitud','Return with a request','Renvoyer avec une demande','Devolver com uma solicitação')
m('pledge.decision.reason','Motivo o solicitud','Reason or request','Motif ou demande','Motivo ou solicitação')
m('pledge.decision.send','Decidir','Decide','Décider','Decidir')
m('pledge.report','Informar avance','Report progress','Déclarer l\'avancement','Informar avanço')
m('pledge.report.date','Fecha del informe','Report date','Date du rapport','Data do relatório')
m('pledge.report.narrative','Qué se hizo','What was done','Ce qui a été fait','O que foi feito')
m('pledge.report.send','Registrar avance','Record progress','Enregistrer l\'avancement','Registrar avanço')
m('mail.pledge.stale.subject','Pacto: informe el avance de «{0}»','Pacto: report progress on "{0}"','Pacto : déclarez l\'avancement de « {0} »','Pacto: informe o avanço de «{0}»')
m('mail.pledge.stale.body','El compromiso «{0}» no tiene informes de avance desde hace 12 meses. Registre uno aquí:\n{1}','The pledge "{0}" has had no progress report for 12 months. Record one here:\n{1}','L\'engagement « {0} » n\'a pas de rapport d\'avancement depuis 12 mois. Enregistrez-en un ici :\n{1}','O compromisso «{0}» não tem relatórios de avanço há 12 meses. Registre um aqui:\n{1}')
m('mail.pledge.deadline.subject','Pacto: el plazo de «{0}» vence el {1}','Pacto: "{0}" is due on {1}','Pacto : « {0} » arrive à échéance le {1}','Pacto: o prazo de «{0}» vence em {1}')
m('mail.pledge.deadline.body','El plazo del compromiso «{0}» vence el {1}; su cumplimiento es {2} %. Informe el avance aquí:\n{3}','The pledge "{0}" is due on {1}; its fulfilment is {2}%. Report progress here:\n{3}','L\'engagement « {0} » arrive à échéance le {1} ; sa réalisation est de {2} %. Déclarez l\'avancement ici :\n{3}','O compromisso «{0}» vence em {1}; seu cumprimento é {2} %. Informe o avanço aqui:\n{3}')

# ---- Practices: pages ----
m('nav.practices','Buenas prácticas','Good practices','Bonnes pratiques','Boas práticas')
m('objective.section.practices','Buenas prácticas','Good practices','Bonnes pratiques','Boas práticas')
m('practices.title','Buenas prácticas','Good practices','Bonnes pratiques','Boas práticas')
m('practices.lead','Prácticas revisadas por pares según los criterios del Pacto: búsquelas por tema, lugar, objetivo, principio o palabra clave.','Practices peer reviewed against the Compact\'s criteria: find them by theme, place, objective, principle or keyword.','Pratiques évaluées par les pairs selon les critères du Pacte : cherchez-les par thème, lieu, objectif, principe ou mot-clé.','Práticas revisadas por pares segundo os critérios do Pacto: encontre-as por tema, lugar, objetivo, princípio ou palavra-chave.')
m('practices.search.label','Buscar prácticas','Search practices','Rechercher des pratiques','Buscar práticas')
m('practices.search.submit','Buscar','Search','Rechercher','Buscar')
m('practices.sort','Ordenar por','Sort by','Trier par','Ordenar por')
m('practices.sort.relevance','Relevancia','Relevance','Pertinence','Relevância')
m('practices.sort.date','Fecha','Date','Date','Data')
m('practices.filters','Filtros','Filters','Filtres','Filtros')
m('practices.filters.clear','Quitar filtros','Clear filters','Effacer les filtres','Limpar filtros')
m('practices.facet.objective','Objetivo','Objective','Objectif','Objetivo')
m('practices.facet.principle','Principio rector','Guiding principle','Principe directeur','Princípio orientador')
m('practices.facet.country','País','Country','Pays','País')
m('practices.facet.region','Región','Region','Région','Região')
m('practices.facet.level','Nivel','Level','Niveau','Nível')
m('practices.facet.type','Tipo','Type','Type','Tipo')
m('practices.facet.theme','Tema','Theme','Thème','Tema')
m('practices.facet.year','Año','Year','Année','Ano')
m('practices.facet.language','Idioma','Language','Langue','Idioma')
m('practices.facet.call','Convocatoria','Call for practices','Appel à pratiques','Chamada')
m('practices.total','{0} prácticas','{0} practices','{0} pratiques','{0} práticas')
m('practices.export.csv','Descargar CSV','Download CSV','Télécharger CSV','Baixar CSV')
m('practices.export.xlsx','Descargar hoja de cálculo (XLSX)','Download spreadsheet (XLSX)','Télécharger le tableur (XLSX)','Baixar planilha (XLSX)')
m('practices.export.json','Descargar JSON','Download JSON','Télécharger JSON','Baixar JSON')
m('practices.feed','Novedades (Atom)','New practices (Atom)','Nouveautés (Atom)','Novidades (Atom)')
m('practices.none','Ninguna práctica coincide con la búsqueda.','No practice matches the search.','Aucune pratique ne correspond à la recherche.','Nenhuma prática corresponde à busca.')
m('practices.pages','Páginas de resultados','Result pages','Pages de résultats','Páginas de resultados')
m('practices.previous','← Anterior','← Previous','← Précédent','← Anterior')
m('practices.next','Siguiente →','Next →','Suivant →','Seguinte →')
m('practices.page','Página {0} de {1}','Page {0} of {1}','Page {0} sur {1}','Página {0} de {1}')
m('practices.status.draft','Borrador: solo lo ven su organización y la secretaría.','Draft: only your organisation and the secretariat see it.','Brouillon : seuls votre organisation et le secrétariat le voient.','Rascunho: só sua organização e o secretariado o veem.')
m('practices.status.submitted','Enviada: la secretaría la está evaluando.','Submitted: the secretariat is screening it.','Soumise : le secrétariat l\'examine.','Enviada: o secretariado a está avaliando.')
m('practices.status.in-review','En revisión por pares.','In peer review.','En évaluation par les pairs.','Em revisão por pares.')
m('practices.status.revision-requested','Devuelta para revisión.','Returned for revision.','Renvoyée pour révision.','Devolvida para revisão.')
m('practices.status.published','Publicada','Published','Publiée','Publicada')
m('practices.status.published-as-promising','Prometedora','Promising','Prometteuse','Promissora')
m('practices.status.rejected','No publicada.','Not published.','Non publiée.','Não publicada.')
m('practices.status.withdrawn','Retirada.','Withdrawn.','Retirée.','Retirada.')
m('practices.mark.reviewed','Revisada por pares','Peer reviewed','Évaluée par les pairs','Revisada por pares')
m('practices.mark.promising','Práctica prometedora, revisada por pares','Promising practice, peer reviewed','Pratique prometteuse, évaluée par les pairs','Prática promissora, revisada por pares')
m('practices.reviewedOn','el {0}','on {0}','le {0}','em {0}')
m('practices.revisionRequests','Pedidos de la revisión:','Revision requests:','Demandes de révision :','Pedidos da revisão:')
m('practices.originalLanguage','Se muestra en su idioma original ({0}).','Shown in its original language ({0}).','Affichée dans sa langue d\'origine ({0}).','Exibida no idioma original ({0}).')
m('practices.actions','Acciones','Actions','Actions','Ações')
m('practices.edit','Editar','Edit','Modifier','Editar')
m('practices.submit','Enviar a revisión','Submit for review','Soumettre à l\'évaluation','Enviar para revisão')
m('practices.screening','Evaluación de la secretaría','Secretariat screening','Examen du secrétariat','Avaliação do secretariado')
m('practices.reviewThis','Revisar esta práctica','Review this practice','Évaluer cette pratique','Revisar esta prática')
m('practices.print','Imprimir','Print','Imprimer','Imprimir')
m('practices.field.organisation','Organización responsable','Lead organisation','Organisation responsable','Organização responsável')
m('practices.field.partners','Socios','Partners','Partenaires','Parceiros')
m('practices.field.dates','Fechas','Dates','Dates','Datas')
m('practices.field.where','Dónde','Where','Où','Onde')
m('practices.field.objectives','Objetivos del Pacto','Compact objectives','Objectifs du Pacte','Objetivos do Pacto')
m('practices.field.principles','Principios rectores','Guiding principles','Principes directeurs','Princípios orientadores')
m('practices.field.sdgTargets','Metas de los ODS','SDG targets','Cibles des ODD','Metas dos ODS')
m('practices.field.themes','Temas transversales','Cross-cutting themes','Thèmes transversaux','Temas transversais')
m('practices.field.description','Descripción','Description','Description','Descrição')
m('practices.field.targetPopulation','Población destinataria','Target population','Population cible','População-alvo')
m('practices.field.results','Resultados','Results and outcomes','Résultats','Resultados')
m('practices.field.monitoring','Monitoreo y evaluación','Monitoring and evaluation','Suivi et évaluation','Monitoramento e avaliação')
m('practices.field.lessons','Lecciones aprendidas','Lessons learned','Enseignements tirés','Lições aprendidas')
m('practices.field.replication','Qué requiere la réplica','What replication needs','Conditions de reproduction','O que a replicação exige')
m('practices.field.budget','Presupuesto y financiamiento','Budget and funding','Budget et financement','Orçamento e financiamento')
m('practices.field.language','Idioma del texto','Language of the text','Langue du texte','Idioma do texto')
m('practices.field.title','Título','Title','Titre','Título')
m('practices.field.summary','Resumen','Summary','Résumé','Resumo')
m('practices.field.type','Tipo de práctica','Type of practice','Type de pratique','Tipo de prática')
m('practices.field.level','Alcance geográfico','Geographic scope','Portée géographique','Alcance geográfico')
m('practices.field.countries','Países','Countries','Pays','Países')
m('practices.field.locality','Localidad','Locality','Localité','Localidade')
m('practices.field.startDate','Fecha de inicio','Start date','Date de début','Data de início')
m('practices.field.endDate','Fecha de fin','End date','Date de fin','Data de término')
m('practices.field.contact','Persona de contacto','Contact person','Personne de contact','Pessoa de contato')
m('practices.field.contactName','Nombre','Name','Nom','Nome')
m('practices.field.contactEmail','Correo electrónico','E-mail','Courriel','E-mail')
m('practices.ongoing','en curso','ongoing','en cours','em andamento')
m('practices.map','Dónde ocurrió','Where it happened','Où elle a eu lieu','Onde aconteceu')
m('practices.mapLabel','Mapa: {0}','Map: {0}','Carte : {0}','Mapa: {0}')
m('practices.openMap','Ver en OpenStreetMap','View on OpenStreetMap','Voir sur OpenStreetMap','Ver no OpenStreetMap')
m('practices.cite','Cómo citar','How to cite','Comment citer','Como citar')
m('practices.similar','Prácticas similares','Similar practices','Pratiques similaires','Práticas semelhantes')
m('practices.form.title','Presentar una buena práctica','Submit a good practice','Soumettre une bonne pratique','Apresentar uma boa prática')
m('practices.form.editTitle','Editar la práctica','Edit the practice','Modifier la pratique','Editar a prática')
m('practices.form.lead','Puede guardar un borrador en cualquier momento; para enviarla se necesitan los campos obligatorios y al menos un objetivo del Pacto.','You can save a draft at any time; submitting needs the mandatory fields and at least one Compact objective.','Vous pouvez enregistrer un brouillon à tout moment ; la soumission exige les champs obligatoires et au moins un objectif du Pacte.','Você pode salvar um rascunho a qualquer momento; para enviar são necessários os campos obrigatórios e pelo menos um objetivo do Pacto.')
m('practices.form.saved','Borrador guardado.','Draft saved.','Brouillon enregistré.','Rascunho salvo.')
m('practices.form.errors','Revise los campos marcados:','Check the fields marked:','Vérifiez les champs signalés :','Verifique os campos marcados:')
m('practices.form.save','Guardar borrador','Save draft','Enregistrer le brouillon','Salvar rascunho')
m('practices.hint.summary','Hasta 1.000 caracteres.','Up to 1,000 characters.','Jusqu\'à 1 000 caractères.','Até 1.000 caracteres.')
m('practices.hint.objectives','Al menos uno.','At least one.','Au moins un.','Pelo menos um.')
m('practices.hint.countries','Códigos ISO de dos letras separados por comas (AR, MX).','Two-letter ISO codes separated by commas (AR, MX).','Codes ISO à deux lettres séparés par des virgules (AR, MX).','Códigos ISO de duas letras separados por vírgulas (AR, MX).')
m('practices.hint.endDate','Déjela vacía si la práctica continúa.','Leave empty if the practice is ongoing.','Laissez vide si la pratique se poursuit.','Deixe vazio se a prática continua.')
m('practices.hint.partners','Una organización por línea.','One organisation per line.','Une organisation par ligne.','Uma organização por linha.')
m('practices.hint.contact','Nunca se publica: solo la ven la secretaría y su organización.','Never published: only the secretariat and your organisation see it.','Jamais publiée : seuls le secrétariat et votre organisation la voient.','Nunca publicada: só o secretariado e sua organização a veem.')
m('practices.field.contactPhone','Teléfono','Phone','Téléphone','Telefone')
m('practices.field.links','Enlaces','Links','Liens','Links')
m('practices.template.field.contactName','Persona de contacto: nombre','Contact person: name','Personne de contact : nom','Pessoa de contato: nome')
m('practices.template.field.contactEmail','Persona de contacto: correo electrónico','Contact person: e-mail','Personne de contact : courriel','Pessoa de contato: e-mail')
m('practices.template.field.contactPhone','Persona de contacto: teléfono','Contact person: phone','Personne de contact : téléphone','Pessoa de contato: telefone')
m('practices.hint.sdgTargets','Metas separadas por comas (10.7, 8.8).','Targets separated by commas (10.7, 8.8).','Cibles séparées par des virgules (10.7, 8.8).','Metas separadas por vírgulas (10.7, 8.8).')
m('practices.hint.links','Un enlace por línea (https://…).','One link per line (https://…).','Un lien par ligne (https://…).','Um link por linha (https://…).')
m('practices.template.heading','Plantilla para presentar una buena práctica','Template for submitting a good practice','Modèle pour soumettre une bonne pratique','Modelo para apresentar uma boa prática')
m('practices.template.intro1','Complete la última columna de cada fila y luego suba el archivo en la página «Presentar una buena práctica» de Pacto: el formulario se llenará con sus respuestas para que las revise y guarde el borrador.','Fill in the last column of each row, then upload the file on Pacto\'s "Submit a good practice" page: the form is filled in with your answers so that you can check them and save the draft.','Remplissez la dernière colonne de chaque ligne, puis téléversez le fichier sur la page « Soumettre une bonne pratique » de Pacto : le formulaire sera rempli avec vos réponses pour que vous les vérifiiez et enregistriez le brouillon.','Preencha a última coluna de cada linha e depois envie o arquivo na página «Apresentar uma boa prática» do Pacto: o formulário será preenchido com suas respostas para que você as revise e salve o rascunho.')
m('practices.template.intro2','No cambie la primera columna (la clave de cada campo) ni borre filas: así Pacto reconoce cada respuesta, en cualquier idioma. Puede dejar vacías las respuestas que aún no tenga.','Do not change the first column (each field\'s key) nor delete rows: this is how Pacto recognises each answer, in any language. You may leave empty the answers you do not have yet.','Ne modifiez pas la première colonne (la clé de chaque champ) et ne supprimez pas de lignes : c\'est ainsi que Pacto reconnaît chaque réponse, dans toutes les langues. Vous pouvez laisser vides les réponses que vous n\'avez pas encore.','Não altere a primeira coluna (a chave de cada campo) nem apague linhas: é assim que o Pacto reconhece cada resposta, em qualquer idioma. Pode deixar vazias as respostas que ainda não tiver.')
m('practices.template.intro3','Para enviar la práctica a revisión se necesitan el resumen, la descripción, al menos un objetivo del Pacto, la fecha de inicio, los países (salvo alcance global) y los resultados. Los datos de contacto nunca se publican.','Submitting the practice for review needs the summary, the description, at least one Compact objective, the start date, the countries (unless the scope is global) and the results. Contact details are never published.','La soumission de la pratique à l\'évaluation exige le résumé, la description, au moins un objectif du Pacte, la date de début, les pays (sauf portée mondiale) et les résultats. Les coordonnées ne sont jamais publiées.','Para enviar a prática para revisão são necessários o resumo, a descrição, pelo menos um objetivo do Pacto, a data de início, os países (salvo alcance global) e os resultados. Os dados de contato nunca são publicados.')
m('practices.template.column.key','Clave (no cambiar)','Key (do not change)','Clé (ne pas modifier)','Chave (não alterar)')
m('practices.template.column.field','Campo','Field','Champ','Campo')
m('practices.template.column.guidance','Indicaciones','Guidance','Indications','Orientações')
m('practices.template.column.answer','Su respuesta','Your answer','Votre réponse','Sua resposta')
m('practices.template.guide.language','Código del idioma en que escribe (es, en, fr o pt):','Code of the language you write in (es, en, fr or pt):','Code de la langue dans laquelle vous écrivez (es, en, fr ou pt) :','Código do idioma em que escreve (es, en, fr ou pt):')
m('practices.template.guide.title','Obligatorio. Hasta 300 caracteres.','Required. Up to 300 characters.','Obligatoire. Jusqu\'à 300 caractères.','Obrigatório. Até 300 caracteres.')
m('practices.template.guide.summary','Obligatorio para enviar. Hasta 1.000 caracteres: qué se hizo, para quién y con qué resultado.','Required to submit. Up to 1,000 characters: what was done, for whom and with what result.','Obligatoire pour soumettre. Jusqu\'à 1 000 caractères : ce qui a été fait, pour qui et avec quel résultat.','Obrigatório para enviar. Até 1.000 caracteres: o que foi feito, para quem e com que resultado.')
m('practices.template.guide.description','Obligatorio para enviar. Contexto, actividades, actores y recursos. Puede usar varios párrafos.','Required to submit. Context, activities, actors and resources. You may use several paragraphs.','Obligatoire pour soumettre. Contexte, activités, acteurs et ressources. Vous pouvez utiliser plusieurs paragraphes.','Obrigatório para enviar. Contexto, atividades, atores e recursos. Pode usar vários parágrafos.')
m('practices.template.guide.type','Escriba una de estas claves (o su nombre):','Write one of these keys (or its name):','Écrivez l\'une de ces clés (ou son nom) :','Escreva uma destas chaves (ou seu nome):')
m('practices.template.guide.level','Escriba una de estas claves (o su nombre):','Write one of these keys (or its name):','Écrivez l\'une de ces clés (ou son nom) :','Escreva uma destas chaves (ou seu nome):')
m('practices.template.guide.countries','Códigos ISO de dos letras o nombres de países, separados por comas (AR, México). Obligatorio salvo alcance global.','Two-letter ISO codes or country names, separated by commas (AR, Mexico). Required unless the scope is global.','Codes ISO à deux lettres ou noms de pays, séparés par des virgules (AR, Mexique). Obligatoire sauf portée mondiale.','Códigos ISO de duas letras ou nomes de países, separados por vírgulas (AR, México). Obrigatório salvo alcance global.')
m('practices.template.guide.locality','Ciudad, municipio o provincia. Hasta 300 caracteres.','City, municipality or province. Up to 300 characters.','Ville, commune ou province. Jusqu\'à 300 caractères.','Cidade, município ou província. Até 300 caracteres.')
m('practices.template.guide.startDate','Obligatoria para enviar. AAAA-MM-DD o DD/MM/AAAA.','Required to submit. YYYY-MM-DD or DD/MM/YYYY.','Obligatoire pour soumettre. AAAA-MM-JJ ou JJ/MM/AAAA.','Obrigatória para enviar. AAAA-MM-DD ou DD/MM/AAAA.')
m('practices.template.guide.endDate','AAAA-MM-DD o DD/MM/AAAA. Déjela vacía si la práctica continúa.','YYYY-MM-DD or DD/MM/YYYY. Leave empty if the practice is ongoing.','AAAA-MM-JJ ou JJ/MM/AAAA. Laissez vide si la pratique se poursuit.','AAAA-MM-DD ou DD/MM/AAAA. Deixe vazio se a prática continua.')
m('practices.template.guide.objectives','Al menos uno. Números separados por comas (1, 15):','At least one. Numbers separated by commas (1, 15):','Au moins un. Numéros séparés par des virgules (1, 15) :','Pelo menos um. Números separados por vírgulas (1, 15):')
m('practices.template.guide.principles','Claves o nombres separados por comas:','Keys or names separated by commas:','Clés ou noms séparés par des virgules :','Chaves ou nomes separados por vírgulas:')
m('practices.template.guide.sdgTargets','Metas de los Objetivos de Desarrollo Sostenible separadas por comas (10.7, 8.8).','Sustainable Development Goal targets separated by commas (10.7, 8.8).','Cibles des objectifs de développement durable séparées par des virgules (10.7, 8.8).','Metas dos Objetivos de Desenvolvimento Sustentável separadas por vírgulas (10.7, 8.8).')
m('practices.template.guide.themes','Claves o nombres separados por comas:','Keys or names separated by commas:','Clés ou noms séparés par des virgules :','Chaves ou nomes separados por vírgulas:')
m('practices.template.guide.targetPopulation','Quiénes se benefician y cuántas personas.','Who benefits and how many people.','Qui en bénéficie et combien de personnes.','Quem se beneficia e quantas pessoas.')
m('practices.template.guide.results','Obligatorio para enviar. Resultados medidos, con cifras y fuentes.','Required to submit. Measured results, with figures and sources.','Obligatoire pour soumettre. Résultats mesurés, avec chiffres et sources.','Obrigatório para enviar. Resultados medidos, com números e fontes.')
m('practices.template.guide.monitoring','Cómo se sigue y evalúa la práctica.','How the practice is monitored and evaluated.','Comment la pratique est suivie et évaluée.','Como a prática é acompanhada e avaliada.')
m('practices.template.guide.lessons','Qué funcionó, qué no y por qué.','What worked, what did not and why.','Ce qui a fonctionné, ce qui n\'a pas fonctionné et pourquoi.','O que funcionou, o que não e por quê.')
m('practices.template.guide.replication','Qué necesita otro lugar para replicarla.','What another place needs to replicate it.','Ce dont un autre lieu a besoin pour la reproduire.','O que outro lugar precisa para replicá-la.')
m('practices.template.guide.budget','Monto, moneda y fuentes de financiamiento. Hasta 2.000 caracteres.','Amount, currency and sources of funding. Up to 2,000 characters.','Montant, devise et sources de financement. Jusqu\'à 2 000 caractères.','Valor, moeda e fontes de financiamento. Até 2.000 caracteres.')
m('practices.template.guide.partners','Una organización por línea.','One organisation per line.','Une organisation par ligne.','Uma organização por linha.')
m('practices.template.guide.links','Un enlace por línea (https://…). Hasta 20.','One link per line (https://…). Up to 20.','Un lien par ligne (https://…). Jusqu\'à 20.','Um link por linha (https://…). Até 20.')
m('practices.template.guide.contactName','Nunca se publica. Obligatorio si da datos de contacto.','Never published. Required if you give contact details.','Jamais publié. Obligatoire si vous donnez des coordonnées.','Nunca publicado. Obrigatório se der dados de contato.')
m('practices.template.guide.contactEmail','Nunca se publica.','Never published.','Jamais publié.','Nunca publicado.')
m('practices.template.guide.contactPhone','Nunca se publica. Hasta 50 caracteres.','Never published. Up to 50 characters.','Jamais publié. Jusqu\'à 50 caractères.','Nunca publicado. Até 50 caracteres.')
m('practices.template.title','¿Prefiere trabajar sin conexión?','Prefer to work offline?','Vous préférez travailler hors ligne ?','Prefere trabalhar off-line?')
m('practices.template.lead','Descargue la plantilla con los mismos campos, complétela con su equipo y súbala aquí: el formulario se llenará con sus respuestas.','Download the template with the same fields, complete it with your team and upload it here: the form is filled in with your answers.','Téléchargez le modèle avec les mêmes champs, remplissez-le avec votre équipe et téléversez-le ici : le formulaire sera rempli avec vos réponses.','Baixe o modelo com os mesmos campos, preencha-o com sua equipe e envie-o aqui: o formulário será preenchido com suas respostas.')
m('practices.template.docx','Plantilla Word (DOCX)','Word template (DOCX)','Modèle Word (DOCX)','Modelo Word (DOCX)')
m('practices.template.odt','Plantilla OpenDocument (ODT)','OpenDocument template (ODT)','Modèle OpenDocument (ODT)','Modelo OpenDocument (ODT)')
m('practices.template.upload','Llenar desde una plantilla completada','Fill in from a completed template','Remplir à partir d\'un modèle complété','Preencher a partir de um modelo preenchido')
m('practices.template.uploadHint','Archivo DOCX u ODT de hasta 10 MB. No se guarda nada hasta que usted guarde el borrador.','DOCX or ODT file of up to 10 MB. Nothing is saved until you save the draft.','Fichier DOCX ou ODT de 10 Mo au maximum. Rien n\'est enregistré avant que vous n\'enregistriez le brouillon.','Arquivo DOCX ou ODT de até 10 MB. Nada é salvo até que você salve o rascunho.')
m('practices.template.uploadButton','Llenar el formulario','Fill in the form','Remplir le formulaire','Preencher o formulário')
m('practices.template.filled','El formulario se llenó con su plantilla. Revíselo y guarde el borrador: todavía no se guardó nada.','The form was filled in from your template. Check it and save the draft: nothing has been saved yet.','Le formulaire a été rempli à partir de votre modèle. Vérifiez-le et enregistrez le brouillon : rien n\'a encore été enregistré.','O formulário foi preenchido com seu modelo. Revise-o e salve o rascunho: nada foi salvo ainda.')
m('practices.template.missing','Campos sin completar o que no se pudieron leer:','Fields missing or that could not be read:','Champs manquants ou illisibles :','Campos não preenchidos ou que não puderam ser lidos:')
m('practices.template.empty','sin respuesta','no answer','pas de réponse','sem resposta')
m('practices.template.refused','No se usó el archivo:','The file was not used:','Le fichier n\'a pas été utilisé :','O arquivo não foi usado:')
m('practice.type.project','Proyecto','Project','Projet','Projeto')
m('practice.type.policy','Política','Policy','Politique','Política')
m('practice.type.service','Servicio','Service','Service','Serviço')
m('practice.type.partnership','Alianza','Partnership','Partenariat','Parceria')
m('practice.type.tool','Herramienta','Tool','Outil','Ferramenta')
m('practice.type.campaign','Campaña','Campaign','Campagne','Campanha')
m('practice.type.data','Datos','Data','Données','Dados')
m('practice.level.local','Local','Local','Local','Local')
m('practice.level.subnational','Subnacional','Subnational','Infranational','Subnacional')
m('practice.level.national','Nacional','National','National','Nacional')
m('practice.level.regional','Regional','Regional','Régional','Regional')
m('practice.level.global','Global','Global','Mondial','Global')
m('practices.submit.title','Enviar «{0}»','Submit "{0}"','Soumettre « {0} »','Enviar «{0}»')
m('practices.submit.duplicates','Prácticas parecidas ya publicadas o en revisión: revise que no sea un duplicado.','Similar practices already published or in review: check this is not a duplicate.','Pratiques similaires déjà publiées ou en évaluation : vérifiez qu\'il ne s\'agit pas d\'un doublon.','Práticas parecidas já publicadas ou em revisão: verifique que não é um duplicado.')
m('practices.submit.acronyms','Siglas que nunca se explican: escriba su nombre completo la primera vez.','Acronyms never spelled out: write them in full the first time.','Sigles jamais explicités : écrivez-les en entier la première fois.','Siglas nunca explicadas: escreva o nome completo na primeira vez.')
m('practices.submit.confirm','Enviar a la secretaría','Send to the secretariat','Envoyer au secrétariat','Enviar ao secretariado')
m('practices.disagreement','Las revisiones no coinciden:','The reviews disagree:','Les évaluations divergent :','As revisões não coincidem:')
m('practices.reviewers','Personas revisoras','Reviewers','Évaluateurs','Revisores')
m('practices.reviewer.name','Nombre','Name','Nom','Nome')
m('practices.reviewer.internal','ONU','UN','ONU','ONU')
m('practices.reviewer.declared','Sin conflicto declarado','No conflict declared','Absence de conflit déclarée','Sem conflito declarado')
m('practices.suggestions','Sugerencias (por objetivos, región e idioma; nunca de la organización ni de sus socias)','Suggestions (by objectives, region and language; never from the organisation or its partners)','Suggestions (par objectifs, région et langue ; jamais de l\'organisation ni de ses partenaires)','Sugestões (por objetivos, região e idioma; nunca da organização nem de suas parceiras)')
m('practices.assign','Asignar','Assign','Affecter','Atribuir')
m('practices.reviews','Revisiones','Reviews','Évaluations','Revisões')
m('practices.reviews.none','Aún no hay revisiones.','No reviews yet.','Pas encore d\'évaluations.','Ainda não há revisões.')
m('practices.reviews.hidden','Verá las demás revisiones después de enviar la suya.','You will see the other reviews after sending yours.','Vous verrez les autres évaluations après avoir envoyé la vôtre.','Você verá as outras revisões depois de enviar a sua.')
m('practices.round','Ronda','Round','Tour','Rodada')
m('practices.criterion.applicability','Aplicabilidad','Applicability','Applicabilité','Aplicabilidade')
m('practices.criterion.relevance','Pertinencia','Relevance','Pertinence','Relevância')
m('practices.criterion.coherence','Coherencia','Coherence','Cohérence','Coerência')
m('practices.criterion.innovation','Innovación','Innovation','Innovation','Inovação')
m('practices.criterion.replicability','Replicabilidad','Replicability','Reproductibilité','Replicabilidade')
m('practices.criterion.monitoringAndEvaluation','Monitoreo y evaluación','Monitoring and evaluation','Suivi et évaluation','Monitoramento e avaliação')
m('practices.criterion.mainstreaming','Transversalización','Mainstreaming','Intégration','Transversalização')
m('practices.criterion.timeframe','Plazo','Timeframe','Calendrier','Prazo')
m('practices.recommendation','Recomendación','Recommendation','Recommandation','Recomendação')
m('practices.recommendation.publish','Publicar','Publish','Publier','Publicar')
m('practices.recommendation.publish-as-promising','Publicar como prometedora','Publish as promising','Publier comme prometteuse','Publicar como promissora')
m('practices.recommendation.revise','Pedir cambios','Ask for revision','Demander une révision','Pedir revisão')
m('practices.recommendation.reject','Rechazar','Reject','Rejeter','Rejeitar')
m('practices.comment','Comentario','Comment','Commentaire','Comentário')
m('practices.decision','Decisión','Decision','Décision','Decisão')
m('practices.reason','Motivo (se envía a quien presentó)','Reason (sent to the submitter)','Motif (envoyé à l\'auteur)','Motivo (enviado a quem apresentou)')
m('practices.decide','Decidir','Decide','Décider','Decidir')
m('practices.coi.text','Antes de leer la práctica, declare que no tiene conflicto de interés: no trabaja para la organización que la presenta ni para sus socias, ni participó en ella.','Before reading the practice, declare that you have no conflict of interest: you do not work for the submitting organisation or its partners, and took no part in it.','Avant de lire la pratique, déclarez l\'absence de conflit d\'intérêts : vous ne travaillez pas pour l\'organisation qui la soumet ni pour ses partenaires, et n\'y avez pas participé.','Antes de ler a prática, declare que não tem conflito de interesse: não trabalha para a organização que a apresenta nem para suas parceiras, nem participou dela.')
m('practices.coi.declare','Declaro no tener conflicto de interés','I declare no conflict of interest','Je déclare n\'avoir aucun conflit d\'intérêts','Declaro não ter conflito de interesse')
m('practices.sendReview','Enviar revisión','Send review','Envoyer l\'évaluation','Enviar revisão')

# ---- Practices: problems ----
PP=[('unknown-language','«{0}» no es un idioma de Pacto (es, en, fr, pt).','"{0}" is not one of Pacto\'s languages (es, en, fr, pt).','« {0} » n\'est pas une langue de Pacto (es, en, fr, pt).','«{0}» não é um idioma do Pacto (es, en, fr, pt).'),
('template-empty','El archivo está vacío o no se envió ninguno.','The file is empty or none was sent.','Le fichier est vide ou aucun n\'a été envoyé.','O arquivo está vazio ou nenhum foi enviado.'),
('template-too-large','El archivo es demasiado grande (máximo 10 MB, también una vez descomprimido).','The file is too large (at most 10 MB, also once uncompressed).','Le fichier est trop volumineux (10 Mo au maximum, y compris une fois décompressé).','O arquivo é grande demais (no máximo 10 MB, também depois de descompactado).'),
('template-wrong-kind','El archivo no es un documento DOCX ni ODT.','The file is neither a DOCX nor an ODT document.','Le fichier n\'est ni un document DOCX ni un document ODT.','O arquivo não é um documento DOCX nem ODT.'),
('template-unreadable','El documento está dañado o incompleto y no se puede leer.','The document is damaged or incomplete and cannot be read.','Le document est endommagé ou incomplet et ne peut pas être lu.','O documento está danificado ou incompleto e não pode ser lido.'),
('template-not-ours','El documento no es la plantilla de Pacto: descárguela en esta página y complétela.','The document is not Pacto\'s template: download it from this page and fill it in.','Le document n\'est pas le modèle de Pacto : téléchargez-le sur cette page et remplissez-le.','O documento não é o modelo do Pacto: baixe-o nesta página e preencha-o.'),
('template-unknown-country','«{0}» no es un país conocido (código ISO de dos letras o nombre).','"{0}" is not a known country (two-letter ISO code or name).','« {0} » n\'est pas un pays connu (code ISO à deux lettres ou nom).','«{0}» não é um país conhecido (código ISO de duas letras ou nome).'),
('too-many','Como máximo {0} elementos.','At most {0} items.','Au plus {0} éléments.','No máximo {0} itens.'),
('invalid-partner','Nombre de socio vacío o demasiado largo.','Partner name empty or too long.','Nom de partenaire vide ou trop long.','Nome de parceiro vazio ou longo demais.'),
('unknown-type','«{0}» no es un tipo de práctica.','"{0}" is not a type of practice.','« {0} » n\'est pas un type de pratique.','«{0}» não é um tipo de prática.'),
('invalid-date','«{0}» no es una fecha (AAAA-MM-DD).','"{0}" is not a date (YYYY-MM-DD).','« {0} » n\'est pas une date (AAAA-MM-JJ).','«{0}» não é uma data (AAAA-MM-DD).'),
('end-before-start','La fecha de fin es anterior a la de inicio.','The end date is before the start date.','La date de fin précède la date de début.','A data de término é anterior à de início.'),
('start-in-future','La fecha de inicio está demasiado lejos en el futuro.','The start date is too far in the future.','La date de début est trop éloignée dans le futur.','A data de início está longe demais no futuro.'),
('out-of-range','Fuera del rango {0}–{1}.','Outside the range {0}–{1}.','Hors de la plage {0}–{1}.','Fora do intervalo {0}–{1}.'),
('objective-required','Indique al menos un objetivo del Pacto.','Give at least one GCM objective.','Indiquez au moins un objectif du Pacte.','Indique pelo menos um objetivo do Pacto.'),
('unknown-objective','«{0}» no es un objetivo (1 a 23).','"{0}" is not an objective (1 to 23).','« {0} » n\'est pas un objectif (1 à 23).','«{0}» não é um objetivo (1 a 23).'),
('unknown-principle','«{0}» no es un principio rector.','"{0}" is not a guiding principle.','« {0} » n\'est pas un principe directeur.','«{0}» não é um princípio orientador.'),
('unknown-sdg-target','«{0}» no es una meta de los ODS.','"{0}" is not an SDG target.','« {0} » n\'est pas une cible des ODD.','«{0}» não é uma meta dos ODS.'),
('unknown-theme','«{0}» no es un tema transversal.','"{0}" is not a cross-cutting theme.','« {0} » n\'est pas un thème transversal.','«{0}» não é um tema transversal.'),
('invalid-link','El enlace debe empezar por http:// o https://.','The link must start with http:// or https://.','Le lien doit commencer par http:// ou https://.','O link deve começar com http:// ou https://.'),
('unknown-call','No existe esa convocatoria.','There is no such call for practices.','Cet appel à pratiques n\'existe pas.','Essa chamada não existe.'),
('invalid-email','No es una dirección de correo.','Not an e-mail address.','Ce n\'est pas une adresse électronique.','Não é um endereço de e-mail.'),
('not-implemented','Solo se reciben prácticas ya implementadas, no solo planificadas.','Only practices already implemented, not only planned, are accepted.','Seules les pratiques déjà mises en œuvre, pas seulement prévues, sont acceptées.','Só se aceitam práticas já implementadas, não apenas planejadas.'),
('not-started','La práctica aún no comenzó.','The practice has not started yet.','La pratique n\'a pas encore commencé.','A prática ainda não começou.'),
('not-a-reviewer','«{0}» no es una persona revisora de Pacto.','"{0}" is not a Pacto reviewer.','« {0} » n\'est pas évaluateur ou évaluatrice de Pacto.','«{0}» não é revisor(a) do Pacto.'),
('reviewer-conflict','«{0}» pertenece a la organización que presenta o a una socia: no puede revisar.','"{0}" belongs to the submitting or a partner organisation: they cannot review.','« {0} » appartient à l\'organisation qui soumet ou à une partenaire : pas d\'évaluation possible.','«{0}» pertence à organização que submete ou a uma parceira: não pode revisar.'),
('panel-incomplete','Asigne al menos {0} persona revisora interna (ONU) y {1} externas.','Assign at least {0} internal (UN) and {1} external reviewers.','Affectez au moins {0} évaluateur interne (ONU) et {1} externes.','Atribua pelo menos {0} revisor(a) interno(a) (ONU) e {1} externos.'),
('unknown-criterion','No es un criterio de la revisión.','Not a review criterion.','Ce n\'est pas un critère d\'évaluation.','Não é um critério da revisão.'),
('unknown-recommendation','Recomiende publish, publish-as-promising, revise o reject.','Recommend publish, publish-as-promising, revise or reject.','Recommandez publish, publish-as-promising, revise ou reject.','Recomende publish, publish-as-promising, revise ou reject.'),
('unknown-decision','Decida publish, publish-as-promising, revise o reject.','Decide publish, publish-as-promising, revise or reject.','Décidez publish, publish-as-promising, revise ou reject.','Decida publish, publish-as-promising, revise ou reject.'),
('unknown-sort','Orden desconocido: relevance, date o date-asc.','Unknown sort: relevance, date or date-asc.','Tri inconnu : relevance, date ou date-asc.','Ordem desconhecida: relevance, date ou date-asc.'),
('not-editable','Solo se edita un borrador o una práctica devuelta para revisión.','Only a draft or a practice returned for revision can be edited.','Seul un brouillon ou une pratique renvoyée pour révision peut être modifié.','Só se edita um rascunho ou uma prática devolvida para revisão.'),
('not-submittable','Esta práctica no puede enviarse en su estado actual.','This practice cannot be submitted in its current state.','Cette pratique ne peut pas être soumise dans son état actuel.','Esta prática não pode ser enviada no estado atual.'),
('not-in-screening','Solo se asignan revisores a una práctica enviada o en revisión.','Reviewers are assigned only to a submitted practice or one in review.','On n\'affecte des évaluateurs qu\'à une pratique soumise ou en évaluation.','Só se atribuem revisores a uma prática enviada ou em revisão.'),
('not-in-review','La práctica no está en revisión.','The practice is not in review.','La pratique n\'est pas en évaluation.','A prática não está em revisão.'),
('not-withdrawable','Esta práctica ya no puede retirarse.','This practice can no longer be withdrawn.','Cette pratique ne peut plus être retirée.','Esta prática já não pode ser retirada.'),
('conflict-of-interest-undeclared','Declare que no tiene conflicto de interés antes de revisar.','Declare that you have no conflict of interest before reviewing.','Déclarez l\'absence de conflit d\'intérêts avant d\'évaluer.','Declare que não tem conflito de interesse antes de revisar.'),
('already-reviewed','Ya envió su revisión en esta ronda.','You already sent your review in this round.','Vous avez déjà envoyé votre évaluation pour ce tour.','Você já enviou sua revisão nesta rodada.'),
('reviews-incomplete','Faltan revisiones: cada persona revisora asignada debe enviar la suya.','Reviews are missing: every assigned reviewer must send theirs.','Des évaluations manquent : chaque évaluateur affecté doit envoyer la sienne.','Faltam revisões: cada revisor(a) atribuído(a) deve enviar a sua.'),
]
for code,es,en,fr,pt in PP: m('problem.'+code,es,en,fr,pt)

# Updates of published practices and their versions
m('practices.update.title','Actualizar una práctica publicada','Update a published practice','Mettre à jour une pratique publiée','Atualizar uma prática publicada')
m('practices.update.lead','Propone una nueva versión de «{0}». El público sigue viendo la versión publicada hasta que la secretaría la apruebe.','You are proposing a new version of "{0}". The public keeps seeing the published version until the secretariat approves it.','Vous proposez une nouvelle version de « {0} ». Le public continue de voir la version publiée jusqu\'à ce que le secrétariat l\'approuve.','Você propõe uma nova versão de «{0}». O público continua vendo a versão publicada até que o secretariado a aprove.')
m('practices.update.send','Enviar la actualización a la secretaría','Send the update to the secretariat','Envoyer la mise à jour au secrétariat','Enviar a atualização ao secretariado')
m('practices.update.action','Actualizar esta práctica','Update this practice','Mettre à jour cette pratique','Atualizar esta prática')
m('practices.update.pending','Actualización pendiente (versión {0})','Pending update (version {0})','Mise à jour en attente (version {0})','Atualização pendente (versão {0})')
m('practices.update.proposed','Actualización enviada: la secretaría la revisará; mientras tanto se muestra la versión publicada.','Update sent: the secretariat will check it; meanwhile the published version is shown.','Mise à jour envoyée : le secrétariat la vérifiera ; entre-temps la version publiée reste affichée.','Atualização enviada: o secretariado vai revisá-la; enquanto isso, a versão publicada continua visível.')
m('practices.update.review','Actualización propuesta, versión {0}','Proposed update, version {0}','Mise à jour proposée, version {0}','Atualização proposta, versão {0}')
m('practices.update.status.pending','Pendiente de la secretaría.','Waiting for the secretariat.','En attente du secrétariat.','Aguardando o secretariado.')
m('practices.update.status.approved','Aprobada: es la versión publicada.','Approved: it is the published version.','Approuvée : c\'est la version publiée.','Aprovada: é a versão publicada.')
m('practices.update.status.rejected','Devuelta: la versión publicada no cambió.','Returned: the published version did not change.','Renvoyée : la version publiée n\'a pas changé.','Devolvida: a versão publicada não mudou.')
m('practices.update.changes','Qué cambia respecto de la versión publicada','What changes against the published version','Ce qui change par rapport à la version publiée','O que muda em relação à versão publicada')
m('practices.update.noChanges','No cambia ningún campo.','No field changes.','Aucun champ ne change.','Nenhum campo muda.')
m('practices.update.field','Campo','Field','Champ','Campo')
m('practices.update.before','Publicado','Published','Publié','Publicado')
m('practices.update.after','Propuesto','Proposed','Proposé','Proposto')
m('practices.update.approve','Aprobar: pasa a ser la versión publicada','Approve: it becomes the published version','Approuver : elle devient la version publiée','Aprovar: passa a ser a versão publicada')
m('practices.update.reject','Devolver con un motivo','Return with a reason','Renvoyer avec un motif','Devolver com um motivo')
m('practices.updates.title','Actualizaciones pendientes','Pending updates','Mises à jour en attente','Atualizações pendentes')
m('practices.updates.none','No hay actualizaciones pendientes.','There are no pending updates.','Aucune mise à jour en attente.','Não há atualizações pendentes.')
m('practices.updates.decided','Decisión registrada y comunicada a quien propuso la actualización.','Decision recorded and sent to whoever proposed the update.','Décision enregistrée et envoyée à la personne qui a proposé la mise à jour.','Decisão registrada e enviada a quem propôs a atualização.')
m('practices.versions','Historial de versiones','Version history','Historique des versions','Histórico de versões')
m('practices.versions.number','Versión','Version','Version','Versão')
m('practices.versions.date','Fecha','Date','Date','Data')
m('practices.versions.what','Qué pasó','What happened','Ce qui s\'est passé','O que aconteceu')
m('practices.versions.published','Publicada tras la revisión por pares','Published after peer review','Publiée après l\'évaluation par les pairs','Publicada após a revisão por pares')
m('practices.versions.update-approved','Actualización aprobada por la secretaría','Update approved by the secretariat','Mise à jour approuvée par le secrétariat','Atualização aprovada pelo secretariado')
m('nav.updates','Actualizaciones pendientes','Pending updates','Mises à jour en attente','Atualizações pendentes')
m('activity.practice-updated','Práctica actualizada:','Practice updated:','Pratique mise à jour :','Prática atualizada:')
for code,es,en,fr,pt in [
('not-published','Solo se actualiza una práctica publicada.','Only a published practice can be updated.','Seule une pratique publiée peut être mise à jour.','Só uma prática publicada pode ser atualizada.'),
('update-pending','Ya hay una actualización pendiente de la secretaría para esta práctica.','An update of this practice already waits for the secretariat.','Une mise à jour de cette pratique attend déjà le secrétariat.','Já há uma atualização desta prática aguardando o secretariado.'),
('update-decided','Esta actualización ya fue decidida.','This update was already decided.','Cette mise à jour a déjà été décidée.','Esta atualização já foi decidida.'),
('stale-update','La práctica cambió de versión desde que se propuso esta actualización.','The practice changed version since this update was proposed.','La pratique a changé de version depuis que cette mise à jour a été proposée.','A prática mudou de versão desde que esta atualização foi proposta.'),
('unknown-update-decision','Decida approve o reject.','Decide approve or reject.','Décidez approve ou reject.','Decida approve ou reject.'),
]: m('problem.'+code,es,en,fr,pt)

# Collections of practices
m('home.collections','Colecciones destacadas de buenas prácticas','Featured collections of good practices','Collections de bonnes pratiques à la une','Coleções em destaque de boas práticas')
m('home.collections.all','Ver las {0} prácticas de la colección','See the collection\'s {0} practices','Voir les {0} pratiques de la collection','Ver as {0} práticas da coleção')
m('collections.kicker','Colección de buenas prácticas','Collection of good practices','Collection de bonnes pratiques','Coleção de boas práticas')
m('collections.empty','Esta colección aún no tiene prácticas publicadas.','This collection has no published practices yet.','Cette collection n\'a pas encore de pratiques publiées.','Esta coleção ainda não tem práticas publicadas.')
m('collections.title','Colecciones de buenas prácticas','Collections of good practices','Collections de bonnes pratiques','Coleções de boas práticas')
m('collections.none','Aún no hay colecciones.','There are no collections yet.','Il n\'y a pas encore de collections.','Ainda não há coleções.')
m('collections.count','{0} prácticas publicadas','{0} published practices','{0} pratiques publiées','{0} práticas publicadas')
m('collections.featured','destacada en la portada','featured on the home page','à la une sur l\'accueil','em destaque na página inicial')
m('collections.feature','Destacar en la portada','Feature on the home page','Mettre à la une','Destacar na página inicial')
m('collections.unfeature','Quitar de la portada','Remove from the home page','Retirer de la une','Retirar da página inicial')
m('collections.new','Nueva colección','New collection','Nouvelle collection','Nova coleção')
m('collections.create','Crear la colección','Create the collection','Créer la collection','Criar a coleção')
m('collections.field.title','Título','Title','Titre','Título')
m('collections.field.description','Descripción breve','Short description','Brève description','Descrição breve')
m('collections.field.practices','Prácticas publicadas, en orden','Published practices, in order','Pratiques publiées, dans l\'ordre','Práticas publicadas, em ordem')
m('collections.field.practicesHelp','El identificador de cada práctica (la última parte de su dirección), uno por línea. Déjelo vacío para tomar las respuestas publicadas de una convocatoria.','Each practice\'s id (the last part of its address), one per line. Leave it empty to take the published answers of a call.','L\'identifiant de chaque pratique (la dernière partie de son adresse), un par ligne. Laissez vide pour reprendre les réponses publiées d\'un appel.','O identificador de cada prática (a última parte do seu endereço), um por linha. Deixe vazio para usar as respostas publicadas de uma chamada.')
m('collections.field.call','Convocatoria de la que viene (opcional)','Call it comes from (optional)','Appel dont elle provient (facultatif)','Chamada de origem (opcional)')
m('collections.field.noCall','Ninguna','None','Aucun','Nenhuma')
m('collections.field.featured','Destacar en la portada','Feature on the home page','Mettre à la une sur l\'accueil','Destacar na página inicial')
m('nav.collections','Colecciones','Collections','Collections','Coleções')
m('problem.not-a-published-practice','«{0}» no es una práctica publicada.','"{0}" is not a published practice.','« {0} » n\'est pas une pratique publiée.','«{0}» não é uma prática publicada.')

def esc(v, has_args):
    if has_args: v = v.replace("'", "''")
    out=[]
    for ch in v:
        if ch == '\n': out.append('\\n')
        elif ch == '\\': out.append('\\\\')
        else: out.append(ch)
    return ''.join(out)
base = pathlib.Path(__file__).resolve().parent.parent / 'src/main/resources/i18n'
base.mkdir(parents=True, exist_ok=True)
for lang, suffix in [('es',''),('es','_es'),('en','_en'),('fr','_fr'),('pt','_pt')]:
    lines=['# Generated by tools/messages.py: edit the table there, then run it.']
    for k,v in M.items():
        text=v[lang]; args=bool(re.search(r'\{\d', text))
        lines.append(f'{k}={esc(text,args)}')
    (base/f'messages{suffix}.properties').write_text('\n'.join(lines)+'\n', encoding='utf-8')
print(len(M),'keys')
