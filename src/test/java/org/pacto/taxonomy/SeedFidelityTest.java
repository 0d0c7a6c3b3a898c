package org.pacto.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pacto.support.Api;
import org.pacto.support.PactoTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data says what it takes from the seeds (issue 16, "faithful to the seeds"). */
@PactoTest
class SeedFidelityTest {

    @LocalServerPort
    int port;

    /** Seed 004's tables of actions for local authorities, markup removed, one space between words. */
    private static String handbookTables() throws IOException {
        try (InputStream in = SeedFidelityTest.class.getResourceAsStream("/seeds/004-local-actions.txt")) {
            return normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " "));
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replaceAll("[.;]\\s*$", "");
    }

    @Test
    void everyLocalActionSaysWhetherItIsTheHandbooksWordsOrPactos() throws IOException {
        String handbook = handbookTables();
        JsonNode objectives = Api.at(port).get("/api/v1/objectives?lang=es").json();
        Set<String> seen = new HashSet<>();
        for (JsonNode objective : objectives) {
            JsonNode actions = objective.get("localActions");
            JsonNode sources = objective.get("localActionSources");
            assertThat(sources).as("sources of objective %s", objective.get("number")).isNotNull();
            assertThat(sources.size()).isEqualTo(actions.size());
            for (int i = 0; i < actions.size(); i++) {
                String text = normalise(actions.get(i).asString());
                String source = sources.get(i).asString();
                seen.add(source);
                String where = "objective " + objective.get("number") + " action " + (i + 1);
                switch (source) {
                    case "handbook" -> assertThat(handbook).as(where).contains(text);
                    case "handbook-adapted" -> {
                        assertThat(handbook).as(where).doesNotContain(text);
                        // seed 004 writes "AL" (and "con AL" where Pacto reads "con las autoridades locales (AL)")
                        assertThat(List.of(text.replace("autoridades locales (al)", "al"),
                                text.replace("las autoridades locales (al)", "al")))
                                .as(where).anyMatch(handbook::contains);
                    }
                    case "pacto" -> assertThat(handbook).as(where).doesNotContain(text);
                    default -> throw new AssertionError(where + ": unknown source " + source);
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("handbook", "handbook-adapted", "pacto");
    }

    @Test
    void theObjectivePageMarksEachActionAndExplainsTheMarks() {
        var api = Api.at(port);
        String ownWording = api.get("/objectives/9?lang=en").body();
        assertThat(ownWording).contains("data-source=\"pacto\"").contains("Pacto&#39;s wording")
                .doesNotContain("data-source=\"handbook\"").contains("The handbook does not cover this objective");
        String handbook = api.get("/objectives/17?lang=pt").body();
        assertThat(handbook).contains("data-source=\"handbook\"").contains("Manual da OIM")
                .doesNotContain("data-source=\"pacto\"").doesNotContain("O manual não trata deste objetivo");
        assertThat(api.get("/objectives/23?lang=fr").body()).contains("data-source=\"handbook-adapted\"")
                .contains("Manuel OIM, adapté");
    }

    @Test
    void theHandbooksShortTitlesOfObjectivesNineTenAndNineteen() {
        var api = Api.at(port);
        assertThat(api.get("/api/v1/objectives/9").json().get("handbookShortTitle").asString())
                .isEqualTo("Combatir el tráfico ilícito de migrantes");
        assertThat(api.get("/api/v1/objectives/10?lang=en").json().get("handbookShortTitle").asString())
                .isEqualTo("Erradicar la trata de personas");
        assertThat(api.get("/api/v1/objectives/19").json().get("handbookShortTitle").asString())
                .isEqualTo("Contribución de los migrantes y las diásporas");
        assertThat(api.get("/api/v1/objectives/13").json().get("handbookShortTitle").isNull())
                .as("the handbook gives objective 13 no short title").isTrue();
        assertThat(api.get("/objectives/19?lang=en").body()).contains("Short title in the IOM handbook")
                .contains("Contribución de los migrantes y las diásporas");
    }

    @Test
    void seed003sOwnListOfStakeholderGroupsBesideParagraph44s() {
        var api = Api.at(port);
        JsonNode groups = api.get("/api/v1/reference/dialogue-mechanism-group?lang=en").json();
        assertThat(groups).hasSize(13);
        List<String> codes = groups.valueStream().map(g -> g.get("code").asString()).toList();
        assertThat(codes).contains("migrant-women-organisations", "women-girls-rights-defenders",
                "employers-organisations", "workers-organisations");
        assertThat(groups.get(3).get("label").asString()).isEqualTo("Migrant women's organisations");
        assertThat(api.get("/api/v1/reference/stakeholder-group").json()).hasSize(13);
        String page = api.get("/principles/whole-of-society?lang=es").body();
        assertThat(page).contains("Los grupos del párrafo 44 del Pacto")
                .contains("Organizaciones de mujeres migrantes")
                .contains("Organizaciones defensoras de los derechos de las mujeres y niñas migrantes")
                .contains("Movimiento Internacional de la Cruz Roja");
        assertThat(api.get("/principles/rule-of-law?lang=es").body()).doesNotContain("Organizaciones de mujeres migrantes");
    }

    @Test
    void everySdgTargetOfTheDemoContentIsInTheReferenceList() throws IOException {
        JsonNode sdg = Api.at(port).get("/api/v1/reference/sdg?lang=en").json();
        Set<String> known = new HashSet<>();
        sdg.valueStream().forEach(t -> known.add(t.get("code").asString()));
        List<String> used = new ArrayList<>();
        var json = JsonMapper.builder().build();
        for (String file : List.of("practices.json", "pledges.json", "organisations.json")) {
            try (InputStream in = SeedFidelityTest.class.getResourceAsStream("/demo/" + file)) {
                collectSdgTargets(json.readTree(in), used);
            }
        }
        assertThat(used).as("the demo content uses SDG targets").contains("13.1");
        assertThat(known).containsAll(used);
    }

    @Test
    void allOneHundredAndSixtyNineTargetsWithTheUnsOwnWording() {
        var api = Api.at(port);
        JsonNode english = api.get("/api/v1/reference/sdg?lang=en").json();
        List<JsonNode> targets = english.valueStream()
                .filter(t -> t.get("code").asString().matches("\\d{1,2}\\.[0-9a-z]{1,2}")).toList();
        assertThat(targets).hasSize(169);
        assertThat(english.valueStream().filter(t -> t.get("parent").isNull()).count()).isEqualTo(17);
        JsonNode target131 = targets.stream().filter(t -> t.get("code").asString().equals("13.1")).findFirst().orElseThrow();
        assertThat(target131.get("parent").asString()).isEqualTo("13");
        assertThat(target131.get("label").asString()).startsWith("Strengthen resilience and adaptive capacity");
        assertThat(target131.get("officialWording").asBoolean()).isTrue();
        JsonNode portuguese = api.get("/api/v1/reference/sdg?lang=pt").json();
        JsonNode pt131 = portuguese.valueStream().filter(t -> t.get("code").asString().equals("13.1")).findFirst().orElseThrow();
        assertThat(pt131.get("officialWording").asBoolean()).as("no official Portuguese wording").isFalse();
        List<String> order = english.valueStream().map(t -> t.get("code").asString()).toList();
        assertThat(order.indexOf("13")).isLessThan(order.indexOf("13.1"));
        assertThat(order.indexOf("10.7")).isLessThan(order.indexOf("10.7.4")).isLessThan(order.indexOf("10.a"));
        assertThat(order.indexOf("10.a")).isPositive().isLessThan(order.indexOf("10.c")).isLessThan(order.indexOf("11"));
    }

    private static void collectSdgTargets(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().toLowerCase(Locale.ROOT).startsWith("sdg") && e.getValue().isArray()) {
                    e.getValue().valueStream().forEach(v -> into.add(v.asString()));
                } else {
                    collectSdgTargets(e.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.valueStream().forEach(v -> collectSdgTargets(v, into));
        }
    }
}
