package org.pacto.pledges.domain;

import org.pacto.identity.Actor;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.Role;

/** The permission checks behind the table in {@link Pledges}' documentation, one method per row. */
final class PledgePermissions {

    private PledgePermissions() {
    }

    /** Focal points and members draft pledges for their own organisation. */
    static boolean mayDraft(Actor actor) {
        return actor.has(Role.FOCAL_POINT) || actor.has(Role.MEMBER);
    }

    /** Focal points and members work for an organisation (draft, report); reviewers do not. */
    static boolean worksFor(Actor actor, OrganisationId organisation) {
        return actor.actsFor(organisation) && mayDraft(actor);
    }

    /** Submits, closes or withdraws, invites co-signatories: the lead organisation's focal point. */
    static boolean leads(Actor actor, Pledge pledge) {
        return actor.isFocalPointOf(new OrganisationId(pledge.organisationId()));
    }

    /** Adds files to a draft: whoever drafts for the lead organisation, and the secretariat. */
    static boolean mayEdit(Actor actor, Pledge pledge) {
        return actor.isStaff() || worksFor(actor, new OrganisationId(pledge.organisationId()));
    }

    /** Reports progress: focal points and members of the lead or of a co-signatory that accepted. */
    static boolean mayReport(Actor actor, Pledge pledge) {
        return pledge.pledger(actor.organisation().value()) && worksFor(actor, actor.organisation());
    }

    /** Signs for its organisation: only the focal point commits it. */
    static boolean maySign(Actor actor) {
        return actor.isFocalPointOf(actor.organisation());
    }

    /** Contacts (personal data): the pledgers' focal points and members, and the secretariat. */
    static boolean mayReadContacts(Actor actor, Pledge pledge) {
        return actor.isStaff() || mayReport(actor, pledge);
    }
}
