package org.pacto.dialogue.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.dialogue.calculation.Tally;
import org.pacto.identity.Actor;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations of the member organisations by approval voting (issue 11): the secretariat opens and closes them,
 * each member organisation casts one ballot (a later one replaces it), and the results, computed by
 * {@link Tally}, are shown only once the consultation is closed.
 */
@Service
public class Consultations {

    static final String RECORD = "dialogue.consultation";
    static final int MAX_OPTIONS = 50;
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private final ConsultationRepository consultations;
    private final BallotRepository ballots;
    private final Members members;
    private final AuditTrail audit;
    private final Clock clock;

    Consultations(ConsultationRepository consultations, BallotRepository ballots, Members members, AuditTrail audit,
                  ObjectProvider<Clock> clock) {
        this.consultations = consultations;
        this.ballots = ballots;
        this.members = members;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public UUID create(Actor actor, ConsultationInput input) {
        return create(actor, input, false);
    }

    /** @param synthetic demo content, marked as such wherever it is shown */
    @Transactional
    public UUID create(Actor actor, ConsultationInput input, boolean synthetic) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat opens consultations");
        }
        var refusals = new Refusals();
        String question = refusals.text("question", input.question(), 1000);
        List<ConsultationOption> options = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        if (input.options() == null || input.options().size() < 2) {
            refusals.add("options", "out-of-range", 2, MAX_OPTIONS);
        } else if (input.options().size() > MAX_OPTIONS) {
            refusals.add("options", "too-many", MAX_OPTIONS);
        } else {
            for (int i = 0; i < input.options().size(); i++) {
                var option = input.options().get(i);
                String field = "options[" + i + "]";
                String key = refusals.text(field + ".key", option.key(), 60);
                if (!key.isEmpty() && !KEY.matcher(key).matches()) {
                    refusals.add(field + ".key", "invalid-key");
                } else if (!key.isEmpty() && !keys.add(key)) {
                    refusals.add(field + ".key", "duplicate-key", key);
                }
                String label = refusals.text(field + ".label", option.label(), 300);
                List<Integer> objectives = refusals.objectives(field + ".objectives", option.objectives(), true);
                options.add(new ConsultationOption(key, label, objectives));
            }
        }
        int winners = input.winners() == null ? 0 : input.winners();
        if (input.winners() == null) {
            refusals.add("winners", "required");
        } else if (winners < 1 || (input.options() != null && winners >= Math.max(2, input.options().size()))) {
            refusals.add("winners", "out-of-range", 1, Math.max(1, (input.options() == null ? 2
                    : input.options().size()) - 1));
        }
        Instant opens = refusals.instant("opens", input.opens());
        Instant closes = refusals.instant("closes", input.closes());
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            refusals.add("closes", "end-before-start");
        }
        refusals.throwIfAny();
        Consultation consultation = consultations.save(new Consultation(question, options, winners, opens,
                closes, synthetic, clock.instant()));
        audit.changed(RECORD, consultation.id().toString(), "created",
                Map.of("question", question, "winners", winners, "options", keys.size()));
        return consultation.id();
    }

    @Transactional
    public void close(Actor actor, UUID id) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat closes consultations");
        }
        Consultation consultation = find(id);
        consultation.close(clock.instant());
        audit.changed(RECORD, id.toString(), "closed", Map.of());
    }

    /**
     * The actor's organisation casts (or replaces) its ballot. Only the focal point or a member of a member
     * organisation may (403 for anyone else); at most k known keys, each once (400); only while open (409).
     */
    @Transactional
    public UUID cast(Actor actor, UUID id, @Nullable List<String> choices) {
        Consultation consultation = find(id);
        if (!(actor.has(Role.FOCAL_POINT) || actor.has(Role.MEMBER)) || !members.isMember(actor.organisation())) {
            throw new AccessDeniedException("member organisations vote");
        }
        Instant now = clock.instant();
        if (consultation.closed(now)) {
            throw new ConflictException("consultation-closed", "the consultation is closed");
        }
        if (!consultation.open(now)) {
            throw new ConflictException("consultation-not-open", "the consultation is not open yet");
        }
        var refusals = new Refusals();
        List<String> chosen = new ArrayList<>();
        if (choices == null) {
            refusals.add("choices", "required");
        } else if (choices.size() > consultation.winners()) {
            refusals.add("choices", "too-many", consultation.winners());
        } else {
            for (int i = 0; i < choices.size(); i++) {
                String key = choices.get(i);
                if (!consultation.hasOption(key)) {
                    refusals.add("choices[" + i + "]", "unknown-option", org.pacto.platform.InputLimits.shortened(key));
                } else if (chosen.contains(key)) {
                    refusals.add("choices[" + i + "]", "duplicate-choice", key);
                } else {
                    chosen.add(key);
                }
            }
        }
        refusals.throwIfAny();
        UUID organisation = actor.organisation().value();
        String by = "person:" + actor.person().value();
        Ballot ballot = ballots.findByConsultationIdAndOrganisationId(id, organisation).map(b -> {
            b.replace(chosen, now, by);
            return b;
        }).orElseGet(() -> ballots.save(new Ballot(id, organisation, chosen, now, by)));
        audit.changed("dialogue.ballot", ballot.id().toString(), "cast",
                Map.of("consultation", id.toString(), "choices", chosen.size()));
        return ballot.id();
    }

    /**
     * A ballot received before the consultation was run in Pacto (the 2022 consultation of seed 003 ran elsewhere):
     * the secretariat records it with its original time. Only for a consultation marked synthetic (demo content).
     */
    @Transactional
    public void importBallot(Actor actor, UUID id, UUID organisation, List<String> choices, Instant castAt) {
        if (!actor.isStaff()) {
            throw new AccessDeniedException("the secretariat records imported ballots");
        }
        Consultation consultation = find(id);
        if (!consultation.synthetic() || choices.size() > consultation.winners()
                || !choices.stream().allMatch(consultation::hasOption)) {
            throw new IllegalArgumentException("only valid ballots of a demo consultation are imported");
        }
        Ballot ballot = ballots.findByConsultationIdAndOrganisationId(id, organisation).map(b -> {
            b.replace(choices, castAt, "import");
            return b;
        }).orElseGet(() -> ballots.save(new Ballot(id, organisation, choices, castAt, "import")));
        audit.changed("dialogue.ballot", ballot.id().toString(), "imported", Map.of("consultation", id.toString()));
    }

    /** The results of a closed consultation (409 {@code consultation-open} while it is open). */
    @Transactional(readOnly = true)
    public Tally.Result results(UUID id) {
        Consultation consultation = find(id);
        if (!consultation.closed(clock.instant())) {
            throw new ConflictException("consultation-open", "results are shown once the consultation closes");
        }
        return tally(consultation);
    }

    static Tally.Result tally(Consultation consultation, List<Ballot> cast) {
        return Tally.count(consultation.options().stream().map(ConsultationOption::key).toList(),
                consultation.winners(), cast.stream()
                        .map(b -> new Tally.Ballot(b.organisationId().toString(), b.choices())).toList());
    }

    private Tally.Result tally(Consultation consultation) {
        return tally(consultation, ballots.of(consultation.id()));
    }

    @Transactional(readOnly = true)
    public Consultation one(UUID id) {
        return find(id);
    }

    @Transactional(readOnly = true)
    public List<Consultation> all() {
        return consultations.latestFirst();
    }

    /** The ballot the actor's organisation cast, if any (to show it again on the ballot form). */
    @Transactional(readOnly = true)
    public List<String> ballotOf(Actor actor, UUID id) {
        return ballots.findByConsultationIdAndOrganisationId(id, actor.organisation().value())
                .map(Ballot::choices).orElse(List.of());
    }

    public Instant now() {
        return clock.instant();
    }

    private Consultation find(UUID id) {
        return consultations.findById(id).orElseThrow(() -> new NotFoundException("consultation", id));
    }
}
