package org.pacto.services.domain;

import java.util.List;
import java.util.UUID;
import org.pacto.identity.Actor;
import org.pacto.identity.Role;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a case: caseworkers and supervisors of the organisation that owns it, and those of an organisation
 * it is referred to while that referral is open. To anyone else a case does not exist (404, never 403, so that
 * its existence is not revealed).
 */
@Component
class CaseAccess {

    static final int REASON_LIMIT = 500;

    private final CaseFileRepository cases;
    private final ReferralRepository referrals;

    CaseAccess(CaseFileRepository cases, ReferralRepository referrals) {
        this.cases = cases;
        this.referrals = referrals;
    }

    /** A case as one reader reaches it, and the referrals that reader may see. */
    record Reached(CaseFile file, boolean owner, List<Referral> referrals) {
    }

    static boolean worksCases(Actor actor) {
        return actor.has(Role.CASEWORKER) || actor.has(Role.SUPERVISOR);
    }

    static void requireCaseStaff(Actor actor) {
        if (!worksCases(actor)) {
            throw new AccessDeniedException("only caseworkers and supervisors work with cases");
        }
    }

    /** The reason every read of a case must give (issue 13: who, when and why). */
    static String reason(String reason) {
        String why = reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(new FieldProblem("reason", "services-reason-required"));
        }
        if (why.length() > REASON_LIMIT) {
            throw new InvalidInputException(new FieldProblem("reason", "too-long", REASON_LIMIT));
        }
        return why;
    }

    Reached reach(Actor actor, UUID id) {
        requireCaseStaff(actor);
        UUID organisation = actor.organisation().value();
        CaseFile file = cases.findById(id).orElseThrow(() -> new NotFoundException("case", id));
        List<Referral> all = referrals.ofCase(id);
        if (file.organisationId().equals(organisation)) {
            return new Reached(file, true, all);
        }
        List<Referral> mine = all.stream()
                .filter(r -> r.toOrganisation().equals(organisation) && r.status().givesAccess()).toList();
        if (mine.isEmpty()) {
            throw new NotFoundException("case", id);
        }
        return new Reached(file, false, mine);
    }

    /** The owning organisation only; to a receiving organisation the action is forbidden, to others 404. */
    Reached own(Actor actor, UUID id) {
        Reached reached = reach(actor, id);
        if (!reached.owner()) {
            throw new AccessDeniedException("only the owning organisation may do this");
        }
        return reached;
    }
}
