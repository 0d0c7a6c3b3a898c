package org.pacto.dialogue.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pacto.dialogue.calculation.AnonymityCheck;
import org.pacto.identity.Actor;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rapporteurs' report of a dialogue and its recommendations. It is written as a draft (rewritten as often as
 * needed) and published once, after the {@link AnonymityCheck}: a text naming a registered participant or their
 * organisation is refused with every occurrence listed (400 {@code names-an-actor}). The secretariat acts as the
 * rapporteurs' editor.
 */
@Service
public class Reports {

    static final int MAX_RECOMMENDATIONS = 200;

    private final Events events;
    private final EventRepository eventRepository;
    private final RecommendationRepository recommendations;
    private final RegistrationRepository registrations;
    private final AuditTrail audit;
    private final org.pacto.platform.SealedFields sealed;
    private final Clock clock;

    Reports(Events events, EventRepository eventRepository, RecommendationRepository recommendations,
            RegistrationRepository registrations, AuditTrail audit, org.pacto.platform.SealedFields sealed,
            ObjectProvider<Clock> clock) {
        this.sealed = sealed;
        this.events = events;
        this.eventRepository = eventRepository;
        this.recommendations = recommendations;
        this.registrations = registrations;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Writes (or rewrites) the draft; a published report is not rewritten (409 {@code report-published}). */
    @Transactional
    public List<UUID> write(Actor actor, UUID eventId, ReportInput input) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the rapporteurs' editor is the secretariat's");
        }
        DialogueEvent event = events.find(eventId);
        var refusals = new Refusals();
        String text = refusals.text("text", input.text(), 100_000);
        List<Recommendation> written = new ArrayList<>();
        var sent = input.recommendations() == null ? List.<ReportInput.RecommendationInput>of()
                : input.recommendations();
        if (sent.size() > MAX_RECOMMENDATIONS) {
            refusals.add("recommendations", "too-many", MAX_RECOMMENDATIONS);
        } else {
            for (int i = 0; i < sent.size(); i++) {
                var r = sent.get(i);
                String field = "recommendations[" + i + "]";
                String body = refusals.text(field + ".text", r.text(), 5_000);
                List<Integer> objectives = refusals.objectives(field + ".objectives", r.objectives(), false);
                Optional<Addressee> addressee = r.addressee() == null ? Optional.empty()
                        : Addressee.fromCode(r.addressee());
                if (addressee.isEmpty()) {
                    refusals.add(field + ".addressee", r.addressee() == null ? "required" : "unknown-addressee");
                }
                written.add(new Recommendation(eventId, i + 1, body, objectives,
                        addressee.orElse(Addressee.GOVERNMENTS)));
            }
        }
        refusals.throwIfAny();
        event.writeReport(text);
        recommendations.deleteAll(recommendations.of(eventId));
        recommendations.flush();
        var saved = recommendations.saveAll(written);
        eventRepository.save(event);
        audit.changed(Events.RECORD, eventId.toString(), "report-written", Map.of("recommendations", saved.size()));
        return saved.stream().map(Recommendation::id).toList();
    }

    /** The anonymity check of the current draft: every occurrence of a registrant's name or organisation. */
    @Transactional
    public List<AnonymityCheck.Occurrence> check(Actor actor, UUID eventId) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the rapporteurs' editor is the secretariat's");
        }
        DialogueEvent event = events.find(eventId);
        List<AnonymityCheck.Text> texts = new ArrayList<>();
        texts.add(new AnonymityCheck.Text("text", event.reportText() == null ? "" : event.reportText()));
        var recs = recommendations.of(eventId);
        for (int i = 0; i < recs.size(); i++) {
            texts.add(new AnonymityCheck.Text("recommendations[" + i + "].text", recs.get(i).text()));
        }
        List<String> names = new ArrayList<>();
        for (Registration r : registrations.of(eventId)) {
            names.add(r.name(sealed));
            names.add(r.organisation());
        }
        // Reading the registrants' names to look for them is a read of personal data.
        audit.personalDataRead(Events.REGISTRATION, "event:" + eventId, "anonymity check of the report");
        return AnonymityCheck.check(texts, names);
    }

    /** Publishes the draft if no text names an actor (400 {@code names-an-actor} with each occurrence). */
    @Transactional
    public void publish(Actor actor, UUID eventId) {
        var occurrences = check(actor, eventId);
        if (!occurrences.isEmpty()) {
            throw new InvalidInputException(occurrences.stream().map(o -> new FieldProblem(o.field(),
                    "names-an-actor", o.found(), o.start())).toList());
        }
        DialogueEvent event = events.find(eventId);
        event.publish(clock.instant());
        eventRepository.save(event);
        audit.changed(Events.RECORD, eventId.toString(), "report-published", Map.of());
    }

    /** The recommendations of a report: anyone once published; the secretariat also while it is a draft. */
    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(Optional<Actor> actor, UUID eventId) {
        DialogueEvent event = events.find(eventId);
        if (event.reportStatus() != ReportStatus.PUBLISHED && actor.map(a -> !a.isStaff()).orElse(true)) {
            throw new NotFoundException("report", eventId);
        }
        return recommendations.of(eventId);
    }
}
