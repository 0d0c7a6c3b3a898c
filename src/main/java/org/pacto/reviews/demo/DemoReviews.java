package org.pacto.reviews.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.PersonId;
import org.pacto.identity.Role;
import org.pacto.reviews.domain.InitiativeInput;
import org.pacto.reviews.domain.Reviews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode: a regional review cycle with a 2026 reference date and the inventories of the governments the seeds
 * quote (seed 003: Argentina and Quilmes, Peru's laws 31685 and 31732, Ecuador's protocol for migrant children,
 * Colombia's temporary protection statute), written up in Pacto's words in {@code demo/reviews.json}. The
 * initiatives are real; the inventories, answers and queries are synthetic and marked so on every page and in the
 * API ({@code demo: true}). Argentina's national inventory deliberately lacks objective 14 (consular protection),
 * which Quilmes covers with its mobile consulates: a local-only objective. Idempotent: a demo cycle with the same
 * title is left alone.
 */
@Component
@Order(40)
class DemoReviews implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReviews.class);

    record Content(Reviews.CycleInput cycle, List<DemoInventory> inventories) {
    }

    record DemoInventory(String organisation, String status, List<InitiativeInput> initiatives,
                         @Nullable Map<String, Reviews.AnswerInput> answers, @Nullable List<DemoQuery> queries) {
    }

    record DemoQuery(String question, @Nullable String answer) {
    }

    private final boolean demo;
    private final JsonMapper json;
    private final Actors actors;
    private final Reviews reviews;

    DemoReviews(@Value("${pacto.demo:false}") boolean demo, JsonMapper json, Actors actors, Reviews reviews) {
        this.demo = demo;
        this.json = json;
        this.actors = actors;
        this.reviews = reviews;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!demo) {
            return;
        }
        Content content;
        try (InputStream in = new ClassPathResource("demo/reviews.json").getInputStream()) {
            content = json.readValue(in, Content.class);
        }
        if (reviews.cycles().stream().anyMatch(c -> c.demo() && c.title().equals(content.cycle().title()))) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("demo-loader", null, List.of()));
        try {
            load(content);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private void load(Content content) {
        var organisations = actors.organisations();
        Actor observer = new Actor(new PersonId(UUID.randomUUID()), "demo-loader", "demo-loader",
                organisations.getFirst().id(), Set.of(Role.SECRETARIAT));
        UUID cycle = reviews.openCycle(observer, content.cycle(), true);
        for (DemoInventory d : content.inventories()) {
            Optional<OrganisationSummary> organisation = organisations.stream()
                    .filter(o -> o.name().toLowerCase(Locale.ROOT).equals(d.organisation().toLowerCase(Locale.ROOT)))
                    .findFirst();
            if (organisation.isEmpty()) {
                log.warn("Demo review skipped: no organisation {}", d.organisation());
                continue;
            }
            Actor government = new Actor(new PersonId(UUID.randomUUID()), "demo-loader", "demo-loader",
                    organisation.get().id(), Set.of(Role.FOCAL_POINT));
            UUID inventory = reviews.startInventory(government, cycle, true).id();
            d.initiatives().forEach(i -> reviews.addInitiative(government, inventory, i));
            if (d.answers() != null && !d.answers().isEmpty()) {
                reviews.answerAssessment(government, inventory, d.answers());
            }
            if (d.status().equals("draft")) {
                continue;
            }
            reviews.submit(government, inventory);
            if (d.queries() != null) {
                d.queries().forEach(q -> {
                    UUID query = reviews.ask(observer, inventory, null, q.question());
                    if (q.answer() != null) {
                        reviews.answer(government, inventory, query, q.answer());
                    }
                });
            }
            if (d.status().equals("validated") || d.status().equals("published")) {
                reviews.validate(observer, inventory);
            }
            if (d.status().equals("published")) {
                reviews.publish(government, inventory);
            }
        }
        log.info("Demo review cycle loaded with {} inventories", content.inventories().size());
    }
}
