package org.pacto.practices.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.practices.calculation.ReviewRules;
import org.pacto.practices.domain.PracticeBook;
import org.pacto.practices.domain.Decisions;
import org.pacto.practices.domain.Decisions.SeedReview;
import org.pacto.practices.domain.PracticeInput;
import org.pacto.practices.domain.PracticeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode: the seeds' practices ({@code demo/practices.json}) as the seeds describe them —
 * published or published as promising with the peer reviews of the demo reviewers, a few in
 * review and submitted. Idempotent: a practice already loaded (by its demo key) is left alone.
 */
@Component
@Order(30)
class DemoPractices implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);
    static final List<String> REVIEWERS = List.of("revisora.cepal@pacto.demo", "revisor.lima@pacto.demo",
            "revisora.buap@pacto.demo");

    private final boolean demo;
    private final PracticeBook book;
    private final Decisions decisions;
    private final Actors actors;
    private final JsonMapper json;

    DemoPractices(@Value("${pacto.demo:false}") boolean demo, PracticeBook book, Decisions decisions, Actors actors,
                  JsonMapper json) {
        this.demo = demo;
        this.book = book;
        this.decisions = decisions;
        this.actors = actors;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        for (JsonNode organisation : read("demo/organisations.json")) {
            names.put(organisation.get("key").asString(), organisation.get("name").asString());
        }
        Map<String, OrganisationSummary> byName = new HashMap<>();
        actors.organisations().forEach(o -> byName.put(o.name(), o));
        var existing = book.all().stream().map(p -> p.demoKey()).filter(k -> k != null).toList();
        int loaded = 0;
        int index = 0;
        for (JsonNode p : read("demo/practices.json")) {
            index++;
            String key = p.get("key").asString();
            if (existing.contains(key)) {
                continue;
            }
            OrganisationSummary organisation = byName.get(names.getOrDefault(p.get("organisation").asString(),
                    p.get("organisation").asString()));
            if (organisation == null) {
                log.warn("Demo practice {}: organisation {} not found", key, p.get("organisation").asString());
                continue;
            }
            PracticeStatus target = PracticeStatus.fromCode(p.get("status").asString()).orElse(PracticeStatus.DRAFT);
            Instant at = LocalDate.of(2023, 3, 1).plusDays(index * 29L).atStartOfDay().toInstant(ZoneOffset.UTC);
            decisions.seed(organisation, input(p, names), key, target, reviews(p, target, index), at,
                    target == PracticeStatus.PUBLISHED_AS_PROMISING
                            ? "Práctica prometedora: resultados iniciales sólidos, evaluación aún en curso."
                            : "Cumple los criterios de la revisión por pares del Pacto.");
            loaded++;
        }
        if (loaded > 0) {
            log.info("Demo practices loaded: {}", loaded);
        }
    }

    private static List<SeedReview> reviews(JsonNode p, PracticeStatus target, int index) {
        List<SeedReview> reviews = new ArrayList<>();
        for (int r = 0; r < REVIEWERS.size(); r++) {
            int base = target == PracticeStatus.PUBLISHED ? 4 : 3;
            Map<String, Integer> scores = new LinkedHashMap<>();
            for (int c = 0; c < ReviewRules.CRITERIA.size(); c++) {
                scores.put(ReviewRules.CRITERIA.get(c), Math.min(5, base + ((index + r + c) % 3 == 0 ? 1 : 0)));
            }
            String recommendation = target == PracticeStatus.PUBLISHED_AS_PROMISING ? "publish-as-promising"
                    : "publish";
            String comment = "Pertinente para los objetivos " + p.get("objectives").toString()
                    + "; resultados documentados y condiciones de réplica claras.";
            reviews.add(new SeedReview(REVIEWERS.get(r), scores, recommendation, comment));
        }
        return reviews;
    }

    private PracticeInput input(JsonNode p, Map<String, String> names) {
        Map<String, Map<String, String>> translations = new LinkedHashMap<>();
        JsonNode t = p.get("translations");
        if (t != null && t.isObject()) {
            for (String lang : t.propertyNames()) {
                Map<String, String> fields = new LinkedHashMap<>();
                JsonNode node = t.get(lang);
                if (node.hasNonNull("title")) {
                    fields.put("title", node.get("title").asString());
                }
                if (node.hasNonNull("summary")) {
                    fields.put("summary", node.get("summary").asString());
                }
                translations.put(lang, fields);
            }
        }
        List<String> partners = new ArrayList<>();
        p.get("partners").forEach(x -> partners.add(names.getOrDefault(x.asString(), x.asString())));
        return new PracticeInput(text(p, "language"), text(p, "title"), text(p, "summary"), text(p, "description"),
                translations, partners, text(p, "type"), text(p, "startDate"), text(p, "endDate"), true,
                text(p, "level"), strings(p, "countries"), text(p, "locality"), number(p, "latitude"),
                number(p, "longitude"), ints(p, "objectives"), strings(p, "principles"), strings(p, "sdgTargets"),
                strings(p, "themes"), text(p, "targetPopulation"), text(p, "results"), text(p, "monitoring"),
                text(p, "lessons"), text(p, "replication"), text(p, "budget"), List.of(), null, null);
    }

    private static String text(JsonNode p, String field) {
        return p.hasNonNull(field) ? p.get(field).asString() : null;
    }

    private static Double number(JsonNode p, String field) {
        return p.hasNonNull(field) ? p.get(field).asDouble() : null;
    }

    private static List<String> strings(JsonNode p, String field) {
        List<String> list = new ArrayList<>();
        if (p.hasNonNull(field)) {
            p.get(field).forEach(x -> list.add(x.asString()));
        }
        return list;
    }

    private static List<Integer> ints(JsonNode p, String field) {
        List<Integer> list = new ArrayList<>();
        if (p.hasNonNull(field)) {
            p.get(field).forEach(x -> list.add(x.asInt()));
        }
        return list;
    }

    private JsonNode read(String path) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing");
            }
            return json.readTree(in);
        }
    }
}
