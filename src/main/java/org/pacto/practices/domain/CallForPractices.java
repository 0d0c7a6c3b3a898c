package org.pacto.practices.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A themed call for practices opened by the secretariat, with a deadline. */
@Entity
@Table(schema = "practices", name = "call_for_practices")
public class CallForPractices {

    @Id
    private UUID id;
    private String title;
    private @Nullable String theme;
    private LocalDate deadline;
    private boolean featured;
    private Instant createdAt;

    protected CallForPractices() {
    }

    public CallForPractices(String title, @Nullable String theme, LocalDate deadline, boolean featured) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.theme = theme;
        this.deadline = deadline;
        this.featured = featured;
        this.createdAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public @Nullable String theme() {
        return theme;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public boolean featured() {
        return featured;
    }

    public boolean open(LocalDate today) {
        return !today.isAfter(deadline);
    }
}
