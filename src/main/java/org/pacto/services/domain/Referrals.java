package org.pacto.services.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.Role;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.ConflictException;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.pacto.services.domain.ReferralStatus.Action;
import org.pacto.services.domain.ReferralStatus.Side;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals between organisations (issue 13; seed 004 objective 7: identify people in vulnerable situations and
 * refer them with standard procedures). Consent first: without it a referral needs a supervisor's documented
 * override. The receiving organisation accepts, rejects and finishes; the sender may revoke.
 */
@Service
public class Referrals {

    static final String RECORD = "services.referral";
    private static final int REASON_LIMIT = 2000;

    private final ReferralRepository referrals;
    private final CaseAccess access;
    private final CaseFiles cases;
    private final FieldCipher cipher;
    private final Actors actors;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Referrals(ReferralRepository referrals, CaseAccess access, CaseFiles cases, FieldCipher cipher, Actors actors,
              AuditTrail audit, JdbcClient jdbc, ObjectProvider<Clock> clock) {
        this.referrals = referrals;
        this.access = access;
        this.cases = cases;
        this.cipher = cipher;
        this.actors = actors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Refers a case of the actor's organisation; every field is checked before anything is written. */
    @Transactional
    public UUID refer(Actor actor, UUID caseId, ReferralInput input) {
        var reached = access.own(actor, caseId);
        if (reached.file().erased()) {
            throw new ConflictException("services-case-erased", "an erased case is not referred");
        }
        List<FieldProblem> problems = new ArrayList<>();
        UUID to = null;
        if (input.to() == null || input.to().isBlank()) {
            problems.add(new FieldProblem("to", "required"));
        } else {
            try {
                to = UUID.fromString(input.to().strip());
                if (actors.organisation(new OrganisationId(to)).isEmpty()) {
                    problems.add(new FieldProblem("to", "unknown-organisation"));
                } else if (to.equals(actor.organisation().value())) {
                    problems.add(new FieldProblem("to", "services-same-organisation"));
                } else if (!operatesServicePoint(to)) {
                    problems.add(new FieldProblem("to", "services-not-an-operator"));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("to", "invalid-id"));
            }
        }
        ServicePointRules.text(problems, "reason", input.reason(), REASON_LIMIT, true);
        Urgency urgency = input.urgency() == null || input.urgency().isBlank() ? Urgency.ROUTINE
                : CaseFiles.code(problems, "urgency", input.urgency(), Urgency::fromCode);
        boolean consent = Boolean.TRUE.equals(input.consent());
        String overrideReason = null;
        if (input.override() != null) {
            ServicePointRules.text(problems, "override.reason", input.override().reason(), REASON_LIMIT, true);
            overrideReason = input.override().reason() == null ? null : input.override().reason().strip();
        }
        if (!problems.isEmpty() || to == null || urgency == null) {
            throw new InvalidInputException(problems);
        }
        if (!consent && input.override() == null) {
            throw new RefusedRequest("consent-required", Map.of("errors", List.of(Map.of("field", "consent",
                    "code", "consent-required"))));
        }
        if (input.override() != null && !actor.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("only a supervisor may override a missing consent");
        }
        Instant now = clock.instant();
        var referral = new Referral(UUID.randomUUID(), caseId, actor.organisation().value(), to, urgency, consent, now);
        referral.seal(cipher.seal(input.reason().strip(), referral.reasonContext()),
                overrideReason == null ? null : cipher.seal(overrideReason, referral.overrideContext()),
                overrideReason == null ? null : actor.person().value());
        referrals.save(referral);
        audit.changed(RECORD, referral.id().toString(), "sent", Map.of("case", caseId.toString(), "to", to.toString(),
                "urgency", urgency.code(), "consent", consent, "override", overrideReason != null));
        return referral.id();
    }

    /**
     * Accept, reject or finish (receiving organisation) or revoke (sender). A referral the actor's organisation is
     * not part of does not exist for them (404); an action of the other side is forbidden (403); an action the
     * status does not allow is a conflict (409 {@code services-referral-status}). Repeating the last action
     * answers as the first time.
     */
    @Transactional
    public ReferralView act(Actor actor, UUID id, Action action) {
        CaseAccess.requireCaseStaff(actor);
        var referral = referrals.findById(id).orElseThrow(() -> new NotFoundException("referral", id));
        UUID organisation = actor.organisation().value();
        boolean sender = referral.fromOrganisation().equals(organisation);
        boolean receiver = referral.toOrganisation().equals(organisation);
        if (!sender && !receiver) {
            throw new NotFoundException("referral", id);
        }
        if ((action.side() == Side.SENDER && !sender) || (action.side() == Side.RECEIVER && !receiver)) {
            throw new AccessDeniedException("the other organisation takes this action");
        }
        boolean repeated = referral.status() == action.target();
        if (!repeated) {
            if (!referral.act(action, clock.instant())) {
                throw new ConflictException("services-referral-status", "not allowed in this status");
            }
            audit.changed(RECORD, id.toString(), action.code(), Map.of("status", referral.status().code()));
        }
        return cases.referralView(referral, code(referral.caseId()));
    }

    /** Referrals received by (inbox) or sent from (outbox) the actor's organisation. */
    @Transactional
    public List<ReferralView> box(Actor actor, boolean inbox) {
        CaseAccess.requireCaseStaff(actor);
        UUID organisation = actor.organisation().value();
        var list = inbox ? referrals.to(organisation) : referrals.from(organisation);
        audit.personalDataRead(RECORD, "organisation:" + organisation, inbox ? "referral inbox" : "referral outbox");
        return list.stream().map(r -> cases.referralView(r, code(r.caseId()))).toList();
    }

    private String code(UUID caseId) {
        return jdbc.sql("select code from services.case_file where id = :id").param("id", caseId)
                .query(String.class).single();
    }

    private boolean operatesServicePoint(UUID organisation) {
        return jdbc.sql("select exists (select 1 from services.service_point where operator_id = :o)")
                .param("o", organisation).query(Boolean.class).single();
    }
}
