package org.pacto.dialogue.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pacto.dialogue.domain.Attendance;
import org.pacto.dialogue.domain.ConsultationInput;
import org.pacto.dialogue.domain.ConsultationInput.OptionInput;
import org.pacto.dialogue.domain.Consultations;
import org.pacto.dialogue.domain.EventInput;
import org.pacto.dialogue.domain.EventInput.PanelistInput;
import org.pacto.dialogue.domain.EventInput.RegistrationInput;
import org.pacto.dialogue.domain.EventInput.SessionInput;
import org.pacto.dialogue.domain.Events;
import org.pacto.dialogue.domain.FollowUp;
import org.pacto.dialogue.domain.Members;
import org.pacto.dialogue.domain.ReportInput;
import org.pacto.dialogue.domain.ReportInput.RecommendationInput;
import org.pacto.dialogue.domain.Reports;
import org.pacto.dialogue.domain.SeatRole;
import org.pacto.dialogue.domain.WorkingTable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo mode: seed 003's mechanism in Pacto. Member organisations of the demo's civil-society organisations in
 * different stakeholder groups, the four working tables and the liaison table, the 2022 consultation that chose the
 * topics, the Conversatorio of 8 August 2023 with its two sessions (objectives 7, 8, 15 and 6, 16, 18, 19), synthetic
 * registrations and attendance close to the report's figures ({@link SyntheticRegistrations}), its recommendations in
 * Pacto's own words, and a few governments' answers. Everything not in the seed is marked synthetic. Idempotent:
 * nothing is loaded when the dialogue already exists.
 */
@Component
@Order(40)
class DemoDialogue implements ApplicationRunner {

    static final String TITLE = "Primer Conversatorio del Mecanismo de Diálogo Permanente de la Sociedad Civil con "
            + "gobiernos de América Latina y el Caribe";
    private static final Logger log = LoggerFactory.getLogger(DemoDialogue.class);

    /** Demo organisation name → stakeholder group (seed 003, note 2) and whether it is a diaspora organisation. */
    private static final List<String[]> MEMBERS = List.of(
            new String[] {"Consejo de Colectividades de Quilmes", "migrant-diaspora-organisations", "false"},
            new String[] {"Coordinadora Sindical Centroamericana de Personas Trabajadoras Migrantes",
                "workers-organisations", "false"},
            new String[] {"Comisión de Acción Social Menonita (CASM)", "religious-organisations", "false"},
            new String[] {"Fundación Migrantes y Refugiados de Cruz Andina", "civil-society-representatives", "false"},
            new String[] {"Club Sudanés del Líbano", "migrant-diaspora-organisations", "true"},
            new String[] {"Red de Empresas por la Inclusión de Personas Migrantes", "private-sector", "false"},
            new String[] {"Benemérita Universidad Autónoma de Puebla (BUAP), Facultad de Derecho y Ciencias Sociales",
                "academia", "false"},
            new String[] {"Defensoría de la Niñez de Chile", "human-rights-institutions", "false"},
            new String[] {"Fundación Fútbol Más Perú", "other-stakeholders", "false"});

    private final boolean demo;
    private final Actors actors;
    private final Members members;
    private final Consultations consultations;
    private final Events events;
    private final Attendance attendance;
    private final Reports reports;
    private final FollowUp followUp;

    DemoDialogue(@Value("${pacto.demo:false}") boolean demo, Actors actors, Members members,
                 Consultations consultations, Events events, Attendance attendance, Reports reports,
                 FollowUp followUp) {
        this.demo = demo;
        this.actors = actors;
        this.members = members;
        this.consultations = consultations;
        this.events = events;
        this.attendance = attendance;
        this.reports = reports;
        this.followUp = followUp;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || events.all().stream().anyMatch(e -> e.title().equals(TITLE))) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("demo-loader", null, List.of()));
        try {
            load();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void load() {
        Map<String, OrganisationSummary> byName = new HashMap<>();
        actors.organisations().forEach(o -> byName.put(o.name(), o));
        OrganisationSummary network = byName.get(
                "Red Regional de las Naciones Unidas sobre la Migración para América Latina y el Caribe");
        if (network == null) {
            log.warn("Demo dialogue skipped: the Regional Network's organisation is missing");
            return;
        }
        Actor secretariat = new Actor(new PersonId(new UUID(0, 3)), "demo-loader", "Demo", network.id(),
                Set.of(Role.SECRETARIAT));
        Map<String, UUID> memberIds = new HashMap<>();
        for (String[] m : MEMBERS) {
            var organisation = byName.get(m[0]);
            if (organisation != null && !members.isMember(organisation.id())) {
                memberIds.put(m[0], members.admit(secretariat, organisation.id().value(), m[1],
                        Boolean.parseBoolean(m[2])));
            }
        }
        tables(secretariat, memberIds);
        consultation(secretariat, byName);
        dialogue(secretariat, byName);
        log.info("Demo dialogue mechanism loaded: {} members, the consultation and the dialogue of 8 August 2023",
                memberIds.size());
    }

    private void tables(Actor secretariat, Map<String, UUID> ids) {
        seat(secretariat, ids, MEMBERS.get(1)[0], WorkingTable.TABLE_1, SeatRole.COORDINATOR);
        seat(secretariat, ids, MEMBERS.get(5)[0], WorkingTable.TABLE_1, SeatRole.DELEGATE);
        seat(secretariat, ids, MEMBERS.get(2)[0], WorkingTable.TABLE_2, SeatRole.COORDINATOR);
        seat(secretariat, ids, MEMBERS.get(3)[0], WorkingTable.TABLE_2, SeatRole.DELEGATE);
        seat(secretariat, ids, MEMBERS.get(0)[0], WorkingTable.TABLE_3, SeatRole.COORDINATOR);
        seat(secretariat, ids, MEMBERS.get(4)[0], WorkingTable.TABLE_3, SeatRole.DELEGATE);
        seat(secretariat, ids, MEMBERS.get(6)[0], WorkingTable.TABLE_4, SeatRole.COORDINATOR);
        seat(secretariat, ids, MEMBERS.get(7)[0], WorkingTable.TABLE_4, SeatRole.DELEGATE);
        for (int i : new int[] {0, 1, 2, 6}) {
            seat(secretariat, ids, MEMBERS.get(i)[0], WorkingTable.LIAISON, SeatRole.DELEGATE);
        }
        members.recordMeeting(secretariat, WorkingTable.LIAISON, LocalDate.of(2023, 6, 20),
                "[Contenido sintético de demostración] Reunión de la Mesa de Vinculación con la Red Regional: "
                        + "preparación del Conversatorio, reparto de panelistas entre las mesas y calendario.");
        members.recordMeeting(secretariat, WorkingTable.TABLE_3, LocalDate.of(2023, 5, 9),
                "[Contenido sintético de demostración] La mesa de Inclusión revisó las respuestas de la consulta "
                        + "sobre integración socioeconómica y propuso preguntas orientadoras.");
    }

    private void seat(Actor secretariat, Map<String, UUID> ids, String name, WorkingTable table, SeatRole role) {
        UUID id = ids.get(name);
        if (id != null) {
            members.seat(secretariat, id, table, role);
        }
    }

    /** Seed 003: "En 2022 se realizó una consulta en línea … se seleccionaron los siguientes dos temas". */
    private void consultation(Actor secretariat, Map<String, OrganisationSummary> byName) {
        UUID id = consultations.create(secretariat, new ConsultationInput(
                "¿Qué dos temas de la Declaración de Progreso del FEMI debe tratar el primer Conversatorio?",
                List.of(new OptionInput("vulnerabilities", "Reducción de las vulnerabilidades en la migración",
                                List.of(7, 8, 15)),
                        new OptionInput("socioeconomic-integration", "Integración socioeconómica de las personas "
                                + "migrantes", List.of(6, 16, 18, 19)),
                        new OptionInput("regular-pathways", "Vías regulares y reunificación familiar", List.of(5)),
                        new OptionInput("data", "Datos para políticas basadas en evidencia", List.of(1)),
                        new OptionInput("trafficking", "Trata y tráfico ilícito de personas", List.of(9, 10))),
                2, Instant.parse("2022-11-07T12:00:00Z"), Instant.parse("2022-12-09T23:00:00Z")), true);
        // Synthetic ballots (the seed gives the outcome, not the votes): one per member organisation.
        List<List<String>> choices = List.of(List.of("vulnerabilities", "socioeconomic-integration"),
                List.of("socioeconomic-integration", "regular-pathways"), List.of("vulnerabilities", "trafficking"),
                List.of("vulnerabilities", "socioeconomic-integration"), List.of("socioeconomic-integration", "data"),
                List.of("socioeconomic-integration", "regular-pathways"), List.of("vulnerabilities", "data"),
                List.of("vulnerabilities", "regular-pathways"), List.of("vulnerabilities", "socioeconomic-integration"));
        Instant at = Instant.parse("2022-11-10T15:00:00Z");
        for (int i = 0; i < MEMBERS.size(); i++) {
            var organisation = byName.get(MEMBERS.get(i)[0]);
            if (organisation != null) {
                consultations.importBallot(secretariat, id, organisation.id().value(), choices.get(i),
                        at.plusSeconds(86_400L * i));
            }
        }
        consultations.close(secretariat, id);
    }

    private void dialogue(Actor secretariat, Map<String, OrganisationSummary> byName) {
        // Seed 003, concept note: 08:00–10:00 and 13:00–15:00 San José time (UTC−6) on 8 August 2023.
        var created = events.create(secretariat, new EventInput(TITLE, "hybrid", false, true,
                List.of("Relatoría de la Red Regional de las Naciones Unidas sobre la Migración"),
                List.of(new SessionInput("Reducción de las vulnerabilidades en la migración", List.of(7, 8, 15),
                                Instant.parse("2023-08-08T14:00:00Z"), Instant.parse("2023-08-08T16:00:00Z"),
                                List.of(new PanelistInput("OACNUDH", "un", true),
                                        new PanelistInput("Ministerio de Inclusión Económica y Social de Ecuador",
                                                "national-government", false),
                                        new PanelistInput("Ministerio de Inmigración de Belice", "national-government",
                                                false),
                                        new PanelistInput("Superintendencia Nacional de Migraciones de Perú",
                                                "national-government", false),
                                        new PanelistInput("Facultad de Derecho y Ciencias Sociales, BUAP (México)",
                                                "civil-society", false),
                                        new PanelistInput("Fundación Migrantes y Refugiados de Cruz Andina (Chile)",
                                                "civil-society", false),
                                        new PanelistInput("Panamerican and Caribbean Union for Human Rights",
                                                "civil-society", false))),
                        new SessionInput("Integración socioeconómica de las personas migrantes", List.of(6, 16, 18, 19),
                                Instant.parse("2023-08-08T19:00:00Z"), Instant.parse("2023-08-08T21:00:00Z"),
                                List.of(new PanelistInput("CEPAL", "un", true),
                                        new PanelistInput("H. Ayuntamiento de Tapachula", "local-government", false),
                                        new PanelistInput("Ministerio de Trabajo de Colombia", "national-government",
                                                false),
                                        new PanelistInput("Municipalidad de Quilmes", "local-government", false),
                                        new PanelistInput("Asociación Educadora San Carlos (Brasil)", "civil-society",
                                                false),
                                        new PanelistInput("Comisión de Acción Social Menonita (Honduras)",
                                                "civil-society", false),
                                        new PanelistInput("Fundación Derechos Humanos", "civil-society", false))))),
                true);
        var people = SyntheticRegistrations.people();
        List<UUID> registrations = new java.util.ArrayList<>();
        for (var p : people) {
            registrations.add(events.register(created.id(), new RegistrationInput(p.name(), p.email(),
                    p.organisation(), p.country(), p.sector(), p.gender()), true).id());
        }
        attendance.record(secretariat, created.id(), created.sessions().get(0),
                SyntheticRegistrations.firstSession().stream().map(registrations::get).toList());
        attendance.record(secretariat, created.id(), created.sessions().get(1),
                SyntheticRegistrations.secondSession().stream().map(registrations::get).toList());
        var ids = reports.write(secretariat, created.id(), DemoReport.input());
        reports.publish(secretariat, created.id());
        answer(byName, "Ministerio de Inclusión Económica y Social del Ecuador (MIES)", ids.get(0), "accepted",
                "Se incorporó la recomendación al plan nacional de movilidad humana (respuesta sintética de "
                        + "demostración).", LocalDate.of(2024, 2, 15));
        answer(byName, "Superintendencia Nacional de Migraciones del Perú", ids.get(1), "in-progress",
                "Mesa técnica binacional sobre personas desaparecidas en curso (respuesta sintética de "
                        + "demostración).", LocalDate.of(2024, 4, 3));
        answer(byName, "H. Ayuntamiento de Tapachula", ids.get(2), "accepted",
                "Se abrió un punto de orientación en la oficina municipal (respuesta sintética de demostración).",
                LocalDate.of(2024, 3, 11));
        answer(byName, "Unidad Administrativa Especial Migración Colombia", ids.get(4), "in-progress",
                "Convenio con el ministerio de educación para homologar títulos (respuesta sintética de "
                        + "demostración).", LocalDate.of(2024, 5, 20));
        answer(byName, "Municipalidad de Quilmes", ids.get(5), "implemented",
                "El consejo consultivo local incluye a organizaciones de migrantes (respuesta sintética de "
                        + "demostración).", LocalDate.of(2024, 6, 28));
    }

    private void answer(Map<String, OrganisationSummary> byName, String organisation, UUID recommendation,
                        String status, String evidence, LocalDate on) {
        var o = byName.get(organisation);
        if (o != null) {
            Actor focal = new Actor(new PersonId(new UUID(0, 4)), "demo-loader", "Demo", o.id(),
                    Set.of(Role.FOCAL_POINT));
            followUp.respond(focal, recommendation, status, evidence, on, true);
        }
    }
}
