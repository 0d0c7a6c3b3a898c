package org.pacto.reviews.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A review cycle opened by the secretariat (issue 9): the forum it feeds, the reference date at which "in force"
 * and "stale" are judged, and the dates between which inventories are started.
 */
@Entity
@Table(schema = "reviews", name = "cycle")
public class ReviewCycle {

    @Id
    private UUID id;
    private String title;
    private Forum forum;
    private LocalDate referenceDate;
    private LocalDate opens;
    private LocalDate closes;
    private boolean demo;
    private Instant createdAt;
    private String createdBy;

    protected ReviewCycle() {
        this.id = UUID.randomUUID();
        this.title = "";
        this.forum = Forum.REGIONAL;
        this.referenceDate = LocalDate.EPOCH;
        this.opens = LocalDate.EPOCH;
        this.closes = LocalDate.EPOCH;
        this.createdAt = Instant.now();
        this.createdBy = "";
    }

    public ReviewCycle(String title, Forum forum, LocalDate referenceDate, LocalDate opens, LocalDate closes,
                       String createdBy, boolean demo) {
        this();
        if (closes.isBefore(opens)) {
            throw new IllegalArgumentException("a cycle closes after it opens");
        }
        this.title = title;
        this.forum = forum;
        this.referenceDate = referenceDate;
        this.opens = opens;
        this.closes = closes;
        this.createdBy = createdBy;
        this.demo = demo;
    }

    /** Inventories are started between the opening and the closing date, both included. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public Forum forum() { return forum; }
    public LocalDate referenceDate() { return referenceDate; }
    public LocalDate opens() { return opens; }
    public LocalDate closes() { return closes; }
    public boolean demo() { return demo; }
    public Instant createdAt() { return createdAt; }
}
