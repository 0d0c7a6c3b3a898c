package org.pacto.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A municipal registration card (issue 13; seed 004, objective 4). The holder's name, birth date, address and
 * photo are sealed; of the proofs, only their kinds are kept, never copies, never nationality or migratory
 * status. The public verification link is kept only as a hash.
 */
@Entity
@Table(schema = "services", name = "registration_card")
class RegistrationCard {

    @Id
    private UUID id;
    private String number;
    private UUID issuerId;
    private byte[] holderName;
    private byte[] birthDate;
    private byte[] address;
    private byte @Nullable [] photo;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] proofKinds = {};
    private int identityPoints;
    private int residencePoints;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private CardStatus status;
    private String verificationHash;
    private byte @Nullable [] verificationSecret;
    private @Nullable String revocationReason;
    private @Nullable Instant erasedAt;
    private Instant createdAt;
    @Version
    private long version;

    protected RegistrationCard() {
        this.id = UUID.randomUUID();
        this.number = "";
        this.issuerId = id;
        this.holderName = new byte[0];
        this.birthDate = new byte[0];
        this.address = new byte[0];
        this.issuedOn = LocalDate.EPOCH;
        this.expiresOn = LocalDate.EPOCH;
        this.status = CardStatus.ISSUED;
        this.verificationHash = "";
        this.createdAt = Instant.EPOCH;
    }

    RegistrationCard(UUID id, String number, UUID issuer, List<String> proofKinds, int identityPoints,
                     int residencePoints, LocalDate issuedOn, LocalDate expiresOn, String verificationHash,
                     Instant now) {
        this.id = id;
        this.number = number;
        this.issuerId = issuer;
        this.holderName = new byte[0];
        this.birthDate = new byte[0];
        this.address = new byte[0];
        this.proofKinds = proofKinds.toArray(String[]::new);
        this.identityPoints = identityPoints;
        this.residencePoints = residencePoints;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.status = CardStatus.ISSUED;
        this.verificationHash = verificationHash;
        this.createdAt = now;
    }

    String context(String field) {
        return "registration_card." + field + ":" + id;
    }

    void seal(byte[] holderName, byte[] birthDate, byte[] address, byte @Nullable [] photo) {
        this.holderName = holderName;
        this.birthDate = birthDate;
        this.address = address;
        this.photo = photo;
    }

    /** The verification link's secret, sealed, so that the desk can print the card (its QR code) again. */
    void keepVerification(String hash, byte[] sealedSecret) {
        this.verificationHash = hash;
        this.verificationSecret = sealedSecret;
    }

    byte @Nullable [] verificationSecret() {
        return verificationSecret;
    }

    byte @Nullable [] photo() {
        return photo;
    }

    /** The status as of a day: an issued or renewed card past its expiry date is expired. */
    CardStatus statusOn(LocalDate day) {
        if ((status == CardStatus.ISSUED || status == CardStatus.RENEWED) && day.isAfter(expiresOn)) {
            return CardStatus.EXPIRED;
        }
        return status;
    }

    /** Renewal with proofs checked again: a new expiry date; a revoked card is not renewed. */
    boolean renew(LocalDate newExpiry, List<String> kinds, int identity, int residence) {
        if (status == CardStatus.REVOKED) {
            return false;
        }
        this.status = CardStatus.RENEWED;
        this.expiresOn = newExpiry;
        this.proofKinds = kinds.toArray(String[]::new);
        this.identityPoints = identity;
        this.residencePoints = residence;
        return true;
    }

    void revoke(String reason) {
        this.status = CardStatus.REVOKED;
        this.revocationReason = reason;
    }

    UUID id() {
        return id;
    }

    String number() {
        return number;
    }

    UUID issuerId() {
        return issuerId;
    }

    byte[] holderName() {
        return holderName;
    }

    byte[] birthDate() {
        return birthDate;
    }

    byte[] address() {
        return address;
    }

    boolean hasPhoto() {
        return photo != null;
    }

    List<String> proofKinds() {
        return List.of(proofKinds);
    }

    int identityPoints() {
        return identityPoints;
    }

    int residencePoints() {
        return residencePoints;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }

    CardStatus status() {
        return status;
    }
}
