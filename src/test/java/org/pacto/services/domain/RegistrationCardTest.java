package org.pacto.services.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The card's statuses: issued → renewed | expired | revoked. */
class RegistrationCardTest {

    private static RegistrationCard card() {
        return new RegistrationCard(UUID.randomUUID(), "TM-2026-ABCDEF", UUID.randomUUID(), List.of("passport"), 3, 1,
                LocalDate.of(2026, 1, 10), LocalDate.of(2029, 1, 10), "0".repeat(64), Instant.EPOCH);
    }

    @Test
    void aCardExpiresAfterItsExpiryDateAndARenewalRevivesIt() {
        var card = card();
        assertThat(card.statusOn(LocalDate.of(2029, 1, 10))).isEqualTo(CardStatus.ISSUED);
        assertThat(card.statusOn(LocalDate.of(2029, 1, 11))).isEqualTo(CardStatus.EXPIRED);
        assertThat(card.renew(LocalDate.of(2032, 1, 11), List.of("lease", "passport"), 3, 1)).isTrue();
        assertThat(card.statusOn(LocalDate.of(2029, 1, 11))).isEqualTo(CardStatus.RENEWED);
    }

    @Test
    void aRevokedCardStaysRevokedAndIsNotRenewed() {
        var card = card();
        card.revoke("reported lost");
        assertThat(card.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(CardStatus.REVOKED);
        assertThat(card.renew(LocalDate.of(2033, 1, 1), List.of("passport"), 3, 1)).isFalse();
        assertThat(card.statusOn(LocalDate.of(2027, 1, 1))).isEqualTo(CardStatus.REVOKED);
    }
}
