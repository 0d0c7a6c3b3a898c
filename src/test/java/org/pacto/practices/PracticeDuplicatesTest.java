package org.pacto.practices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, item 3: the duplicate check shows published practices, and unpublished ones only to their own
 * organisation. Two organisations: Quilmes (focal point) and Tapachula (member).
 */
@PactoTest
class PracticeDuplicatesTest {

    @LocalServerPort
    int port;

    Api quilmes() {
        return Api.at(port).withToken(DemoAccounts.withRole("focal-point").token());
    }

    Api tapachula() {
        return Api.at(port).withToken(DemoAccounts.byEmail("miembro.tapachula@pacto.demo").token());
    }

    String draft(Api as, String title) {
        var created = as.post("/api/v1/practices", PracticeFixtures.practice(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    List<String> duplicates(Api as, String id) {
        var check = as.get("/api/v1/practices/" + id + "/check");
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        check.json().get("possibleDuplicates").forEach(d -> ids.add(d.get("id").asString()));
        return ids;
    }

    @Test
    void anotherOrganisationsUnpublishedPracticesAreNotShownButPublishedOnesAndOwnAre() {
        String pending = draft(quilmes(), "Ventanilla nocturna de acogida para trabajadoras temporeras");
        assertThat(quilmes().post("/api/v1/practices/" + pending + "/submit", Map.of()).status()).isEqualTo(200);
        String published = PracticeFixtures.at(port).published(
                PracticeFixtures.practice("Ventanilla nocturna de acogida para trabajadores temporeros"));

        String theirs = draft(tapachula(), "Ventanilla nocturna de acogida para temporeras");
        assertThat(duplicates(tapachula(), theirs)).contains(published).doesNotContain(pending);

        String ours = draft(quilmes(), "Ventanilla nocturna de acogida de temporeras");
        assertThat(duplicates(quilmes(), ours)).contains(published, pending);
    }
}
