package org.pacto.pledges.demo;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationSummary;
import org.pacto.pledges.PledgePublished;
import org.pacto.pledges.domain.Pledge;
import org.pacto.pledges.domain.PledgeChanged;
import org.pacto.pledges.domain.PledgeInput;
import org.pacto.pledges.domain.PledgeRepository;
import org.pacto.pledges.domain.PledgeRules;
import org.pacto.pledges.domain.PledgeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo mode: the pledges the seeds mention or imply ({@code demo/pledges.json}), with their
 * co-signatories and progress reports, in the status the seeds record. Idempotent: a pledge whose
 * title already exists is left alone.
 */
@Component
@Order(20)
class DemoPledges implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPledges.class);

    private final boolean demo;
    private final JsonMapper json;
    private final Actors actors;
    private final PledgeRepository repository;
    private final PledgeRules rules;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DemoPledges(@Value("${pacto.demo:false}") boolean demo, JsonMapper json, Actors actors,
                PledgeRepository repository, PledgeRules rules, TransactionTemplate transaction,
                ApplicationEventPublisher events) {
        this.demo = demo;
        this.json = json;
        this.actors = actors;
        this.repository = repository;
        this.rules = rules;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!demo) {
            return;
        }
        Map<String, String> names = new HashMap<>();
        try (InputStream in = resource("demo/organisations.json")) {
            for (JsonNode o : json.readTree(in)) {
                names.put(o.get("key").asString(), o.get("name").asString());
            }
        }
        Map<String, OrganisationSummary> byName = new HashMap<>();
        actors.organisations().forEach(o -> byName.put(o.name(), o));
        Map<String, UUID> keys = new HashMap<>();
        int created = 0;
        try (InputStream in = resource("demo/pledges.json")) {
            for (JsonNode p : json.readTree(in)) {
                var organisation = byName.get(names.get(p.get("organisation").asString()));
                if (organisation == null) {
                    log.warn("Demo pledge {} skipped: organisation {} not found", p.get("key").asString(),
                            p.get("organisation").asString());
                    continue;
                }
                var existing = repository.findFirstByTitle(p.get("title").asString());
                if (existing.isPresent()) {
                    keys.put(p.get("key").asString(), existing.get().id());
                    continue;
                }
                UUID id = transaction.execute(s -> load(p, organisation, names, byName, keys));
                keys.put(p.get("key").asString(), id);
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo pledges loaded: {}", created);
        }
    }

    private UUID load(JsonNode p, OrganisationSummary organisation, Map<String, String> names,
                      Map<String, OrganisationSummary> byName, Map<String, UUID> keys) {
        List<PledgeInput.TargetInput> targets = new ArrayList<>();
        List<String> targetKeys = new ArrayList<>();
        for (JsonNode t : p.get("targets")) {
            targetKeys.add(t.get("key").asString());
            targets.add(new PledgeInput.TargetInput(t.get("name").asString(), t.get("unit").asString(),
                    t.get("baseline").asString(), t.get("target").asString(),
                    t.get("weight").isNull() ? null : t.get("weight").asString(),
                    t.get("currency").isNull() ? null : t.get("currency").asString(),
                    t.has("indicator") ? t.get("indicator").asString() : null));
        }
        Map<String, PledgeInput.TranslationInput> translations = new LinkedHashMap<>();
        p.get("translations").properties().forEach(e -> translations.put(e.getKey(),
                new PledgeInput.TranslationInput(e.getValue().get("title").asString(),
                        e.getValue().has("description") ? e.getValue().get("description").asString() : null,
                        e.getValue().has("need") ? e.getValue().get("need").asString() : null)));
        String matches = p.get("matches").isNull() ? null : String.valueOf(keys.get(p.get("matches").asString()));
        var input = new PledgeInput(p.get("language").asString(), p.get("title").asString(),
                p.get("description").asString(), p.has("need") ? p.get("need").asString() : null,
                p.get("type").asString(), matches, p.get("mirror").asBoolean(),
                p.get("championCountry").asBoolean(), strings(p.get("nature")), ints(p.get("objectives")),
                strings(p.get("principles")), List.of(), strings(p.get("countries")),
                p.get("region").isNull() ? null : p.get("region").asString(), p.get("global").asBoolean(),
                p.get("startDate").asString(), p.get("deadline").asString(),
                p.get("openForSignatures").asBoolean(), targets, List.of(), translations);
        var details = rules.check(input, repository::existsById);
        var pledge = new Pledge(organisation.id().value(), organisation.name(), organisation.kind(), details);
        for (JsonNode key : p.get("coSignatories")) {
            var co = byName.get(names.get(key.asString()));
            if (co != null) {
                pledge.addAcceptedSignatory(co.id().value(), co.name());
            }
        }
        var status = PledgeStatus.fromCode(p.get("status").asString()).orElseThrow();
        if (status == PledgeStatus.SUBMITTED) {
            pledge.submit();
        } else if (status.isPublic()) {
            LocalDate start = details.startDate() == null ? LocalDate.now() : details.startDate();
            pledge.restore(PledgeStatus.PUBLISHED, start.atStartOfDay().toInstant(ZoneOffset.UTC));
            var ids = pledge.targets().stream().map(t -> t.id()).toList();
            for (JsonNode r : p.get("reports")) {
                Map<UUID, BigDecimal> values = new LinkedHashMap<>();
                r.get("values").properties().forEach(e -> values.put(ids.get(targetKeys.indexOf(e.getKey())),
                        new BigDecimal(e.getValue().asString())));
                pledge.report(LocalDate.parse(r.get("date").asString()), r.get("narrative").asString(),
                        organisation.id().value(), values);
            }
            if (status != PledgeStatus.PUBLISHED && status != PledgeStatus.IN_PROGRESS) {
                pledge.restore(status, start.atStartOfDay().toInstant(ZoneOffset.UTC));
            }
        }
        repository.save(pledge);
        events.publishEvent(new PledgeChanged(pledge.id()));
        if (status.isPublic()) {
            events.publishEvent(new PledgePublished(pledge.id(), pledge.title(), pledge.organisationName()));
        }
        return pledge.id();
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asString()));
        return list;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asInt()));
        return list;
    }

    private static InputStream resource(String path) {
        InputStream in = DemoPledges.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " missing");
        }
        return in;
    }
}
