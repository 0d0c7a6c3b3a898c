package org.pacto.pledges;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.platform.Outbox;
import org.pacto.pledges.domain.PledgeDetails;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;

/**
 * The pledges module's test fixture: a valid pledge body, the demo accounts, people of a given role in a given
 * organisation (created through the invitation API when the demo has none), and pledges brought to a status through
 * the API. Tests use it instead of each other.
 */
public final class PledgeFixture {

    static final String DESCRIPTION = "La municipalidad se compromete a abrir una ventanilla única de orientación "
            + "para personas migrantes en tres barrios, con atención en español, portugués y creole, y a publicar "
            + "cada trimestre cuántas consultas atendió, de qué tipo y con qué resultado, para que la ciudadanía "
            + "pueda seguir el avance del compromiso y proponer mejoras al servicio municipal de migraciones.";
    static final String QUILMES = "Municipalidad de Quilmes";
    static final String TAPACHULA = "H. Ayuntamiento de Tapachula";
    static final String LIMA = "Municipalidad de Lima";

    /** The mailed link keeps its secret after {@code #} (never sent to the server in a URL); the form posts it. */
    private static final Pattern JOIN = Pattern.compile("http://\\S+/join#(\\S+)");
    private static final Pattern TOKEN = Pattern.compile("id=\"new-token\">(pacto_[^<]+)<");
    /** People created for a role in an organisation, reused by every test of the shared application context. */
    private static final Map<String, String> PEOPLE = new ConcurrentHashMap<>();

    private final int port;
    private final Outbox outbox;
    private final Actors actors;

    PledgeFixture(int port, Outbox outbox, Actors actors) {
        this.port = port;
        this.outbox = outbox;
        this.actors = actors;
    }

    Api anonymous() {
        return Api.at(port);
    }

    /** A demo account by role ({@code focal-point} is Quilmes', {@code member} Tapachula's). */
    Api as(String role) {
        return Api.at(port).withToken(DemoAccounts.withRole(role).token());
    }

    String organisationId(String name) {
        return actors.organisations().stream().filter(o -> o.name().equals(name)).findFirst()
                .map(OrganisationSummary::id).orElseThrow().toString();
    }

    /**
     * A person with the role in the organisation: invited by the secretariat, joined through the mailed link, signed
     * in, with an API token made on the profile page.
     */
    synchronized Api person(String organisation, String role) {
        String token = PEOPLE.computeIfAbsent(port + " " + organisation + " " + role, key -> {
            String email = role + "." + System.nanoTime() + "@pledges.example";
            var invited = as("secretariat").post("/api/v1/invitations", Map.of("email", email, "role", role,
                    "organisation", organisationId(organisation)));
            if (invited.status() != 202) {
                throw new IllegalStateException("invitation refused: " + invited.status() + " " + invited.body());
            }
            Matcher link = JOIN.matcher(outbox.to(email).getFirst().body());
            if (!link.find()) {
                throw new IllegalStateException("no join link mailed");
            }
            String password = "una-clave-larga-" + System.nanoTime();
            var visitor = Api.at(port);
            visitor.submitForm("/join", "/join", Map.of("secret", link.group(1), "name", "Persona de prueba",
                    "password", password));
            var session = Api.at(port);
            session.submitForm("/login", "/login", Map.of("username", email, "password", password));
            var created = session.submitForm("/profile", "/profile/tokens", Map.of("name", "pruebas"));
            Matcher secret = TOKEN.matcher(created.body());
            if (!secret.find()) {
                throw new IllegalStateException("no token made for " + role);
            }
            return secret.group(1);
        });
        return Api.at(port).withToken(token);
    }

    /** A valid pledge body (Spanish, two targets, a contact), with a unique title. */
    static Map<String, Object> pledge() {
        var body = new HashMap<String, Object>();
        body.put("language", "es");
        body.put("title", "Ventanilla única de orientación " + System.nanoTime());
        body.put("description", DESCRIPTION);
        body.put("need", "Las personas migrantes no sabían a qué oficina acudir para cada trámite.");
        body.put("type", "individual");
        body.put("nature", List.of("process", "technical"));
        body.put("objectives", List.of(3, 15));
        body.put("principles", List.of("people-centred"));
        body.put("countries", List.of("AR"));
        body.put("startDate", "2026-01-01");
        body.put("deadline", "2027-12-31");
        body.put("targets", List.of(
                Map.of("name", "Consultas atendidas", "unit", "consultas", "baseline", 0, "target", 1000, "weight", 3),
                Map.of("name", "Barrios con ventanilla", "unit", "barrios", "baseline", 1, "target", 3)));
        body.put("contacts", List.of(Map.of("name", "Julia Contacto", "email", "julia.contacto@quilmes.example")));
        return body;
    }

    /** A draft of Quilmes, made by its focal point; returns its id. */
    String draft(Map<String, Object> body) {
        var created = as("focal-point").post("/api/v1/pledges", body);
        if (created.status() != 201) {
            throw new IllegalStateException("draft refused: " + created.body());
        }
        return created.json().get("id").asString();
    }

    String draft() {
        return draft(pledge());
    }

    String submitted() {
        String id = draft();
        expect(as("focal-point").post("/api/v1/pledges/" + id + "/submit", Map.of()), 200);
        return id;
    }

    String published(Map<String, Object> body) {
        String id = draft(body);
        expect(as("focal-point").post("/api/v1/pledges/" + id + "/submit", Map.of()), 200);
        expect(as("secretariat").post("/api/v1/pledges/" + id + "/decision", Map.of("decision", "publish")), 200);
        return id;
    }

    String published() {
        return published(pledge());
    }

    /** The id of the pledge's first target. */
    String firstTarget(String pledge) {
        return as("secretariat").get("/api/v1/pledges/" + pledge).json().get("targets").get(0).get("id").asString();
    }

    static Map<String, Object> report(String target, int value) {
        return Map.of("date", "2026-06-30", "narrative", "Avance del semestre en los barrios.",
                "values", List.of(Map.of("target", target, "value", value)));
    }

    /** Validated pledge details for domain tests (no Spring): Spanish, one English title, need and targets given. */
    public static PledgeDetails details(List<PledgeDetails.TargetDetails> targets) {
        return new PledgeDetails("es", "Ventanilla única", "Descripción", "Nadie sabía a qué oficina acudir.",
                "individual", null, false, false, List.of("process"), List.of(), List.of("people-centred"), List.of(),
                List.of("AR"), null, false, List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), false,
                targets, List.of(), Map.of("en", new PledgeDetails.TranslationDetails("One-stop desk", null,
                        "Nobody knew which office to go to.")));
    }

    /** One target from 0 to 100, moving the SDG indicator 10.7.2. */
    public static PledgeDetails.TargetDetails target() {
        return new PledgeDetails.TargetDetails("Consultas", "consultas", BigDecimal.ZERO, BigDecimal.valueOf(100),
                null, null, "sdg:10.7.2");
    }

    private static void expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.status() + ": "
                    + response.body());
        }
    }
}
