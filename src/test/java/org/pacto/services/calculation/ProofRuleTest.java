package org.pacto.services.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The card's proof rule (issue 13): its table, its thresholds, and properties over any set of proofs. */
class ProofRuleTest {

    private final ProofRule rule = ProofRule.standard();

    @Test
    void aPassportAndALeaseSuffice() {
        var a = rule.assess(List.of(ProofKind.PASSPORT, ProofKind.LEASE));
        assertThat(a.identityPoints()).isEqualTo(3);
        assertThat(a.residencePoints()).isEqualTo(1);
        assertThat(a.sufficient()).isTrue();
        assertThat(a.steps()).extracting(Step::code).contains("proof-counted", "sufficient");
        assertThat(a.steps()).allSatisfy(s -> assertThat(s.source()).contains("Issue 13"));
    }

    @Test
    void aConsularCardAloneIsTwoIdentityPointsAndNotEnough() {
        var a = rule.assess(List.of(ProofKind.CONSULAR_IDENTITY_CARD, ProofKind.UTILITY_BILL));
        assertThat(a.identityPoints()).isEqualTo(2);
        assertThat(a.sufficient()).isFalse();
        assertThat(a.steps()).extracting(Step::code).contains("insufficient-identity");
    }

    @Test
    void aConsularCardAndABirthCertificateReachThree() {
        var a = rule.assess(List.of(ProofKind.CONSULAR_IDENTITY_CARD, ProofKind.BIRTH_CERTIFICATE,
                ProofKind.SHELTER_LETTER));
        assertThat(a.identityPoints()).isEqualTo(3);
        assertThat(a.sufficient()).isTrue();
    }

    @Test
    void identityWithoutAnyResidenceProofIsRefused() {
        var a = rule.assess(List.of(ProofKind.PASSPORT, ProofKind.NATIONAL_IDENTITY_DOCUMENT));
        assertThat(a.identityPoints()).isEqualTo(6);
        assertThat(a.residencePoints()).isZero();
        assertThat(a.sufficient()).isFalse();
        assertThat(a.steps()).extracting(Step::code).contains("insufficient-residence");
    }

    @Test
    void twoDocumentsOfOneKindCountOnce() {
        var a = rule.assess(List.of(ProofKind.BIRTH_CERTIFICATE, ProofKind.BIRTH_CERTIFICATE,
                ProofKind.BIRTH_CERTIFICATE, ProofKind.LEASE));
        assertThat(a.identityPoints()).isEqualTo(1);
        assertThat(a.sufficient()).isFalse();
    }

    @Property
    void sufficientExactlyWhenBothThresholdsAreMet(@ForAll @Size(max = 12) List<ProofKind> shown) {
        var a = rule.assess(shown);
        assertThat(a.sufficient()).isEqualTo(a.identityPoints() >= 3 && a.residencePoints() >= 1);
    }

    @Property
    void addingAProofNeverTakesPointsAway(@ForAll @Size(max = 10) List<ProofKind> shown, @ForAll ProofKind more) {
        var before = rule.assess(shown);
        var more1 = new ArrayList<>(shown);
        more1.add(more);
        var after = rule.assess(more1);
        assertThat(after.identityPoints()).isGreaterThanOrEqualTo(before.identityPoints());
        assertThat(after.residencePoints()).isGreaterThanOrEqualTo(before.residencePoints());
        assertThat(!before.sufficient() || after.sufficient()).isTrue();
    }

    @Property
    void theOrderOfProofsDoesNotMatter(@ForAll @Size(max = 10) List<ProofKind> shown) {
        var reversed = new ArrayList<>(shown);
        java.util.Collections.reverse(reversed);
        var a = rule.assess(shown);
        var b = rule.assess(reversed);
        assertThat(b.identityPoints()).isEqualTo(a.identityPoints());
        assertThat(b.residencePoints()).isEqualTo(a.residencePoints());
    }
}
