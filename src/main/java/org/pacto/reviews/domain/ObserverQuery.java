package org.pacto.reviews.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A question the observer asks about an inventory, possibly about one finding, and the government's answer. */
@Entity
@Table(schema = "reviews", name = "query")
public class ObserverQuery {

    @Id
    private UUID id;
    private @Nullable String finding;
    private String question;
    private @Nullable String answer;
    private Instant askedAt;
    private @Nullable Instant answeredAt;

    protected ObserverQuery() {
        this.id = UUID.randomUUID();
        this.question = "";
        this.askedAt = Instant.now();
    }

    ObserverQuery(@Nullable String finding, String question, Instant now) {
        this();
        this.finding = finding;
        this.question = question;
        this.askedAt = now;
    }

    void answer(String text, Instant now) {
        this.answer = text;
        this.answeredAt = now;
    }

    public boolean open() {
        return answer == null;
    }

    public UUID id() { return id; }
    public @Nullable String finding() { return finding; }
    public String question() { return question; }
    public @Nullable String answer() { return answer; }
    public Instant askedAt() { return askedAt; }
    public @Nullable Instant answeredAt() { return answeredAt; }
}
