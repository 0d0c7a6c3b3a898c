package org.pacto.practices;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.support.DemoAccounts;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faithful to seed 004 (IOM handbook, "Aplicación del PMM: buenas prácticas"): the eight review
 * criteria in its own words, its definition of a good practice and checklist on the submission and
 * review pages, "promising practice" explained as Pacto's own; SDG targets from the taxonomy's list.
 */
@PactoTest
class PracticeSeedTextsTest {

    /** Seed 004 lists them as: aplicabilidad; relevancia; coherencia; innovación; capacidad de réplica;
     *  evaluación y monitoreo; transversalidad de la agenda migratoria; y calendarización. */
    static final List<String> SEED_CRITERIA = List.of("Aplicabilidad", "Relevancia", "Coherencia", "Innovación",
            "Capacidad de réplica", "Evaluación y monitoreo", "Transversalidad de la agenda migratoria",
            "Calendarización");

    @LocalServerPort
    int port;

    PracticeFixtures fixtures() {
        return PracticeFixtures.at(port);
    }

    @Test
    void theSubmissionPagesShowTheDefinitionTheChecklistAndTheEightCriteriaInTheSeedsWords() {
        var focal = fixtures().signedIn(DemoAccounts.withRole("focal-point").email());
        var form = focal.get("/practices/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("good-practice-guide").contains("eficacia quedó demostrada")
                .contains("Lista de verificación").contains("Fuente: OIM").contains("categoría propia de Pacto");
        SEED_CRITERIA.forEach(c -> assertThat(form.body()).contains(c));
        assertThat(form.body()).doesNotContain("Pertinencia").doesNotContain("Replicabilidad")
                .doesNotContain("Transversalización");

        String id = fixtures().draft(PracticeFixtures.practice("Oficina de orientación migrante en Tigre"));
        var submit = focal.get("/practices/" + id + "/submit");
        assertThat(submit.status()).isEqualTo(200);
        assertThat(submit.body()).contains("good-practice-guide").contains("Capacidad de réplica");

        var english = focal.get("/practices/new?lang=en");
        assertThat(english.body()).contains("What a good practice is").contains("Capacity for replication")
                .contains("a category of Pacto").contains("Source: IOM");
        assertThat(focal.get("/practices/new?lang=fr").body()).contains("Qu’est-ce qu’une bonne pratique");
        assertThat(focal.get("/practices/new?lang=pt").body()).contains("O que é uma boa prática");
    }

    @Test
    void theScreeningPageLabelsTheCriteriaInTheSeedsWords() {
        String id = fixtures().inReview(PracticeFixtures.practice("Censo participativo migrante en Escobar"));
        fixtures().reviewBy(PracticeFixtures.CEPAL, id, 4, "publish");
        var staff = fixtures().signedIn(DemoAccounts.withRole("secretariat").email());
        var page = staff.get("/practices/" + id + "/screening");
        assertThat(page.status()).isEqualTo(200);
        SEED_CRITERIA.forEach(c -> assertThat(page.body()).contains(c));
    }

    @Test
    void aPromisingPracticeSaysTheCategoryIsPactosOwn() {
        String id = fixtures().inReview(PracticeFixtures.practice("Huerta comunitaria intercultural en Pilar"));
        for (String reviewer : PracticeFixtures.PANEL) {
            fixtures().reviewBy(reviewer, id, 3, "publish-as-promising");
        }
        var decided = fixtures().secretariat().post("/api/v1/practices/" + id + "/decision",
                java.util.Map.of("decision", "publish-as-promising", "reason", "Valiosa, aún sin evaluación."));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        var page = org.pacto.support.Api.at(port).get("/practices/" + id);
        assertThat(page.body()).contains("promising-note").contains("categoría propia de Pacto");
    }

    @Test
    void sdgTargetsMustBeInTheTaxonomysReferenceList() {
        var body = PracticeFixtures.practice("Metas ODS inventadas");
        // well-formed codes, but SDG 10 has targets 10.1–10.7 and 10.a–10.c only, and 99 is no goal
        body.put("sdgTargets", List.of("10.7", "10.9", "99.1"));
        var refused = fixtures().focal().post("/api/v1/practices", body);
        assertThat(refused.status()).isEqualTo(400);
        var errors = refused.json().get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("field").asString()).isEqualTo("sdgTargets[1]");
        assertThat(errors.get(0).get("code").asString()).isEqualTo("unknown-sdg-target");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("sdgTargets[2]");

        // a goal or an indicator of the list is not a target either
        body.put("sdgTargets", List.of("10", "10.7.2"));
        assertThat(fixtures().focal().post("/api/v1/practices", body).status()).isEqualTo(400);

        body.put("sdgTargets", List.of("10.7", "8.8"));
        var accepted = fixtures().focal().post("/api/v1/practices", body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    }
}
