package org.pacto.dialogue.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's registration for a dialogue (issue 11; seed 003: "solo una persona por dirección de correo"). Name and
 * e-mail are personal data: only the secretariat reads them, every read audited; public figures count, never name.
 * The confirmation link carries a secret of which only the hash is stored.
 */
@Entity
@Table(schema = "dialogue", name = "registration")
public class Registration {

    @Id
    private UUID id;
    private UUID eventId;
    private String name;
    private String email;
    private String emailKey;
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
        this.name = "";
        this.email = "";
        this.emailKey = "";
        this.organisation = "";
        this.country = "";
        this.sector = Sector.OTHER;
        this.tokenHash = "";
        this.registeredAt = Instant.EPOCH;
    }

    Registration(UUID eventId, String name, String email, String organisation, String country, Sector sector,
                 @Nullable String gender, String tokenHash, Instant registeredAt, boolean synthetic) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.name = name;
        this.email = email;
        this.emailKey = emailKey(email);
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

    /** Confirming twice keeps the first confirmation. */
    void confirm(Instant now) {
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    public UUID id() { return id; }
    public UUID eventId() { return eventId; }
    public String name() { return name; }
    public String email() { return email; }
    public String organisation() { return organisation; }
    public String country() { return country; }
    public Sector sector() { return sector; }
    public @Nullable String gender() { return gender; }
    public @Nullable Instant confirmedAt() { return confirmedAt; }
    public Instant registeredAt() { return registeredAt; }
    public boolean synthetic() { return synthetic; }
}
