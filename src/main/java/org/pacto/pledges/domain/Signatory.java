package org.pacto.pledges.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A co-signatory of a joint pledge: invited by the lead, or joining an open pledge. */
@Embeddable
public class Signatory {

    private UUID organisationId;
    private String organisationName;
    private String status;
    private Instant invitedAt;
    private @Nullable Instant acceptedAt;

    protected Signatory() {
        this.organisationId = new UUID(0, 0);
        this.organisationName = "";
        this.status = "invited";
        this.invitedAt = Instant.now();
    }

    Signatory(UUID organisation, String name, boolean accepted) {
        this();
        this.organisationId = organisation;
        this.organisationName = name;
        if (accepted) {
            accept();
        }
    }

    void accept() {
        this.status = "accepted";
        this.acceptedAt = Instant.now();
    }

    void rename(String name) {
        this.organisationName = name;
    }

    public UUID organisationId() { return organisationId; }
    public String organisationName() { return organisationName; }
    public String status() { return status; }
    public boolean accepted() { return status.equals("accepted"); }
}
