package org.pacto.pledges;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationUpdated;
import org.pacto.platform.Outbox;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Pledges keep their organisation's name current when identity says it changed (issue 16: copies went stale). */
@PactoTest
class OrganisationCopiesTest {

    static final String DEFENSORIA = "Defensoría de la Niñez de Chile";

    @LocalServerPort
    int port;
    @Autowired
    Outbox outbox;
    @Autowired
    Actors actors;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aRenamedOrganisationShowsItsNewNameOnItsPledgesAndInTheList() {
        var fixture = new PledgeFixture(port, outbox, actors);
        var secretariat = fixture.as("secretariat");
        String organisation = fixture.organisationId(DEFENSORIA);
        String pledge = pledgeOf(fixture.anonymous(), DEFENSORIA);
        String title = fixture.anonymous().get("/api/v1/pledges/" + pledge).json().get("title").asString();
        JsonNode before = secretariat.get("/api/v1/organisations/" + organisation).json();
        String renamed = DEFENSORIA + " (Subsecretaría)";
        try {
            rename(secretariat, organisation, before, renamed);
            assertThat(eventually(() -> fixture.anonymous().get("/api/v1/pledges/" + pledge).json()
                    .get("organisation").asString(), renamed)).isEqualTo(renamed);
            String search = "/api/v1/pledges?q=" + java.net.URLEncoder.encode(title.substring(0, 30),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(fixture.anonymous().get(search).json().get("items").get(0).get("organisation").asString())
                    .as("the cached list is emptied too").isEqualTo(renamed);
        } finally {
            rename(secretariat, organisation, before, DEFENSORIA);
            eventually(() -> fixture.anonymous().get("/api/v1/pledges/" + pledge).json().get("organisation")
                    .asString(), DEFENSORIA);
        }
    }

    /**
     * Renames through the identity API as the secretariat; until identity publishes {@link OrganisationUpdated}
     * itself, the test publishes it in a transaction as identity will (a second copy of the event is harmless).
     */
    private void rename(Api secretariat, String organisation, JsonNode before, String name) {
        var body = new LinkedHashMap<String, Object>();
        for (String field : new String[] {"kind", "country", "level", "locality", "website", "internal"}) {
            JsonNode value = before.get(field);
            body.put(field, value == null || value.isNull() ? null
                    : value.isBoolean() ? value.asBoolean() : value.asString());
        }
        body.put("name", name);
        var answer = secretariat.put("/api/v1/organisations/" + organisation, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        transaction.executeWithoutResult(status -> events.publishEvent(new OrganisationUpdated(
                OrganisationId.of(organisation), name, before.get("kind").asString(),
                before.get("country").isNull() ? null : before.get("country").asString())));
    }

    private static String pledgeOf(Api api, String organisation) {
        for (JsonNode item : api.get("/api/v1/pledges?size=100").json().get("items")) {
            if (item.get("organisation").asString().equals(organisation)) {
                return item.get("id").asString();
            }
        }
        throw new IllegalStateException("no public pledge of " + organisation);
    }

    /** The listener runs after the commit, asynchronously: wait for it (up to ten seconds). */
    private static String eventually(Supplier<String> read, String wanted) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String value = read.get();
        while (!value.equals(wanted) && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            value = read.get();
        }
        return value;
    }
}
