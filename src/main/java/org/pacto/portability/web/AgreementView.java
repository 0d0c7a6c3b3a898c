package org.pacto.portability.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.catalog.Agreement;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.ClaimProcedures;

/** An agreement of the registry with its parties, branches and rules, each rule with its source. */
record AgreementView(String code, String name, String source, List<Party> parties, List<String> covers,
                     List<String> doesNotCover, Rules rules, List<String> notes, @Nullable WhereToApply whereToApply,
                     List<SignatoryView> signatories) {

    static AgreementView of(Agreement a) {
        List<Party> parties = a.effectiveFrom().entrySet().stream()
                .map(e -> new Party(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Party::effectiveFrom).thenComparing(Party::country))
                .toList();
        List<String> covers = Arrays.stream(Branch.values()).filter(a::covers).map(Branch::code).toList();
        List<String> not = Arrays.stream(Branch.values()).filter(b -> !a.covers(b)).map(Branch::code).toList();
        var shortPeriods = a.shortPeriods()
                .map(s -> new ShortPeriods(s.minimumDays(), s.lastStatePaysAllIfAllReleased(), s.source()))
                .orElse(null);
        return new AgreementView(a.id(), a.name(), a.source(), parties, covers, not,
                new Rules(a.totalisationSource(), a.proRataSource(), a.choiceRule().name().toLowerCase(
                        java.util.Locale.ROOT).replace('_', '-'), a.choiceSource(), shortPeriods), a.notes(),
                WhereToApply.of(a, parties.stream().map(Party::country).toList()),
                a.signatories().stream().map(sig -> new SignatoryView(sig.country(), sig.status().code(), sig.source()))
                        .toList());
    }

    /**
     * A state that signed but where the agreement does not apply; {@code status} is {@code signed},
     * {@code ratified} or {@code implementation-agreement-signed}.
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AgreementSignatory", description = "A country party to the agreement and where its ratification stands.")
    record SignatoryView(String country, String status, String source) {
    }

    /**
     * Where to claim: {@code rule} is {@code residence-forwards} or {@code eu-residence-or-last-state}; each party
     * with the competent institutions for pensions, an empty list meaning "consult the liaison institution".
     * {@code null} when the agreement's procedure is not sourced.
     */
    record WhereToApply(String rule, String source, List<PartyInstitutions> parties) {

        static @Nullable WhereToApply of(Agreement a, List<String> countries) {
            return ClaimProcedures.of(a).map(p -> new WhereToApply(p.rule(), p.source(), countries.stream()
                    .map(c -> new PartyInstitutions(c, p.institutionsOf(c))).toList())).orElse(null);
        }
    }

    /** @param institutions empty: not named with confidence, consult the liaison institution */
    record PartyInstitutions(String country, List<ClaimProcedures.Institution> institutions) {
    }

    /** @param effectiveFrom the date from which the agreement applies to this party */
    record Party(String country, LocalDate effectiveFrom) {
    }

    /** @param choice how the independent and the pro-rata amounts are chosen between */
    record Rules(String totalisation, String proRata, String choice, String choiceSource,
                 @Nullable ShortPeriods shortPeriods) {
    }

    record ShortPeriods(int minimumDays, boolean lastStatePaysAllIfAllReleased, String source) {
    }
}
