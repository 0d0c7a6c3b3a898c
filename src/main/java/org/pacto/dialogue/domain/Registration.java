package org.pacto.dialogue.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.SealedFields;

/**
 * A person's registration for a dialogue (issue 11; seed 003: "solo una persona por dirección de correo"). Name and
 * e-mail are personal data: stored only sealed ({@link org.pacto.platform.SealedFields}, AES-256-GCM, the key outside
 * the database), each bound to this record and field; the one-per-e-mail rule compares a keyed blind index of the
 * folded address, never the address. Only the secretariat reads them, every read audited; public figures count,
 * never name. The confirmation link carries a secret of which only the hash is stored.
 *
 * <p>{@code name}, {@code email} and {@code emailKey} are the plaintext columns of rows written before sealing
 * (migration V2): {@link RegistrationSealing} seals them at start and clears them; new rows never fill them.
 */
@Entity
@Table(schema = "dialogue", name = "registration")
public class Registration {

    static final String EMAIL_INDEX = "dialogue.registration.email";

    @Id
    private UUID id;
    private UUID eventId;
    private byte @Nullable [] nameSealed;
    private byte @Nullable [] emailSealed;
    private @Nullable String emailIndex;
    private @Nullable String name;
    private @Nullable String email;
    private @Nullable String emailKey;
    private String organisation;
    private String country;
    private Sector sector;
    private @Nullable String gender;
    private String tokenHash;
    private @Nullable Instant confirmedAt;
    private Instant registeredAt;
    private boolean synthetic;

    protected Registration() {
        this.id = UUID.randomUUID();
        this.eventId = id;
        this.organisation = "";
        this.country = "";
        this.sector = Sector.OTHER;
        this.tokenHash = "";
        this.registeredAt = Instant.EPOCH;
    }

    Registration(UUID eventId, String organisation, String country, Sector sector, @Nullable String gender,
                 String tokenHash, Instant registeredAt, boolean synthetic) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.organisation = organisation;
        this.country = country;
        this.sector = sector;
        this.gender = gender;
        this.tokenHash = tokenHash;
        this.registeredAt = registeredAt;
        this.synthetic = synthetic;
    }

    /** One registration per e-mail per event: the address compared without regard to case or surrounding space. */
    public static String emailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** What the name's ciphertext is bound to: this record and this field. */
    String nameContext() {
        return "dialogue.registration.name:" + id;
    }

    String emailContext() {
        return "dialogue.registration.email:" + id;
    }

    /** Stores the sealed name and e-mail and the e-mail's blind index; any plaintext of an older row is dropped. */
    void seal(byte[] sealedName, byte[] sealedEmail, String index) {
        this.nameSealed = sealedName;
        this.emailSealed = sealedEmail;
        this.emailIndex = index;
        this.name = null;
        this.email = null;
        this.emailKey = null;
    }

    /** The name, opened (callers audit the read); an older row not yet sealed gives its plaintext. */
    String name(SealedFields fields) {
        return nameSealed == null ? java.util.Objects.requireNonNull(name) : fields.open(nameSealed, nameContext());
    }

    String email(SealedFields fields) {
        return emailSealed == null ? java.util.Objects.requireNonNull(email)
                : fields.open(emailSealed, emailContext());
    }

    /** Seals the name and e-mail with their blind index (a new row, or an older one's plaintext at start). */
    void seal(SealedFields fields, String plainName, String plainEmail) {
        seal(fields.seal(plainName, nameContext()), fields.seal(plainEmail, emailContext()),
                fields.index(emailKey(plainEmail), EMAIL_INDEX));
    }

    /** Confirming twice keeps the first confirmation. */
    void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public UUID id() { return id; }
    public UUID eventId() { return eventId; }
    byte @Nullable [] nameSealed() { return nameSealed; }
    byte @Nullable [] emailSealed() { return emailSealed; }
    @Nullable String legacyName() { return name; }
    @Nullable String legacyEmail() { return email; }
    public String organisation() { return organisation; }
    public String country() { return country; }
    public Sector sector() { return sector; }
    public @Nullable String gender() { return gender; }
    public @Nullable Instant confirmedAt() { return confirmedAt; }
    public Instant registeredAt() { return registeredAt; }
    public boolean synthetic() { return synthetic; }
}
