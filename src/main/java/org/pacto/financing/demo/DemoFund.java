package org.pacto.financing.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pacto.financing.domain.FinancingInput.AppraisalInput;
import org.pacto.financing.domain.FinancingInput.CallInput;
import org.pacto.financing.domain.FinancingInput.ContributionInput;
import org.pacto.financing.domain.FinancingInput.DisbursementInput;
import org.pacto.financing.domain.FinancingInput.FundInput;
import org.pacto.financing.domain.FinancingInput.GrantInput;
import org.pacto.financing.domain.FinancingInput.LineInput;
import org.pacto.financing.domain.FinancingInput.MeetingInput;
import org.pacto.financing.domain.FinancingInput.MemberInput;
import org.pacto.financing.domain.FinancingInput.ProposalInput;
import org.pacto.financing.domain.FinancingInput.ReportInput;
import org.pacto.financing.domain.FinancingInput.RestructuringInput;
import org.pacto.financing.domain.FinancingInput.ResultInput;
import org.pacto.financing.domain.FinancingInput.VoteInput;
import org.pacto.financing.domain.FinancingViews;
import org.pacto.financing.domain.Funds;
import org.pacto.financing.domain.Grants;
import org.pacto.financing.domain.Meetings;
import org.pacto.financing.domain.Proposals;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: a fictional regional fund, labelled as a demonstration everywhere it shows, with real states as
 * members in both tiers, contributions (some in arrears), one call in the GFMD areas, proposals on the seeds' themes
 * (skills recognition, returnees' reintegration, migration data and observatories, remittance costs), a meeting
 * with its votes, and two grants with disbursements and a restructuring. Every figure is invented. Dates are set
 * relative to the day of loading so that the call is open and the meeting recent. Idempotent by the fund's name.
 */
@Component
@Order(40)
class DemoFund implements ApplicationRunner {

    static final String NAME = "Fondo regional de demostración para la integración y la movilidad";
    private static final Logger log = LoggerFactory.getLogger(DemoFund.class);

    private final boolean demo;
    private final Funds funds;
    private final Proposals proposals;
    private final Meetings meetings;
    private final Grants grants;
    private final FinancingViews views;
    private final Actors actors;
    private final Clock clock;

    DemoFund(@Value("${pacto.demo:false}") boolean demo, Funds funds, Proposals proposals, Meetings meetings,
             Grants grants, FinancingViews views, Actors actors, ObjectProvider<Clock> clock) {
        this.demo = demo;
        this.funds = funds;
        this.proposals = proposals;
        this.meetings = meetings;
        this.grants = grants;
        this.views = views;
        this.actors = actors;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || views.funds().stream().anyMatch(f -> f.name().equals(NAME))) {
            return;
        }
        var states = new HashMap<String, OrganisationSummary>();
        actors.organisations().stream().filter(o -> o.kind().equals("state") && o.country() != null)
                .forEach(o -> states.putIfAbsent(o.country(), o));
        if (!states.keySet().containsAll(Set.of("ES", "BE", "EC", "CO", "PE", "SV", "BR", "ET"))) {
            log.warn("Demo fund skipped: the demo states are missing");
            return;
        }
        Actor staff = new Actor(new PersonId(new UUID(0, 40)), "demo@pacto.demo", "Demo",
                states.get("ES").id(), Set.of(Role.SECRETARIAT));
        LocalDate today = LocalDate.now(clock);
        UUID fund = funds.create(staff, new FundInput(NAME, "USD", null, null, null,
                new BigDecimal("500000"), new BigDecimal("100000")), true);
        var member = new HashMap<String, UUID>();
        Map<String, String> tiers = Map.of("ES", "part-1", "BE", "part-1", "EC", "part-2", "CO", "part-2",
                "PE", "part-2", "SV", "part-2", "BR", "part-2", "ET", "part-2");
        tiers.forEach((country, tier) -> member.put(country, funds.admit(staff, fund,
                new MemberInput(states.get(country).id().toString(), tier, today.minusYears(2), null))));
        // contributions: everyone paid last year except El Salvador (half) and Ethiopia (nothing yet)
        String last = String.valueOf(today.getYear() - 1);
        tiers.forEach((country, tier) -> {
            BigDecimal due = tier.equals("part-1") ? new BigDecimal("500000") : new BigDecimal("100000");
            BigDecimal paid = switch (country) {
                case "SV" -> new BigDecimal("50000");
                case "ET" -> BigDecimal.ZERO;
                default -> due;
            };
            funds.contribute(staff, fund, new ContributionInput(member.get(country).toString(), last, paid,
                    paid.signum() > 0 ? today.minusMonths(10) : null));
        });
        UUID call = funds.openCall(staff, fund, new CallInput("Convocatoria de demostración: movilidad, retorno y datos",
                List.of("skills-development", "labour-migration-governance", "new-technologies", "partnerships"),
                new BigDecimal("450000"), "Asistencia técnica, aprendizaje entre pares, datos y evaluación, y "
                + "programas conjuntos entre países de origen, tránsito y destino.", today.minusMonths(8),
                today.plusMonths(2)));
        UUID skills = propose(staff, fund, call, member.get("EC"), List.of(member.get("CO"), member.get("PE")),
                "Reconocimiento de competencias de trabajadores migrantes en los países andinos",
                "Procedimientos comparables y una ventanilla común para certificar competencias laborales.",
                "skills-development", List.of(18, 5), new String[][] {{"Asistencia técnica", "180000"},
                        {"Aprendizaje entre pares", "90000"}, {"Evaluación", "30000"}},
                "Personas certificadas", "0", "1500");
        UUID returnees = propose(staff, fund, call, member.get("SV"), List.of(member.get("ES")),
                "Reintegración de personas retornadas con formación y empleo",
                "Formación y acompañamiento de personas retornadas en ventanillas municipales.",
                "labour-migration-governance", List.of(21), new String[][] {{"Formación", "150000"},
                        {"Ventanillas municipales", "100000"}}, "Personas retornadas con empleo a 12 meses", "0", "600");
        UUID data = propose(staff, fund, call, member.get("PE"), List.of(member.get("BR")),
                "Observatorios municipales de migración en zonas de frontera",
                "Datos desagregados por situación migratoria publicados por observatorios locales.",
                "partnerships", List.of(1), new String[][] {{"Sistemas de datos", "120000"}, {"Capacitación", "60000"}},
                "Observatorios que publican indicadores", "1", "6");
        UUID remittances = propose(staff, fund, call, member.get("CO"), List.of(member.get("ES")),
                "Remesas más baratas con pagos digitales",
                "Comparador de costos y acuerdos con proveedores para bajar el costo de enviar remesas.",
                "new-technologies", List.of(20), new String[][] {{"Plataforma", "200000"}, {"Difusión", "50000"}},
                "Costo medio de enviar 200 USD (%)", "6.2", "3");
        for (UUID p : List.of(skills, returnees, data, remittances)) {
            proposals.submit(staff, p);
            proposals.appraise(staff, p, new AppraisalInput(p.equals(remittances) ? 55 : 82,
                    p.equals(remittances) ? "Presupuesto sin desglose suficiente para la difusión."
                            : "Cumple los criterios publicados; resultados medibles."));
        }
        UUID meeting = meetings.convene(staff, fund, new MeetingInput(today.minusDays(20),
                List.of(skills.toString(), returnees.toString(), data.toString(), remittances.toString())));
        // one member, one vote: every member present except Ethiopia
        for (String country : List.of("ES", "BE", "EC", "CO", "PE", "SV", "BR")) {
            for (UUID p : List.of(skills, returnees, data)) {
                String ballot = country.equals("BR") && p.equals(returnees) ? "abstain" : "yes";
                meetings.vote(staff, meeting, new VoteInput(member.get(country).toString(), p.toString(), ballot));
            }
            String onRemittances = Set.of("CO", "ES", "SV").contains(country) ? "yes" : "no";
            meetings.vote(staff, meeting, new VoteInput(member.get(country).toString(), remittances.toString(),
                    country.equals("PE") ? "abstain" : onRemittances));
        }
        meetings.close(staff, meeting);
        UUID first = grants.commit(staff, new GrantInput(skills.toString(), new BigDecimal("300000")));
        grants.disburse(staff, first, new DisbursementInput(new BigDecimal("120000"), today.minusDays(15)));
        grants.report(staff, first, new ReportInput(String.valueOf(today.getYear()),
                "Primer trimestre: protocolo común acordado y 240 personas certificadas.",
                List.of(new BigDecimal("240"))));
        grants.disburse(staff, first, new DisbursementInput(new BigDecimal("90000"), today.minusDays(2)));
        grants.restructure(staff, first, new RestructuringInput("Más pares visitan las ventanillas de certificación.",
                0, 1, new BigDecimal("20000"), "BO"));
        UUID second = grants.commit(staff, new GrantInput(data.toString(), new BigDecimal("180000")));
        grants.disburse(staff, second, new DisbursementInput(new BigDecimal("60000"), today.minusDays(10)));
        log.info("Demo fund loaded (demonstration: invented figures)");
    }

    private UUID propose(Actor staff, UUID fund, UUID call, UUID lead, List<UUID> partners, String title,
                         String summary, String window, List<Integer> objectives, String[][] lines, String indicator,
                         String baseline, String target) {
        return proposals.create(staff, fund, new ProposalInput(lead.toString(),
                partners.stream().map(UUID::toString).toList(), call.toString(), title, summary, window, objectives,
                "", java.util.Arrays.stream(lines).map(l -> new LineInput(l[0], new BigDecimal(l[1]))).toList(),
                List.of(new ResultInput(title, indicator, new BigDecimal(baseline), new BigDecimal(target))), 2, 2));
    }
}
