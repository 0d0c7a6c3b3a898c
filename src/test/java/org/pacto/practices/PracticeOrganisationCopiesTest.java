package org.pacto.practices;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationUpdated;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16, events between modules: a renamed organisation's practices show and are found by the new name. */
@PactoTest
class PracticeOrganisationCopiesTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    Api secretariat() {
        return Api.at(port).withToken(DemoAccounts.withRole("secretariat").token());
    }

    /** Renames through the API; publishes the event as identity does once it announces the change itself. */
    void rename(String organisation, String name) {
        JsonNode current = Api.at(port).get("/api/v1/organisations/" + organisation).json();
        Map<String, Object> body = new HashMap<>();
        for (String field : new String[] {"kind", "country", "level", "locality", "website", "internal"}) {
            JsonNode value = current.get(field);
            if (value != null && !value.isNull()) {
                body.put(field, field.equals("internal") ? value.asBoolean() : value.asString());
            }
        }
        body.put("name", name);
        var renamed = secretariat().put("/api/v1/organisations/" + organisation, body);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        transaction.executeWithoutResult(status -> events.publishEvent(new OrganisationUpdated(
                OrganisationId.of(organisation), name, current.get("kind").asString(), null)));
    }

    JsonNode hit(String query, String id) {
        for (JsonNode item : Api.at(port).get("/api/v1/practices?q=" + query).json().get("items")) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void aRenamedOrganisationIsShownAndFoundByItsNewName() throws InterruptedException {
        String id = PracticeFixtures.at(port).published(PracticeFixtures.practice("Mesas de empleo para recién llegados"));
        String quilmes = jdbc.sql("select organisation_id::text from practices.practice where id = ?::uuid").param(id)
                .query(String.class).single();
        String before = Api.at(port).get("/api/v1/organisations/" + quilmes).json().get("name").asString();
        try {
            rename(quilmes, before + " Zaragoza-Bernal");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            JsonNode found = hit("Zaragoza-Bernal%20empleo", id);
            while (found == null || !found.get("organisation").asString().equals(before + " Zaragoza-Bernal")) {
                assertThat(Instant.now()).as("the search shows the new name within 30 s").isBefore(deadline);
                Thread.sleep(200);
                found = hit("Zaragoza-Bernal%20empleo", id);
            }
            assertThat(Api.at(port).get("/api/v1/practices/" + id).json().toString()).contains("Zaragoza-Bernal");
        } finally {
            rename(quilmes, before);
        }
    }
}
