package org.pacto.services.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.platform.AuditTrail;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.services.domain.ReferralStatus.Action;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases: opened by a caseworker, read with a reason (every read audited: who, when, why), exported for the
 * person and erased on their request. Names and contacts are sealed before they reach the database and opened
 * only for a reader {@link CaseAccess} lets through. Nothing here logs or publishes anything personal.
 */
@Service
public class CaseFiles {

    static final String RECORD = "services.case";
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int NAME_LIMIT = 300;
    private static final int CONTACT_LIMIT = 300;

    private final CaseFileRepository cases;
    private final ReferralRepository referrals;
    private final CaseAccess access;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final ReturneeIntakes returnees;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CaseFiles(CaseFileRepository cases, ReferralRepository referrals, CaseAccess access, FieldCipher cipher,
              AuditTrail audit, ReturneeIntakes returnees, ObjectProvider<Clock> clock) {
        this.returnees = returnees;
        this.cases = cases;
        this.referrals = referrals;
        this.access = access;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A case just opened: its id and the code staff use instead of the name. */
    public record Opened(UUID id, String code) {
    }

    /** One line of a case list: nothing identifying. */
    public record CaseSummary(UUID id, String code, boolean owner, String sex, String ageBand, List<String> needs,
                              boolean childLens, boolean genderLens, Instant openedAt, boolean erased,
                              boolean synthetic) {
    }

    @Transactional
    public Opened open(Actor actor, CaseInput input) {
        CaseAccess.requireCaseStaff(actor);
        return open(actor.organisation().value(), input, false);
    }

    /** Opens a case for an organisation (the demo's synthetic cases come through here too). */
    @Transactional
    public Opened open(UUID organisation, CaseInput input, boolean synthetic) {
        List<FieldProblem> problems = new ArrayList<>();
        ServicePointRules.text(problems, "name", input.name(), NAME_LIMIT, true);
        ServicePointRules.text(problems, "contact", input.contact(), CONTACT_LIMIT, false);
        Sex sex = code(problems, "sex", input.sex(), Sex::fromCode);
        AgeBand band = code(problems, "ageBand", input.ageBand(), AgeBand::fromCode);
        ServicePointRules.codes(problems, "languages", input.languages(), false,
                c -> ServicePointRules.LANGUAGE.matcher(c).matches());
        ServicePointRules.codes(problems, "needs", input.needs(), true, c -> Need.fromCode(c).isPresent());
        if (!problems.isEmpty() || sex == null || band == null) {
            throw new InvalidInputException(problems);
        }
        List<Need> needs = input.needs().stream().map(n -> Need.fromCode(n).orElseThrow()).toList();
        var file = new CaseFile(UUID.randomUUID(), newCode(), organisation, sex, band,
                input.languages() == null ? List.of() : input.languages(), needs, clock.instant());
        String contact = input.contact() == null || input.contact().isBlank() ? null : input.contact().strip();
        file.seal(cipher.seal(input.name().strip(), file.nameContext()),
                contact == null ? null : cipher.seal(contact, file.contactContext()));
        if (synthetic) {
            file.markSynthetic();
        }
        cases.save(file);
        // the audit names the pseudonymous code, never the person
        audit.changed(RECORD, file.id().toString(), "opened", Map.of("code", file.code()));
        return new Opened(file.id(), file.code());
    }

    /** One case, for a reader allowed to see it, with the reason of the read recorded. */
    @Transactional
    public CaseView read(Actor actor, UUID id, String reason) {
        CaseAccess.requireCaseStaff(actor);
        String why = CaseAccess.reason(reason);
        var reached = access.reach(actor, id);
        audit.personalDataRead(RECORD, id.toString(), why);
        return view(reached);
    }

    /** The cases the reader's organisation owns and those referred to it; codes and needs only. */
    @Transactional
    public List<CaseSummary> list(Actor actor) {
        CaseAccess.requireCaseStaff(actor);
        UUID organisation = actor.organisation().value();
        Map<UUID, CaseSummary> list = new LinkedHashMap<>();
        for (CaseFile file : cases.ofOrganisation(organisation)) {
            list.put(file.id(), summary(file, true));
        }
        for (Referral referral : referrals.to(organisation)) {
            if (referral.status().givesAccess() && !list.containsKey(referral.caseId())) {
                cases.findById(referral.caseId()).ifPresent(f -> list.put(f.id(), summary(f, false)));
            }
        }
        audit.personalDataRead(RECORD, "organisation:" + organisation, "case list");
        return List.copyOf(list.values());
    }

    /** Everything held about the person, for the person (owning organisation only), audited. */
    @Transactional
    public Map<String, Object> export(Actor actor, UUID id, String reason) {
        CaseAccess.requireCaseStaff(actor);
        String why = CaseAccess.reason(reason);
        var reached = access.own(actor, id);
        audit.personalDataRead(RECORD, id.toString(), "export for the person: " + why);
        var view = view(reached);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant());
        export.put("case", view);
        returnees.of(view).ifPresent(intake -> export.put("returneeIntake", intake));
        export.put("note", "Export of the personal data held by Pacto about this person, made at their request.");
        return export;
    }

    /**
     * Erasure on the person's request: name, contact, languages and referral reasons are removed, open referrals
     * revoked; the code, the non-identifying screening answers and the audit trail stay.
     */
    @Transactional
    public void erase(Actor actor, UUID id, String reason) {
        CaseAccess.requireCaseStaff(actor);
        String why = CaseAccess.reason(reason);
        var reached = access.own(actor, id);
        Instant now = clock.instant();
        reached.file().erase(now, why);
        returnees.erase(id);
        for (Referral referral : reached.referrals()) {
            referral.act(Action.REVOKE, now);
            referral.seal(cipher.seal("", referral.reasonContext()), referral.overridden()
                    ? cipher.seal("", referral.overrideContext()) : null, null);
        }
        audit.changed(RECORD, id.toString(), "erased", Map.of("reason", why));
    }

    /** Closes a case (the owning organisation); closed cases are anonymised after the retention period. */
    @Transactional
    public void close(Actor actor, UUID id) {
        var reached = access.own(actor, id);
        reached.file().close(clock.instant());
        audit.changed(RECORD, id.toString(), "closed", Map.of());
    }

    /** Retention: cases closed before the cut-off are anonymised (erased) with the reason "retention". */
    @Transactional
    public int anonymiseClosedBefore(Instant cutoff) {
        List<CaseFile> due = cases.closedBefore(cutoff);
        for (CaseFile file : due) {
            file.erase(clock.instant(), "retention");
            returnees.erase(file.id());
            audit.changed(RECORD, file.id().toString(), "anonymised", Map.of("reason", "retention"));
        }
        return due.size();
    }

    CaseView view(CaseAccess.Reached reached) {
        CaseFile file = reached.file();
        boolean consented = reached.owner() || reached.referrals().stream().anyMatch(Referral::consent);
        String name = file.name() == null ? null : cipher.open(file.name(), file.nameContext());
        String contact = file.contact() == null || !consented ? null : cipher.open(file.contact(), file.contactContext());
        List<ReferralView> shown = reached.referrals().stream().map(r -> referralView(r, file.code())).toList();
        return new CaseView(file.id(), file.code(), reached.owner(), name, contact, file.sex().code(),
                file.ageBand().code(), file.languages(), file.needs().stream().map(Need::code).toList(),
                childLens(file), genderLens(file), file.openedAt(), file.erasedAt(), file.synthetic(), shown);
    }

    ReferralView referralView(Referral r, String caseCode) {
        return new ReferralView(r.id(), r.caseId(), caseCode, r.fromOrganisation(), r.toOrganisation(),
                cipher.open(r.reason(), r.reasonContext()), r.urgency().code(), r.consent(), r.overridden(),
                r.overrideReason() == null ? null : cipher.open(r.overrideReason(), r.overrideContext()),
                r.status().code(), r.sentAt(), r.acceptedAt(), r.overdue(clock.instant()));
    }

    static boolean childLens(CaseFile file) {
        return file.ageBand().child() || file.needs().stream().anyMatch(Need::childLens);
    }

    static boolean genderLens(CaseFile file) {
        return file.needs().stream().anyMatch(Need::genderLens);
    }

    private static CaseSummary summary(CaseFile f, boolean owner) {
        return new CaseSummary(f.id(), f.code(), owner, f.sex().code(), f.ageBand().code(),
                f.needs().stream().map(Need::code).toList(), childLens(f), genderLens(f), f.openedAt(), f.erased(),
                f.synthetic());
    }

    private String newCode() {
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder code = new StringBuilder("C-");
            for (int i = 0; i < 8; i++) {
                code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
            }
            if (!cases.existsByCode(code.toString())) {
                return code.toString();
            }
        }
        throw new IllegalStateException("no free case code");
    }

    static <T> @Nullable T code(List<FieldProblem> problems, String field, @Nullable String value,
                                java.util.function.Function<String, java.util.Optional<T>> parse) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "required"));
            return null;
        }
        var parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            problems.add(new FieldProblem(field, "services-unknown-code", value));
            return null;
        }
        return parsed.get();
    }
}
