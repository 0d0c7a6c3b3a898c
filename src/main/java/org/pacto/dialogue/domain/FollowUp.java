package org.pacto.dialogue.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up the report itself asks for (issue 11): the governments a published recommendation is addressed to
 * answer it ({@link ResponseStatus}), and the public follow-up lists every recommendation with its answers and the
 * response rate per addressee. A national government body (identity kind {@code state}) answers recommendations
 * addressed to governments, a local authority those addressed to local governments; only their focal points.
 */
@Service
public class FollowUp {

    static final String RECORD = "dialogue.recommendation";
    static final Map<Addressee, Set<String>> ANSWERED_BY = Map.of(Addressee.GOVERNMENTS, Set.of("state"),
            Addressee.LOCAL_GOVERNMENTS, Set.of("local-authority"));

    private final RecommendationRepository recommendations;
    private final ResponseRepository responses;
    private final EventRepository events;
    private final Actors actors;
    private final AuditTrail audit;
    private final Clock clock;

    FollowUp(RecommendationRepository recommendations, ResponseRepository responses, EventRepository events,
             Actors actors, AuditTrail audit, ObjectProvider<Clock> clock) {
        this.recommendations = recommendations;
        this.responses = responses;
        this.events = events;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A recommendation with its answers, newest state per government. */
    public record Followed(Recommendation recommendation, String event, UUID eventId, boolean synthetic,
                           List<Response> latest) {

        /** The statuses of the governments' latest answers ({@code no-response} when none answered). */
        public Set<String> statuses() {
            return latest.isEmpty() ? Set.of("no-response")
                    : latest.stream().map(r -> r.status().code()).collect(Collectors.toSet());
        }
    }

    public record Filter(@Nullable Integer objective, @Nullable String addressee, @Nullable String status) {
    }

    public record Rate(Addressee addressee, int recommendations, int answered) {
        public int percent() {
            return recommendations == 0 ? 0 : Math.round(100f * answered / recommendations);
        }
    }

    public record Page(List<Followed> items, int total, List<Rate> rates) {
    }

    @Transactional
    public UUID respond(Actor actor, UUID recommendationId, @Nullable String status, @Nullable String evidence,
                        @Nullable LocalDate on) {
        return respond(actor, recommendationId, status, evidence, on, false);
    }

    @Transactional
    public UUID respond(Actor actor, UUID recommendationId, @Nullable String status, @Nullable String evidence,
                        @Nullable LocalDate on, boolean synthetic) {
        Recommendation recommendation = published(recommendationId);
        var organisation = actors.organisation(actor.organisation());
        boolean addressed = organisation.map(o -> ANSWERED_BY.getOrDefault(recommendation.addressee(), Set.of())
                .contains(o.kind())).orElse(false);
        if (!actor.has(Role.FOCAL_POINT) || !addressed) {
            throw new AccessDeniedException("the focal point of an addressed government answers");
        }
        var refusals = new Refusals();
        Optional<ResponseStatus> next = status == null ? Optional.empty() : ResponseStatus.fromCode(status);
        if (status == null || status.isBlank()) {
            refusals.add("status", "required");
        } else if (next.isEmpty()) {
            refusals.add("status", "unknown-status");
        }
        String text = refusals.text("evidence", evidence, 5_000);
        LocalDate today = LocalDate.now(clock);
        if (on != null && on.isAfter(today)) {
            refusals.add("date", "in-the-future");
        }
        refusals.throwIfAny();
        UUID org = actor.organisation().value();
        Optional<Response> previous = responses.of(recommendationId).stream()
                .filter(r -> r.organisationId().equals(org)).reduce((a, b) -> b);
        if (previous.isPresent() && !previous.get().status().mayBeFollowedBy(next.orElseThrow())) {
            throw new ConflictException("status-not-allowed", "a government's answers move forward");
        }
        Response response = responses.save(new Response(recommendationId, org, organisation.orElseThrow().name(),
                next.orElseThrow(), text, on == null ? today : on, clock.instant(), "person:" + actor.person().value(),
                synthetic));
        audit.changed(RECORD, recommendationId.toString(), "answered",
                Map.of("organisation", org.toString(), "status", next.orElseThrow().code()));
        return response.id();
    }

    /** The public follow-up: recommendations of published reports, filtered, with the response rate per addressee. */
    @Transactional(readOnly = true)
    public Page list(Filter filter, Paging paging) {
        List<Followed> all = followed();
        List<Rate> rates = new ArrayList<>();
        for (Addressee a : Addressee.values()) {
            var of = all.stream().filter(f -> f.recommendation().addressee() == a).toList();
            if (!of.isEmpty()) {
                rates.add(new Rate(a, of.size(), (int) of.stream().filter(f -> !f.latest().isEmpty()).count()));
            }
        }
        var matching = all.stream()
                .filter(f -> filter.objective() == null || f.recommendation().objectives().contains(filter.objective()))
                .filter(f -> filter.addressee() == null || filter.addressee().isBlank()
                        || f.recommendation().addressee().code().equals(filter.addressee()))
                .filter(f -> filter.status() == null || filter.status().isBlank()
                        || f.statuses().contains(filter.status()))
                .toList();
        int from = (int) Math.min(paging.offset(), matching.size());
        int to = Math.min(from + paging.size(), matching.size());
        return new Page(matching.subList(from, to), matching.size(), rates);
    }

    /** Published recommendations about an objective (for the objective's page). */
    @Transactional(readOnly = true)
    public List<Followed> about(int objective) {
        return followed().stream().filter(f -> f.recommendation().objectives().contains(objective)).toList();
    }

    private List<Followed> followed() {
        Map<UUID, DialogueEvent> published = new LinkedHashMap<>();
        events.latestFirst().stream().filter(e -> e.reportStatus() == ReportStatus.PUBLISHED)
                .forEach(e -> published.put(e.id(), e));
        List<Followed> all = new ArrayList<>();
        for (DialogueEvent event : published.values()) {
            for (Recommendation r : recommendations.of(event.id())) {
                Map<UUID, Response> latest = new LinkedHashMap<>();
                responses.of(r.id()).forEach(x -> latest.put(x.organisationId(), x));
                all.add(new Followed(r, event.title(), event.id(), event.synthetic(), latest.values().stream()
                        .sorted(Comparator.comparing(Response::organisationName)).toList()));
            }
        }
        return all;
    }

    private Recommendation published(UUID id) {
        Recommendation recommendation = recommendations.findById(id)
                .orElseThrow(() -> new NotFoundException("recommendation", id));
        boolean visible = events.findById(recommendation.eventId())
                .map(e -> e.reportStatus() == ReportStatus.PUBLISHED).orElse(false);
        if (!visible) {
            throw new NotFoundException("recommendation", id);
        }
        return recommendation;
    }
}
