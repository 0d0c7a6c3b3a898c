package org.pacto.portability.web;

import org.junit.jupiter.api.Test;
import org.pacto.platform.AuditTrail;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in person saves a calculation; only they can list and read it, and reads are audited. */
@PactoTest
class SavedCalculationsApiTest {

    private static final String PATH = "/api/v1/portability/calculations/saved";

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail audit;

    @Test
    void savedOnlyWhenThePersonAsksAndReadOnlyByThem() {
        var members = DemoAccounts.all();
        var owner = Api.at(port).withToken(members.get(0).token());
        var other = Api.at(port).withToken(members.get(1).token());
        String body = "{\"name\": \"Mi carrera\", \"calculation\": " + PortabilityApiTest.CAREER + "}";

        assertThat(Api.at(port).post(PATH, body).status()).isEqualTo(401);
        var created = owner.post(PATH, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("result").get("results").size()).isEqualTo(2);

        assertThat(owner.get(PATH).json().valueStream().map(s -> s.get("id").asString()).toList()).contains(id);
        assertThat(other.get(PATH).json().valueStream().map(s -> s.get("id").asString()).toList())
                .doesNotContain(id);
        var read = owner.get(PATH + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("calculation").get("periods").size()).isEqualTo(2);
        assertThat(other.get(PATH + "/" + id).status()).isEqualTo(404);
        assertThat(Api.at(port).get(PATH).status()).isEqualTo(401);
        assertThat(audit.history("portability.saved-calculation", id)).extracting(AuditTrail.Entry::action)
                .contains("saved");
    }

    @Test
    void onlyTheOwnerDeletesWithAReasonOrTheDefaultOneAndItIsAudited() {
        var members = DemoAccounts.all();
        var owner = Api.at(port).withToken(members.get(0).token());
        var other = Api.at(port).withToken(members.get(1).token());
        String body = "{\"name\": \"Para borrar\", \"calculation\": " + PortabilityApiTest.CAREER + "}";
        String first = owner.post(PATH, body).json().get("id").asString();
        String second = owner.post(PATH, body).json().get("id").asString();

        assertThat(Api.at(port).delete(PATH + "/" + first, null).status()).isEqualTo(401);
        assertThat(other.delete(PATH + "/" + first, null).status()).isEqualTo(404);
        assertThat(owner.get(PATH + "/" + first).status()).isEqualTo(200);

        assertThat(owner.delete(PATH + "/" + first, java.util.Map.of("reason", "ya no lo necesito")).status()).isEqualTo(204);
        assertThat(owner.delete(PATH + "/" + second, java.util.Map.of()).status()).isEqualTo(204);
        assertThat(owner.get(PATH + "/" + first).status()).isEqualTo(404);
        assertThat(owner.delete(PATH + "/" + first, null).status()).isEqualTo(404);
        assertThat(owner.get(PATH).json().valueStream().map(s -> s.get("id").asString()).toList())
                .doesNotContain(first, second);
        assertThat(audit.history("portability.saved-calculation", first)).filteredOn(e -> e.action().equals("deleted"))
                .singleElement().satisfies(e -> assertThat(e.toString()).contains("ya no lo necesito"));
        assertThat(audit.history("portability.saved-calculation", second)).filteredOn(e -> e.action().equals("deleted"))
                .singleElement().satisfies(e -> assertThat(e.toString()).contains("deleted by owner"));
    }

    @Test
    void anInvalidCalculationIsNotSaved() {
        var owner = Api.at(port).withToken(DemoAccounts.all().get(0).token());
        String body = "{\"name\": \"x\", \"calculation\": " + PortabilityApiTest.CAREER.replace("1991-12-31", "1970-01-01") + "}";
        var response = owner.post(PATH, body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("periods[0].to");
        assertThat(owner.post(PATH, "{\"name\": \"x\", \"extra\": 1}").json().get("errors").get(0).get("code")
                .asString()).isEqualTo("unknown-field");
    }
}
