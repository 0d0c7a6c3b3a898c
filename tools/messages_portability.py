# Portability (GCM objective 22) interface text: es, en, fr, pt. Read by tools/messages.py.
P2=[('unknown-field','Campo desconocido «{0}».','Unknown field "{0}".','Champ inconnu « {0} ».','Campo desconhecido «{0}».'),
('unreadable-json','No se pudo leer este JSON.','This JSON could not be read.','Ce JSON n\'a pas pu être lu.','Não foi possível ler este JSON.'),
('not-a-date','«{0}» no es una fecha (use AAAA-MM-DD).','"{0}" is not a date (use YYYY-MM-DD).','« {0} » n\'est pas une date (utilisez AAAA-MM-JJ).','«{0}» não é uma data (use AAAA-MM-DD).'),
('unknown-sex','Sexo desconocido «{0}»: use female o male.','Unknown sex "{0}": use female or male.','Sexe inconnu « {0} » : utilisez female ou male.','Sexo desconhecido «{0}»: use female ou male.'),
('unknown-period-kind','Tipo de período desconocido «{0}»: use compulsory, voluntary o credited.','Unknown kind of period "{0}": use compulsory, voluntary or credited.','Type de période inconnu « {0} » : utilisez compulsory, voluntary ou credited.','Tipo de período desconhecido «{0}»: use compulsory, voluntary ou credited.'),
('unknown-benefit','Prestación desconocida: use old-age, invalidity o survivors.','Unknown benefit: use old-age, invalidity or survivors.','Prestation inconnue : utilisez old-age, invalidity ou survivors.','Benefício desconhecido: use old-age, invalidity ou survivors.'),
('future-claim-date','La fecha de la solicitud no puede ser futura.','The claim date cannot be in the future.','La date de la demande ne peut pas être dans le futur.','A data do pedido não pode ser futura.'),
('period-ends-before-start','El período termina antes de empezar.','The period ends before it starts.','La période se termine avant de commencer.','O período termina antes de começar.'),
('period-after-claim-date','El período empieza después de la fecha de la solicitud.','The period starts after the claim date.','La période commence après la date de la demande.','O período começa depois da data do pedido.'),
('negative-amount','El importe no puede ser negativo.','The amount cannot be negative.','Le montant ne peut pas être négatif.','O valor não pode ser negativo.'),
('invalid-amount','El importe no es un número.','The amount is not a number.','Le montant n\'est pas un nombre.','O valor não é um número.'),
('unknown-currency','Moneda desconocida (use ISO 4217, p. ej. EUR).','Unknown currency (use ISO 4217, e.g. EUR).','Devise inconnue (utilisez ISO 4217, p. ex. EUR).','Moeda desconhecida (use ISO 4217, p. ex. EUR).'),
('missing-column','Falta esta columna en la cabecera del CSV.','This column is missing from the CSV header.','Cette colonne manque dans l\'en-tête du CSV.','Esta coluna falta no cabeçalho do CSV.')]
for code,es,en,fr,pt in P2: m('problem.'+code,es,en,fr,pt)

for code,es,en,fr,pt in [
 ('gap','Hay períodos sin seguro entre sus períodos.','There are uninsured gaps between the periods.','Il y a des périodes sans assurance entre les périodes.','Há intervalos sem seguro entre os períodos.'),
 ('overlap-resolved','Períodos superpuestos: cada día se cuenta una sola vez (Reglamento 987/2009, art. 12).','Overlapping periods: each day is counted once (Regulation 987/2009 art. 12).','Périodes qui se chevauchent : chaque jour est compté une seule fois (règlement 987/2009, art. 12).','Períodos sobrepostos: cada dia é contado uma só vez (Regulamento 987/2009, art. 12).'),
 ('period-truncated','Un período sigue después de la fecha de la solicitud: se cuenta hasta esa fecha.','A period runs past the claim date: it is counted up to that date.','Une période dépasse la date de la demande : elle est comptée jusqu\'à cette date.','Um período ultrapassa a data do pedido: é contado até essa data.'),
 ('national-rule-missing','Falta una regla nacional que no pudimos verificar en una fuente: el resultado queda incompleto.','A national rule could not be sourced: the result is incomplete.','Une règle nationale n\'a pas pu être vérifiée dans une source : le résultat est incomplet.','Falta uma regra nacional que não pudemos verificar numa fonte: o resultado fica incompleto.'),
 ('defined-contribution','Régimen de cuentas individuales: el monto depende del saldo de la cuenta y no se puede calcular desde los períodos.','Individual-account scheme: the amount depends on the account balance and cannot be calculated from periods.','Régime de comptes individuels : le montant dépend du solde du compte et ne peut pas être calculé à partir des périodes.','Regime de contas individuais: o valor depende do saldo da conta e não pode ser calculado a partir dos períodos.'),
 ('no-agreement','Ningún convenio une estos dos países para esta prestación: sus períodos no se suman.','No agreement links these two countries for this benefit: their periods are not added up.','Aucun accord ne lie ces deux pays pour cette prestation : leurs périodes ne s\'additionnent pas.','Nenhum acordo liga estes dois países para este benefício: os seus períodos não se somam.'),
 ('agreement-not-in-force','Hay un convenio, pero no estaba vigente para ambos países en la fecha de la solicitud.','An agreement exists but was not in force for both countries on the claim date.','Un accord existe mais n\'était pas en vigueur pour les deux pays à la date de la demande.','Há um acordo, mas não estava em vigor para ambos os países na data do pedido.'),
 ('reference-earnings-missing','Falta el salario de referencia de este país: no se puede calcular el monto.','The reference wage for this country is missing: the amount cannot be calculated.','Le salaire de référence de ce pays manque : le montant ne peut pas être calculé.','Falta o salário de referência deste país: o valor não pode ser calculado.'),
 ('pension-age-not-reached','Aún no alcanza la edad de jubilación de este país.','The pension age of this country is not reached yet.','L\'âge de la retraite de ce pays n\'est pas encore atteint.','Ainda não atingiu a idade de reforma deste país.')]:
    m('portability.warning.'+code,es,en,fr,pt)

for code,es,en,fr,pt in [
 ('old-age','Vejez (jubilación)','Old age','Vieillesse','Velhice'),('invalidity','Invalidez','Invalidity','Invalidité','Invalidez'),
 ('survivors','Supervivencia','Survivors','Survivants','Sobrevivência'),('work-injury','Accidentes de trabajo y enfermedades profesionales','Work injury and occupational disease','Accidents du travail et maladies professionnelles','Acidentes de trabalho e doenças profissionais'),
 ('health-care','Asistencia sanitaria','Health care','Soins de santé','Cuidados de saúde'),('family','Prestaciones familiares','Family benefits','Prestations familiales','Prestações familiares'),
 ('unemployment','Desempleo','Unemployment','Chômage','Desemprego')]:
    m('portability.branch.'+code,es,en,fr,pt)

for code,es,en,fr,pt in [
 ('independent','Pensión nacional (sin totalizar)','National pension (no totalisation)','Pension nationale (sans totalisation)','Pensão nacional (sem totalização)'),
 ('pro-rata','Prorrata de la pensión teórica','Pro-rata share of the theoretical pension','Prorata de la pension théorique','Pro rata da pensão teórica'),
 ('released-short-period','Período corto: este país no paga, los otros lo cuentan','Short period: this country does not pay, the others count it','Période courte : ce pays ne paie pas, les autres la comptent','Período curto: este país não paga, os outros contam-no'),
 ('last-state-all-periods','El último país paga como si todos los períodos fueran suyos','The last country pays as if all periods were its own','Le dernier pays paie comme si toutes les périodes étaient les siennes','O último país paga como se todos os períodos fossem seus'),
 ('not-eligible','Sin derecho','Not entitled','Pas de droit','Sem direito'),
 ('defined-contribution','Cuenta individual (no calculable)','Individual account (not calculable)','Compte individuel (non calculable)','Conta individual (não calculável)'),
 ('rule-missing','Regla nacional sin fuente verificada','National rule not sourced','Règle nationale sans source vérifiée','Regra nacional sem fonte verificada')]:
    m('portability.basis.'+code,es,en,fr,pt)

for code,es,en,fr,pt in [('compulsory','Obligatorio','Compulsory','Obligatoire','Obrigatório'),('voluntary','Voluntario','Voluntary','Volontaire','Voluntário'),('credited','Asimilado (acreditado)','Credited','Assimilé','Equiparado (creditado)')]:
    m('portability.kind.'+code,es,en,fr,pt)
for code,es,en,fr,pt in [('female','Mujer','Female','Femme','Mulher'),('male','Hombre','Male','Homme','Homem')]:
    m('portability.sex.'+code,es,en,fr,pt)

for key,es,en,fr,pt in [
 ('objective.section.portability','Portabilidad de la seguridad social','Social-security portability','Portabilité de la sécurité sociale','Portabilidade da seguridade social'),
 ('portability.title','¿Qué acuerdo me protege?','Which agreement protects me?','Quel accord me protège ?','Que acordo me protege?'),
 ('portability.lead','Si trabajó en varios países, los convenios de seguridad social permiten sumar sus períodos de seguro y recibir de cada país una parte de la pensión (Pacto Mundial, objetivo 22).','If you worked in several countries, social-security agreements let you add up your insurance periods and receive part of a pension from each country (Global Compact, objective 22).','Si vous avez travaillé dans plusieurs pays, les accords de sécurité sociale permettent d\'additionner vos périodes d\'assurance et de recevoir une part de pension de chaque pays (Pacte mondial, objectif 22).','Se trabalhou em vários países, os acordos de seguridade social permitem somar os seus períodos de seguro e receber de cada país uma parte da pensão (Pacto Global, objetivo 22).'),
 ('portability.countries','Países donde trabajó','Countries where you worked','Pays où vous avez travaillé','Países onde trabalhou'),
 ('portability.countries.hint','Marque al menos dos países.','Tick at least two countries.','Cochez au moins deux pays.','Marque pelo menos dois países.'),
 ('portability.find','Ver los acuerdos','Show the agreements','Voir les accords','Ver os acordos'),
 ('portability.found','Acuerdos que se aplican','Agreements that apply','Accords applicables','Acordos aplicáveis'),
 ('portability.none','Ningún acuerdo del registro une a estos países.','No agreement in the registry links these countries.','Aucun accord du registre ne lie ces pays.','Nenhum acordo do registo liga estes países.'),
 ('portability.links','Une a: {0}','Links: {0}','Lie : {0}','Liga: {0}'),
 ('portability.unlinked','Sin acuerdo entre {0} y {1}: sus períodos no se suman.','No agreement between {0} and {1}: their periods are not added up.','Pas d\'accord entre {0} et {1} : leurs périodes ne s\'additionnent pas.','Sem acordo entre {0} e {1}: os seus períodos não se somam.'),
 ('portability.covers','Cubre','Covers','Couvre','Cobre'),
 ('portability.doesNotCover','No cubre','Does not cover','Ne couvre pas','Não cobre'),
 ('portability.howToApply','Dónde y cómo solicitar','Where and how to apply','Où et comment demander','Onde e como pedir'),
 ('portability.apply','Presente una sola solicitud en la institución de seguridad social del país donde vive, si trabajó allí; si no, en la de cualquiera de los países donde trabajó. Esa institución la transmite a las de los demás países, y cada una resuelve y paga su parte.','Lodge a single claim with the social-security institution of the country where you live, if you worked there; otherwise with that of any country where you worked. That institution forwards it to the others, and each decides and pays its own share.','Déposez une seule demande auprès de l\'institution de sécurité sociale du pays où vous résidez, si vous y avez travaillé ; sinon auprès de celle de l\'un des pays où vous avez travaillé. Elle la transmet aux autres, et chacune décide et paie sa part.','Apresente um único pedido na instituição de seguridade social do país onde vive, se lá trabalhou; caso contrário, na de qualquer país onde trabalhou. Essa instituição transmite-o às dos outros países, e cada uma decide e paga a sua parte.'),
 ('portability.documents','Documentos','Documents','Documents','Documentos'),
 ('portability.documents.identity','Documento de identidad o pasaporte.','Identity document or passport.','Pièce d\'identité ou passeport.','Documento de identidade ou passaporte.'),
 ('portability.documents.periods','Constancias de sus períodos de seguro en cada país (historial de cotizaciones o certificado de la institución).','Proof of your insurance periods in each country (contribution record or the institution\'s certificate).','Justificatifs de vos périodes d\'assurance dans chaque pays (relevé de cotisations ou certificat de l\'institution).','Comprovantes dos seus períodos de seguro em cada país (histórico de contribuições ou certidão da instituição).'),
 ('portability.documents.numbers','Sus números de afiliación en cada país.','Your insurance numbers in each country.','Vos numéros d\'affiliation dans chaque pays.','Os seus números de inscrição em cada país.'),
 ('portability.documents.residence','Comprobante de domicilio y datos de la cuenta bancaria donde cobrar.','Proof of address and the bank account for payment.','Justificatif de domicile et compte bancaire pour le paiement.','Comprovante de residência e a conta bancária para o pagamento.'),
 ('portability.documents.caveat','Cada institución puede pedir otros documentos: consúltela antes de presentar la solicitud.','Each institution may ask for other documents: check with it before applying.','Chaque institution peut demander d\'autres documents : renseignez-vous avant de déposer la demande.','Cada instituição pode pedir outros documentos: consulte-a antes de apresentar o pedido.'),
 ('portability.calculator','Calculadora de pensión','Pension calculator','Calculateur de pension','Calculadora de pensão'),
 ('portability.calculator.lead','Ingrese sus períodos de seguro: verá, para cada país, el convenio que se aplica, si tiene derecho y cuánto le correspondería, paso a paso y con el artículo detrás de cada paso. Nada se guarda.','Enter your insurance periods: for each country you will see the agreement that applies, whether you are entitled and how much you could receive, step by step with the article behind each step. Nothing is stored.','Saisissez vos périodes d\'assurance : pour chaque pays, vous verrez l\'accord applicable, si vous avez droit et combien, étape par étape avec l\'article derrière chaque étape. Rien n\'est conservé.','Introduza os seus períodos de seguro: para cada país verá o acordo aplicável, se tem direito e quanto lhe caberia, passo a passo e com o artigo por trás de cada passo. Nada é guardado.'),
 ('portability.agreements','Acuerdos','Agreements','Accords','Acordos'),
 ('portability.schemes','Regímenes nacionales','National schemes','Régimes nationaux','Regimes nacionais'),
 ('portability.person','Persona','Person','Personne','Pessoa'),
 ('portability.birthDate','Fecha de nacimiento','Birth date','Date de naissance','Data de nascimento'),
 ('portability.sex','Sexo','Sex','Sexe','Sexo'),
 ('portability.claim','Solicitud','Claim','Demande','Pedido'),
 ('portability.benefit','Prestación','Benefit','Prestation','Benefício'),
 ('portability.claimDate','Fecha de la solicitud','Claim date','Date de la demande','Data do pedido'),
 ('portability.claimCountry','País donde solicita','Country where you claim','Pays de la demande','País onde pede'),
 ('portability.periods','Períodos de seguro','Insurance periods','Périodes d\'assurance','Períodos de seguro'),
 ('portability.period','Período {0}','Period {0}','Période {0}','Período {0}'),
 ('portability.country','País','Country','Pays','País'),
 ('portability.from','Desde','From','Du','De'),
 ('portability.to','Hasta','To','Au','Até'),
 ('portability.kind','Tipo','Kind','Type','Tipo'),
 ('portability.wage','Salario de referencia en {0}','Reference wage in {0}','Salaire de référence en {0}','Salário de referência em {0}'),
 ('portability.wages','Salarios de referencia (base reguladora mensual de cada país, en su moneda)','Reference wages (each country\'s monthly reference base, in its currency)','Salaires de référence (base mensuelle de chaque pays, dans sa devise)','Salários de referência (base mensal de cada país, na sua moeda)'),
 ('portability.addPeriod','Agregar un período','Add a period','Ajouter une période','Acrescentar um período'),
 ('portability.removePeriod','Quitar el período {0}','Remove period {0}','Retirer la période {0}','Retirar o período {0}'),
 ('portability.calculate','Calcular','Calculate','Calculer','Calcular'),
 ('portability.results','Resultado por país','Result by country','Résultat par pays','Resultado por país'),
 ('portability.chart','Sus períodos por país','Your periods by country','Vos périodes par pays','Os seus períodos por país'),
 ('portability.agreement','Acuerdo','Agreement','Accord','Acordo'),
 ('portability.noAgreement','Ninguno','None','Aucun','Nenhum'),
 ('portability.eligibleAlone','Derecho solo con los períodos de este país','Entitled on this country\'s periods alone','Droit avec les seules périodes de ce pays','Direito só com os períodos deste país'),
 ('portability.eligibleWithTotalization','Derecho sumando los períodos','Entitled with totalised periods','Droit avec totalisation des périodes','Direito somando os períodos'),
 ('portability.independentAmount','Pensión nacional (independiente)','Independent (national) amount','Montant indépendant (national)','Montante independente (nacional)'),
 ('portability.theoreticalAmount','Pensión teórica','Theoretical amount','Montant théorique','Montante teórico'),
 ('portability.proRataAmount','Prorrata','Pro-rata amount','Montant au prorata','Montante pro rata'),
 ('portability.amountDue','Monto que corresponde','Amount due','Montant dû','Montante devido'),
 ('portability.basis','Base','Basis','Base','Base'),
 ('portability.days','Días: {0} en este país, {1} sumados','Days: {0} in this country, {1} totalised','Jours : {0} dans ce pays, {1} totalisés','Dias: {0} neste país, {1} somados'),
 ('portability.steps','Paso a paso','Step by step','Étape par étape','Passo a passo'),
 ('portability.warnings','Advertencias','Warnings','Avertissements','Avisos'),
 ('portability.yes','Sí','Yes','Oui','Sim'),
 ('portability.no','No','No','Non','Não'),
 ('portability.unknown','No se puede determinar','Cannot be determined','Impossible à déterminer','Não se pode determinar'),
 ('portability.notComputed','—','—','—','—'),
 ('portability.print','Imprimir o guardar como PDF','Print or save as PDF','Imprimer ou enregistrer en PDF','Imprimir ou guardar como PDF'),
 ('portability.disclaimer','Cálculo orientativo con las reglas publicadas citadas en cada paso; solo la institución de cada país decide.','An indicative calculation with the published rules cited in each step; only each country\'s institution decides.','Calcul indicatif selon les règles publiées citées à chaque étape ; seule l\'institution de chaque pays décide.','Cálculo indicativo com as regras publicadas citadas em cada passo; só a instituição de cada país decide.'),
 ('portability.parties','Estados parte y fecha de efecto','Parties and effective date','États parties et date d\'effet','Estados partes e data de efeito'),
 ('portability.effectiveFrom','Se aplica desde','Applies from','S\'applique depuis','Aplica-se desde'),
 ('portability.rules','Reglas','Rules','Règles','Regras'),
 ('portability.rule.totalisation','Totalización de períodos','Totalisation of periods','Totalisation des périodes','Totalização de períodos'),
 ('portability.rule.proRata','Pensión teórica y prorrata','Theoretical amount and pro-rata','Montant théorique et prorata','Montante teórico e pro rata'),
 ('portability.rule.choice','Nacional frente a prorrata','Independent against pro-rata','Indépendant ou prorata','Independente ou pro rata'),
 ('portability.rule.shortPeriods','Períodos cortos (menos de {0} días)','Short periods (under {0} days)','Périodes courtes (moins de {0} jours)','Períodos curtos (menos de {0} dias)'),
 ('portability.rule.overlap','Períodos superpuestos: un día se cuenta una vez (Reglamento 987/2009, art. 12)','Overlapping periods: a day counts once (Regulation 987/2009 art. 12)','Périodes qui se chevauchent : un jour compte une fois (règlement 987/2009, art. 12)','Períodos sobrepostos: um dia conta uma vez (Regulamento 987/2009, art. 12)'),
 ('portability.rule.units','Conversión de unidades: 1 semana = 7 días, 1 mes = 30 días (Reglamento 987/2009, art. 13)','Unit conversion: 1 week = 7 days, 1 month = 30 days (Regulation 987/2009 art. 13)','Conversion des unités : 1 semaine = 7 jours, 1 mois = 30 jours (règlement 987/2009, art. 13)','Conversão de unidades: 1 semana = 7 dias, 1 mês = 30 dias (Regulamento 987/2009, art. 13)'),
 ('portability.choice.higher-of-independent-and-pro-rata','Se paga el mayor de los dos montos','The higher of the two amounts is paid','Le plus élevé des deux montants est versé','Paga-se o maior dos dois montantes'),
 ('portability.choice.independent-if-entitled-alone','Pensión nacional si hay derecho sin totalizar; si no, prorrata','National pension if entitled without totalisation; pro-rata otherwise','Pension nationale si droit sans totalisation ; sinon prorata','Pensão nacional se há direito sem totalização; caso contrário, pro rata'),
 ('portability.notes','Notas y límites de la fuente','Notes and limits of the source','Notes et limites de la source','Notas e limites da fonte'),
 ('portability.source','Fuente','Source','Source','Fonte'),
 ('portability.scheme.lead','Parámetros de la pensión de vejez vigentes el {0}, cada uno con su fuente legal. Lo que no se pudo verificar se indica.','Old-age pension parameters in force on {0}, each with its legal source. What could not be verified is stated.','Paramètres de la pension de vieillesse en vigueur le {0}, chacun avec sa source légale. Ce qui n\'a pas pu être vérifié est signalé.','Parâmetros da pensão de velhice em vigor em {0}, cada um com a sua fonte legal. O que não pôde ser verificado é indicado.'),
 ('portability.minimumPeriod','Período mínimo de cotización','Minimum contribution period','Période minimale de cotisation','Período mínimo de contribuição'),
 ('portability.pensionAge','Edad de jubilación','Pension age','Âge de la retraite','Idade de reforma'),
 ('portability.age','{0} años {1} meses','{0} years {1} months','{0} ans {1} mois','{0} anos {1} meses'),
 ('portability.withPeriod','con al menos {0}','with at least {0}','avec au moins {0}','com pelo menos {0}'),
 ('portability.formula','Fórmula del monto','Amount formula','Formule du montant','Fórmula do montante'),
 ('portability.maximumPeriod','Período máximo computado','Maximum period counted','Période maximale comptée','Período máximo contado'),
 ('portability.missing','Sin fuente verificada (no se inventa)','Not sourced (nothing is invented)','Sans source vérifiée (rien n\'est inventé)','Sem fonte verificada (nada é inventado)'),
 ('portability.currency','Moneda','Currency','Devise','Moeda'),
 ('portability.chooseCountry','Elija un país','Choose a country','Choisissez un pays','Escolha um país')]:
    m(key,es,en,fr,pt)

for key,es,en,fr,pt in [
 ('portability.save','Guardar este cálculo','Save this calculation','Enregistrer ce calcul','Guardar este cálculo'),
 ('portability.saveName','Nombre del cálculo','Name of the calculation','Nom du calcul','Nome do cálculo'),
 ('portability.saved','Guardado como «{0}». Solo usted puede verlo.','Saved as "{0}". Only you can see it.','Enregistré sous « {0} ». Vous seul pouvez le voir.','Guardado como «{0}». Só você pode vê-lo.'),
 ('portability.savedList','Mis cálculos guardados','My saved calculations','Mes calculs enregistrés','Os meus cálculos guardados'),
 ('portability.savedNone','Todavía no guardó ningún cálculo.','You have not saved any calculation yet.','Vous n\'avez encore enregistré aucun calcul.','Ainda não guardou nenhum cálculo.')]:
    m(key,es,en,fr,pt)

# Engine steps (portability.step.<code>) and warning details (portability.warning.<code>.detail): the engine emits
# codes with arguments; web.EngineTexts renders them. Nested phrases are portability.<code>.
for key,es,en,fr,pt in [
 ('step.periods','Períodos en {0}: {1} período(s), {2} días naturales; cada día se cuenta una sola vez.','Periods in {0}: {1} period(s), {2} calendar days; each day is counted once.','Périodes du pays {0} : {1} période(s), {2} jours civils ; chaque jour n\'est compté qu\'une fois.','Períodos em {0}: {1} período(s), {2} dias de calendário; cada dia conta uma só vez.'),
 ('step.minimum-period','{0} ({1}): período mínimo de cotización de {2}.','{0} ({1}): minimum contribution period of {2}.','{0} ({1}) : période minimale de cotisation de {2}.','{0} ({1}): período mínimo de contribuição de {2}.'),
 ('step.minimum-period-converted','{0} ({1}): período mínimo de cotización de {2}; los días se convierten a esa unidad.','{0} ({1}): minimum contribution period of {2}; the days are converted into that unit.','{0} ({1}) : période minimale de cotisation de {2} ; les jours sont convertis dans cette unité.','{0} ({1}): período mínimo de contribuição de {2}; os dias são convertidos nessa unidade.'),
 ('step.pension-age-route','{0}: una vía de acceso a la pensión es la edad de {1}.','{0}: one route to the pension is reaching age {1}.','{0} : une voie d\'accès à la pension est l\'âge de {1}.','{0}: uma via de acesso à pensão é a idade de {1}.'),
 ('step.entitlement-alone','Derecho solo con los períodos de {0} ({1} días, edad {2}): {3}.','Entitlement on the periods of {0} alone ({1} days, age {2}): {3}.','Droit avec les seules périodes du pays {0} ({1} jours, âge {2}) : {3}.','Direito só com os períodos de {0} ({1} dias, idade {2}): {3}.'),
 ('step.agreement-in-force','Acuerdo aplicado: {0}, vigente el {1} entre {2}; cubre la prestación.','Agreement applied: {0}, in force on {1} between {2}; it covers the benefit.','Accord appliqué : {0}, en vigueur le {1} entre {2} ; il couvre la prestation.','Acordo aplicado: {0}, em vigor em {1} entre {2}; cobre o benefício.'),
 ('step.totalised-periods','Períodos sumados (totalización): {0}; total {1} días.','Totalised periods: {0}; total {1} days.','Périodes totalisées : {0} ; total {1} jours.','Períodos totalizados: {0}; total {1} dias.'),
 ('step.total-capped','El total se limita al máximo nacional de {0} ({1} días).','The total is capped at the national maximum of {0} ({1} days).','Le total est plafonné au maximum national de {0} ({1} jours).','O total é limitado ao máximo nacional de {0} ({1} dias).'),
 ('step.entitlement-totalised','Derecho sumando los períodos ({0} días): {1}.','Entitlement with totalisation ({0} days): {1}.','Droit avec totalisation ({0} jours) : {1}.','Direito com totalização ({0} dias): {1}.'),
 ('step.independent-amount','Pensión nacional (independiente) sobre {0} días: {1} {2}.','Independent (national) amount on {0} days: {1} {2}.','Montant indépendant (national) sur {0} jours : {1} {2}.','Montante independente (nacional) sobre {0} dias: {1} {2}.'),
 ('step.theoretical-amount','Pensión teórica, como si los {0} días se hubieran cumplido en {1}: {2} {3}.','Theoretical amount, as if all {0} days had been completed in {1}: {2} {3}.','Montant théorique, comme si les {0} jours avaient tous été accomplis dans le pays {1} : {2} {3}.','Montante teórico, como se os {0} dias tivessem sido todos cumpridos em {1}: {2} {3}.'),
 ('step.pro-rata-amount','Prorrata = {0} × {1} / {2} = {3} (días cumplidos en este país sobre el total computado).','Pro-rata amount = {0} × {1} / {2} = {3} (days completed in this country over the total counted).','Montant au prorata = {0} × {1} / {2} = {3} (jours accomplis dans ce pays sur le total compté).','Montante pro rata = {0} × {1} / {2} = {3} (dias cumpridos neste país sobre o total contado).'),
 ('step.not-entitled','Sin derecho: no corresponde ningún monto.','Not entitled: nothing is due.','Pas de droit : aucun montant n\'est dû.','Sem direito: nada é devido.'),
 ('step.not-entitled-totalised','Sin derecho aun sumando los períodos: no corresponde ningún monto.','Not entitled even with totalisation: nothing is due.','Pas de droit même avec totalisation : aucun montant n\'est dû.','Sem direito mesmo com totalização: nada é devido.'),
 ('step.released-short-period','{0} tiene {1} días (menos de {2}) que no dan derecho por sí solos: no paga nada y los demás países cuentan esos períodos.','{0} has {1} days (under {2}) that give no entitlement on their own: it pays nothing, and the other countries count these periods.','Le pays {0} a {1} jours (moins de {2}) qui n\'ouvrent pas droit à eux seuls : il ne paie rien et les autres pays comptent ces périodes.','{0} tem {1} dias (menos de {2}) que não dão direito por si sós: não paga nada e os outros países contam esses períodos.'),
 ('step.last-state-pays-all','Todos los países quedarían liberados; {0}, el último país de seguro, paga como si todos los períodos fueran suyos.','Every country would be released; {0}, the last country of insurance, pays as if all periods were its own.','Tous les pays seraient libérés ; le pays {0}, dernier pays d\'assurance, paie comme si toutes les périodes étaient les siennes.','Todos os países ficariam dispensados; {0}, o último país de seguro, paga como se todos os períodos fossem seus.'),
 ('step.choice-independent-entitled-alone','Hay derecho solo con los períodos nacionales: se aplica la pensión nacional (independiente); la persona puede pedir en su lugar la totalización.','Entitled on national periods alone: the national (independent) benefit applies; the person may ask for totalisation instead.','Droit avec les seules périodes nationales : la prestation nationale (indépendante) s\'applique ; la personne peut demander la totalisation à la place.','Há direito só com os períodos nacionais: aplica-se a pensão nacional (independente); a pessoa pode pedir, em vez disso, a totalização.'),
 ('step.choice-pro-rata-not-entitled-alone','No hay derecho solo con los períodos nacionales: se aplica la prorrata.','Not entitled on national periods alone: the pro-rata benefit applies.','Pas de droit avec les seules périodes nationales : la prestation au prorata s\'applique.','Não há direito só com os períodos nacionais: aplica-se o pro rata.'),
 ('step.choice-independent-not-lower','La pensión nacional no es inferior a la prorrata: se paga la pensión nacional.','The independent amount is not lower than the pro-rata amount: the independent amount is paid.','Le montant indépendant n\'est pas inférieur au prorata : le montant indépendant est versé.','O montante independente não é inferior ao pro rata: paga-se o montante independente.'),
 ('step.choice-pro-rata-higher','La prorrata es mayor (o la única calculada): se paga la prorrata.','The pro-rata amount is higher (or the only one): the pro-rata amount is paid.','Le montant au prorata est plus élevé (ou le seul) : c\'est lui qui est versé.','O montante pro rata é maior (ou o único): paga-se o pro rata.'),
 ('step.amount-not-computable','La base sería «{0}», pero el monto no se puede calcular: {1}.','The basis would be "{0}" but the amount cannot be computed: {1}.','La base serait « {0} », mais le montant ne peut pas être calculé : {1}.','A base seria «{0}», mas o montante não pode ser calculado: {1}.'),
 ('step.amount-due','Monto que corresponde pagar a {0}: {1} {2} ({3}).','Amount due from {0}: {1} {2} ({3}).','Montant dû par le pays {0} : {1} {2} ({3}).','Montante devido por {0}: {1} {2} ({3}).'),
 ('step.also-calculated','También calculado según {0}: {1} {2} ({3}); se mantiene {4} por ser más favorable.','Also calculated under {0}: {1} {2} ({3}); {4} is kept as the more favourable.','Également calculé selon {0} : {1} {2} ({3}) ; {4} est retenu comme plus favorable.','Também calculado segundo {0}: {1} {2} ({3}); mantém-se {4} por ser mais favorável.'),
 ('reason.formula-missing','la fórmula nacional del monto no está catalogada','the national amount formula is not catalogued','la formule nationale du montant n\'est pas cataloguée','a fórmula nacional do montante não está catalogada'),
 ('reason.defined-contribution','régimen de cuenta individual (contribución definida)','individual-account (defined-contribution) scheme','régime de compte individuel (cotisations définies)','regime de conta individual (contribuição definida)'),
 ('reason.earnings-missing','no se indicó el salario de referencia de este país','no reference wage was given for this country','aucun salaire de référence n\'a été indiqué pour ce pays','não foi indicado o salário de referência deste país'),
 ('undetermined','no se puede determinar (falta la regla nacional)','undetermined (national rule missing)','indéterminé (règle nationale manquante)','indeterminado (falta a regra nacional)'),
 ('countryDays','{0}: {1} días','{0}: {1} days','{0} : {1} jours','{0}: {1} dias'),
 ('unit.calendar_days','{0} días','{0} days','{0} jours','{0} dias'),
 ('unit.weeks','{0} semanas','{0} weeks','{0} semaines','{0} semanas'),
 ('unit.months','{0} meses','{0} months','{0} mois','{0} meses'),
 ('unit.quarters','{0} trimestres','{0} quarters','{0} trimestres','{0} trimestres'),
 ('unit.years','{0} años','{0} years','{0} ans','{0} anos'),
 ('warning.gap.detail','Sin seguro registrado del {0} al {1} ({2} días).','No insurance recorded from {0} to {1} ({2} days).','Aucune assurance enregistrée du {0} au {1} ({2} jours).','Sem seguro registado de {0} a {1} ({2} dias).'),
 ('warning.overlap-resolved.detail','{0} días superpuestos: se cuenta el período de {1} ({2}) que empieza el {3}; el de {4} ({5}) que empieza el {6} no se cuenta en esos días ({7}).','{0} overlapping days: the {1} period ({2}) from {3} is counted; the {4} period ({5}) from {6} is not counted for those days ({7}).','{0} jours qui se chevauchent : la période du pays {1} ({2}) commençant le {3} est comptée ; celle du pays {4} ({5}) commençant le {6} ne l\'est pas pour ces jours ({7}).','{0} dias sobrepostos: conta-se o período de {1} ({2}) iniciado em {3}; o de {4} ({5}) iniciado em {6} não se conta nesses dias ({7}).'),
 ('warning.period-truncated.detail','El período del {0} al {1} en {2} se cuenta solo hasta la fecha de la solicitud, {3}.','The period from {0} to {1} in {2} counts only up to the claim date, {3}.','La période du {0} au {1} (pays {2}) n\'est comptée que jusqu\'à la date de la demande, le {3}.','O período de {0} a {1} em {2} só conta até à data do pedido, {3}.'),
 ('warning.national-rule-missing.detail','Regla nacional de {0} sin catalogar (detalle de la fuente, en inglés): {1}.','National rule of {0} not catalogued: {1}.','Règle nationale du pays {0} non cataloguée (détail de la source, en anglais) : {1}.','Regra nacional de {0} não catalogada (detalhe da fonte, em inglês): {1}.'),
 ('warning.defined-contribution.detail','{0} paga desde una cuenta individual: el monto es el saldo de la cuenta y no se calcula a partir de los períodos ({1}).','{0} pays from an individual account: the amount is the account balance and cannot be computed from insurance periods ({1}).','Le pays {0} paie à partir d\'un compte individuel : le montant est le solde du compte et ne peut pas être calculé à partir des périodes ({1}).','{0} paga a partir de uma conta individual: o montante é o saldo da conta e não se calcula a partir dos períodos ({1}).'),
 ('warning.no-agreement.detail','Ningún acuerdo que cubra «{0}» une {1} y {2}: {1} no suma los períodos de {2}.','No agreement covering "{0}" links {1} and {2}: {1} does not totalise the periods in {2}.','Aucun accord couvrant « {0} » ne lie {1} et {2} : {1} ne totalise pas les périodes du pays {2}.','Nenhum acordo que cubra «{0}» liga {1} e {2}: {1} não soma os períodos de {2}.'),
 ('warning.agreement-not-in-force.detail','{0} une {1} y {2}, pero no está vigente para ambos el {3}: los períodos de {2} no se suman.','{0} links {1} and {2} but is not in force for both on {3}: the periods in {2} are not totalised.','{0} lie {1} et {2} mais n\'est pas en vigueur pour les deux le {3} : les périodes du pays {2} ne sont pas totalisées.','{0} liga {1} e {2}, mas não está em vigor para ambos em {3}: os períodos de {2} não se somam.'),
 ('warning.reference-earnings-missing.detail','No se indicó el salario de referencia de {0}: los montos no se calculan.','No reference wage given for {0}: amounts are not computed.','Aucun salaire de référence indiqué pour le pays {0} : les montants ne sont pas calculés.','Não foi indicado o salário de referência de {0}: os montantes não são calculados.'),
 ('warning.pension-age-not-reached.detail','Con {0} el {1}, no alcanza ninguna edad de jubilación de {2} ({3}).','At {0} on {1}, below every pension age of {2} ({3}).','À {0} le {1}, aucun âge de la retraite du pays {2} n\'est atteint ({3}).','Com {0} em {1}, não atinge nenhuma idade de reforma de {2} ({3}).')]:
    m('portability.'+key,es,en,fr,pt)

for key,es,en,fr,pt in [
 ('deleteSaved','Borrar este cálculo','Delete this calculation','Supprimer ce calcul','Apagar este cálculo'),
 ('deleteReason','Motivo (opcional)','Reason (optional)','Motif (facultatif)','Motivo (opcional)'),
 ('savedDeleted','El cálculo fue borrado.','The calculation was deleted.','Le calcul a été supprimé.','O cálculo foi apagado.')]:
    m('portability.'+key,es,en,fr,pt)

# Where to apply (calculation.catalog.ClaimProcedures): the rule per agreement and the scope of each institution.
for key,es,en,fr,pt in [
 ('claim.residence-forwards','Presente una sola solicitud en la institución competente del país donde reside, si es parte del acuerdo; si no, en la de cualquiera de los países donde estuvo asegurado. Esa institución la transmite a las de los demás países, y cada una resuelve y paga su parte.','Lodge a single claim with the competent institution of the country where you live, if it is a party to the agreement; otherwise with that of any country where you were insured. That institution forwards it to the institutions of the other countries, and each decides and pays its own share.','Déposez une seule demande auprès de l\'institution compétente du pays où vous résidez, s\'il est partie à l\'accord ; sinon auprès de celle de l\'un des pays où vous avez été assuré. Cette institution la transmet à celles des autres pays, et chacune décide et paie sa part.','Apresente um único pedido na instituição competente do país onde reside, se for parte do acordo; caso contrário, na de qualquer país onde esteve segurado. Essa instituição transmite-o às dos outros países, e cada uma decide e paga a sua parte.'),
 ('claim.eu-residence-or-last-state','Presente la solicitud en la institución del país donde reside o en la del último país cuya legislación se le aplicó. Si nunca estuvo asegurado en el país donde reside, esa institución la transmite a la del último país. La institución que la recibe coordina con las de los demás países, y cada una resuelve y paga su parte.','Lodge the claim with the institution of the country where you live or with that of the last country whose legislation applied to you. If you were never insured in the country where you live, that institution forwards the claim to the one of the last country. The institution that receives it coordinates with those of the other countries, and each decides and pays its own share.','Déposez la demande auprès de l\'institution du pays où vous résidez ou de celle du dernier pays dont la législation vous a été appliquée. Si vous n\'avez jamais été assuré dans le pays où vous résidez, cette institution la transmet à celle du dernier pays. L\'institution qui la reçoit se coordonne avec celles des autres pays, et chacune décide et paie sa part.','Apresente o pedido na instituição do país onde reside ou na do último país cuja legislação lhe foi aplicada. Se nunca esteve segurado no país onde reside, essa instituição transmite-o à do último país. A instituição que o recebe coordena-se com as dos outros países, e cada uma decide e paga a sua parte.'),
 ('claim.liaison','Consulte a la institución de enlace del acuerdo en este país (no la nombramos sin una fuente segura).','Consult the agreement\'s liaison institution in this country (we do not name it without a reliable source).','Consultez l\'institution de liaison de l\'accord dans ce pays (nous ne la nommons pas sans source sûre).','Consulte a instituição de ligação do acordo neste país (não a indicamos sem uma fonte segura).'),
 ('claim.unsourced','No tenemos una fuente segura sobre el procedimiento ni las instituciones de este acuerdo: consulte a la institución de enlace del país donde reside.','We have no reliable source on this agreement\'s procedure or institutions: consult the liaison institution of the country where you live.','Nous n\'avons pas de source sûre sur la procédure ni les institutions de cet accord : consultez l\'institution de liaison du pays où vous résidez.','Não temos uma fonte segura sobre o procedimento nem as instituições deste acordo: consulte a instituição de ligação do país onde reside.'),
 ('scope.public-system','régimen público','public scheme','régime public','regime público'),
 ('scope.old-system','sistema antiguo de reparto','former pay-as-you-go system','ancien système par répartition','antigo sistema de repartição'),
 ('scope.individual-accounts','cuentas individuales','individual accounts','comptes individuels','contas individuais'),
 ('scope.seafarers','trabajadores del mar','seafarers','gens de mer','trabalhadores do mar')]:
    m('portability.'+key,es,en,fr,pt)
