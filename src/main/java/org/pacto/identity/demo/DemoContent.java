package org.pacto.identity.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.Role;
import org.pacto.identity.account.Membership;
import org.pacto.identity.account.OrganisationRegistry;
import org.pacto.identity.account.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode: the seeds' organisations and one account per role, written with their passwords and
 * API tokens to {@code <data-dir>/demo-accounts.json}. Outside demo mode nothing here runs and
 * there is no default account.
 */
@Component
@Order(10)
class DemoContent implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

    /** Who the demo accounts are: a role, a person and the organisation (by demo key) they act for. */
    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin@pacto.demo", "Ana Administradora", Role.ADMIN, "oim"),
            new DemoAccount("secretaria@pacto.demo", "Sofía Secretaría", Role.SECRETARIAT, "oim"),
            new DemoAccount("quilmes@pacto.demo", "Julián Punto Focal", Role.FOCAL_POINT, "quilmes"),
            new DemoAccount("revisora.cepal@pacto.demo", "Inés Revisora (ONU)", Role.REVIEWER, "cepal"),
            new DemoAccount("revisor.lima@pacto.demo", "Eduardo Revisor", Role.REVIEWER, "lima"),
            new DemoAccount("revisora.buap@pacto.demo", "Rosa Revisora", Role.REVIEWER, "buap"),
            new DemoAccount("miembro.tapachula@pacto.demo", "Marta Miembro", Role.MEMBER, "tapachula"),
            // a state's focal point: drafts its state's proposals and votes for it in the financing mechanism
            new DemoAccount("ecuador@pacto.demo", "Daniela Punto Focal", Role.FOCAL_POINT, "ecuador-cancilleria"),
            // Focal points of three civil-society members of the dialogue mechanism (issue 11), each of a different
            // stakeholder group of seed 003: a migrant-led organisation, a trade union, a faith-based organisation.
            new DemoAccount("colectividades@pacto.demo", "Lucía Punto Focal (colectividades)", Role.FOCAL_POINT,
                    "colectividades-quilmes"),
            new DemoAccount("sindical@pacto.demo", "Tomás Punto Focal (sindical)", Role.FOCAL_POINT,
                    "sindical-migrante"),
            new DemoAccount("casm@pacto.demo", "Elena Punto Focal (CASM)", Role.FOCAL_POINT, "casm"),
            // a national government body beside the Quilmes focal point: voluntary reviews compare the two (issue 9)
            new DemoAccount("migraciones.ar@pacto.demo", "Laura Punto Focal Nacional", Role.FOCAL_POINT,
                    "argentina-migraciones"),
            // local services (module services): a caseworker and a supervisor of Quilmes, and a caseworker of a
            // receiving service organisation
            new DemoAccount("gestora.quilmes@pacto.demo", "Lucía Gestora de Casos", Role.CASEWORKER, "quilmes"),
            new DemoAccount("supervisor.quilmes@pacto.demo", "Diego Supervisor", Role.SUPERVISOR, "quilmes"),
            new DemoAccount("gestor.colectividades@pacto.demo", "Tomás Gestor de Casos", Role.CASEWORKER,
                    "colectividades-quilmes"));

    record DemoAccount(String email, String name, Role role, String organisation) {
    }

    record Written(String email, String password, String role, String organisation, String token) {
    }

    private final boolean demo;
    private final Path dataDirectory;
    private final OrganisationRegistry registry;
    private final Membership membership;
    private final Actors actors;
    private final JsonMapper json;

    DemoContent(@Value("${pacto.demo:false}") boolean demo, @Value("${pacto.data-dir:./data}") String dataDirectory,
                OrganisationRegistry registry, Membership membership, Actors actors, JsonMapper json) {
        this.demo = demo;
        this.dataDirectory = Path.of(dataDirectory).toAbsolutePath().normalize();
        this.registry = registry;
        this.membership = membership;
        this.actors = actors;
        this.json = json;
    }

    Path accountsFile() {
        return dataDirectory.resolve("demo-accounts.json");
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demo) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("demo-loader", null, List.of()));
        try {
            Map<String, OrganisationId> organisations = DemoOrganisations.load(json, registry, actors);
            boolean complete = Files.exists(accountsFile())
                    && ACCOUNTS.stream().allMatch(a -> membership.byEmail(a.email()).isPresent());
            if (!complete) {
                writeAccounts(organisations);
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void writeAccounts(Map<String, OrganisationId> organisations) throws java.io.IOException {
        var random = new SecureRandom();
        List<Written> written = new ArrayList<>();
        for (DemoAccount account : ACCOUNTS) {
            OrganisationId organisation = organisations.get(account.organisation());
            if (organisation == null) {
                throw new IllegalStateException("demo organisation missing: " + account.organisation());
            }
            String password = "demo-" + Long.toString(Math.abs(random.nextLong()), 36);
            var existing = membership.byEmail(account.email());
            var person = existing.isPresent() ? existing.get().id()
                    : membership.createPerson(organisation, account.email(), account.name(), Set.of(account.role()),
                            null);
            membership.setDemoPassword(person, password);
            String token = Secrets.newSecret("pacto_demo_");
            membership.registerToken(person, "demo", token);
            String organisationName = actors.organisation(organisation).map(o -> o.name()).orElse("");
            written.add(new Written(account.email(), password, account.role().code(), organisationName, token));
        }
        Files.createDirectories(dataDirectory);
        Files.writeString(accountsFile(), json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(written));
        Files.setPosixFilePermissions(accountsFile(), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        log.info("Demo accounts written to {}", accountsFile());
    }
}
