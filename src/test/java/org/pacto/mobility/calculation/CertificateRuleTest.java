package org.pacto.mobility.calculation;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateRuleTest {

    @Test
    void eightOfTenSessionsReachTheDefaultEightyPercentExactlyAndSevenDoNot() {
        assertThat(CertificateRule.of(8, 10, CertificateRule.DEFAULT_THRESHOLD).earned()).isTrue();
        assertThat(CertificateRule.of(7, 10, CertificateRule.DEFAULT_THRESHOLD).earned()).isFalse();
        // 5 of 6 is 83.3 %: earned; 4 of 6 is 66.7 %: not
        assertThat(CertificateRule.of(5, 6, 80).earned()).isTrue();
        assertThat(CertificateRule.of(4, 6, 80).share()).isEqualTo(66);
        assertThat(CertificateRule.of(4, 6, 80).earned()).isFalse();
        assertThat(CertificateRule.of(6, 6, 100).steps().getFirst().code()).isEqualTo("certificate-earned");
    }

    @Test
    void impossibleFiguresAreRefused() {
        assertThatThrownBy(() -> CertificateRule.of(11, 10, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateRule.of(1, 0, 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CertificateRule.of(1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void attendingMoreNeverLosesTheCertificate(@ForAll @IntRange(min = 1, max = 200) int sessions,
                                               @ForAll @IntRange(min = 0, max = 200) int attended,
                                               @ForAll @IntRange(min = 1, max = 100) int threshold) {
        int a = Math.min(attended, sessions - 1);
        if (CertificateRule.of(a, sessions, threshold).earned()) {
            assertThat(CertificateRule.of(a + 1, sessions, threshold).earned()).isTrue();
        }
        assertThat(CertificateRule.of(sessions, sessions, threshold).earned()).isTrue();
    }
}
