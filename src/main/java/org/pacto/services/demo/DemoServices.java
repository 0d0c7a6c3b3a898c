package org.pacto.services.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.services.domain.CaseFiles;
import org.pacto.services.domain.CaseInput;
import org.pacto.services.domain.ReferralInput;
import org.pacto.services.domain.Referrals;
import org.pacto.services.domain.ServicePointInput;
import org.pacto.services.domain.ServicePoints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode: the service points the seeds name, at their real places (addresses, hours and positions are
 * illustrative and say so), one invented point marked synthetic, and synthetic cases of Quilmes referred to the
 * Consejo de Colectividades — one with the person's consent, one with a supervisor's override for an
 * unaccompanied child. Idempotent: each point is written once, the cases only when Quilmes has none.
 */
@Component
@Order(30)
class DemoServices implements ApplicationRunner {

    /** The demo organisations by name (demo/organisations.json), as identity registered them. */
    private static final Map<String, String> ORGANISATIONS = Map.of(
            "quilmes", "Municipalidad de Quilmes",
            "colectividades-quilmes", "Consejo de Colectividades de Quilmes",
            "tapachula", "H. Ayuntamiento de Tapachula",
            "valparaiso", "Municipalidad de Valparaíso",
            "lima", "Municipalidad de Lima",
            "conmigrantes", "Consejo Nacional para la Protección y Desarrollo de la Persona Migrante y su Familia "
                    + "(CONMIGRANTES)");

    record Entry(String operator, boolean synthetic, String source, ServicePointInput point) {
    }

    private final boolean demo;
    private final ServicePoints points;
    private final CaseFiles cases;
    private final Referrals referrals;
    private final Actors actors;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    DemoServices(@Value("${pacto.demo:false}") boolean demo, ServicePoints points, CaseFiles cases,
                 Referrals referrals, Actors actors, JdbcClient jdbc, JsonMapper json) {
        this.demo = demo;
        this.points = points;
        this.cases = cases;
        this.referrals = referrals;
        this.actors = actors;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("demo-loader", null, List.of()));
        try {
            Map<String, OrganisationSummary> organisations = organisations();
            loadPoints(organisations);
            loadCases(organisations);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private Map<String, OrganisationSummary> organisations() {
        Map<String, OrganisationSummary> byName = new HashMap<>();
        actors.organisations().forEach(o -> byName.put(o.name().toLowerCase(Locale.ROOT), o));
        Map<String, OrganisationSummary> byKey = new HashMap<>();
        ORGANISATIONS.forEach((key, name) -> {
            var organisation = byName.get(name.toLowerCase(Locale.ROOT));
            if (organisation != null) {
                byKey.put(key, organisation);
            }
        });
        return byKey;
    }

    private void loadPoints(Map<String, OrganisationSummary> organisations) throws IOException {
        List<Entry> entries;
        try (InputStream in = new ClassPathResource("demo/service-points.json").getInputStream()) {
            entries = json.readValue(in, new TypeReference<List<Entry>>() { });
        }
        for (Entry e : entries) {
            var operator = organisations.get(e.operator());
            if (operator != null) {
                points.createForDemo(e.point(), operator.id().value(), operator.name(), e.synthetic(), e.source());
            }
        }
    }

    /** Synthetic cases (invented people, labelled so) and their referrals, written by the demo caseworkers. */
    private void loadCases(Map<String, OrganisationSummary> organisations) {
        var quilmes = organisations.get("quilmes");
        var receiver = organisations.get("colectividades-quilmes");
        var caseworker = actors.byEmail("gestora.quilmes@pacto.demo");
        var supervisor = actors.byEmail("supervisor.quilmes@pacto.demo");
        if (quilmes == null || receiver == null || caseworker.isEmpty() || supervisor.isEmpty()) {
            return;
        }
        boolean present = jdbc.sql("select exists (select 1 from services.case_file where organisation_id = :o)")
                .param("o", quilmes.id().value()).query(Boolean.class).single();
        if (present) {
            return;
        }
        UUID adult = cases.open(quilmes.id().value(), new CaseInput("Persona Sintética Uno (demo)",
                "+54 11 0000-0001 (sintético)", "female", "25-59", List.of("es", "qu"),
                List.of("pregnant-woman", "documentation")), true).id();
        UUID child = cases.open(quilmes.id().value(), new CaseInput("Niño Sintético Dos (demo)", null, "male",
                "12-17", List.of("es"), List.of("unaccompanied-child", "shelter")), true).id();
        cases.open(quilmes.id().value(), new CaseInput("Persona Sintética Tres (demo)", null, "not-stated", "60+",
                List.of("es", "gn"), List.of("older-person", "health-need")), true);
        Actor worker = caseworker.get();
        String to = receiver.id().toString();
        referrals.refer(worker, adult, new ReferralInput(to, "Acompañamiento y clases de idioma (caso sintético)",
                "routine", true, null));
        referrals.refer(supervisor.get(), child, new ReferralInput(to, "Alojamiento y acompañamiento (caso sintético)",
                "emergency", false, new ReferralInput.Override("Niño no acompañado en riesgo: no hay quien "
                        + "consienta por él (caso sintético)")));
    }
}
