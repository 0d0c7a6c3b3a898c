package org.pacto.dialogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A consultation of the member organisations (issue 11; seed 003: the dialogue's two topics "fueron seleccionados
 * por el Mecanismo a fines del 2022"): a question, options, the number of winners, and the time it is open.
 * It accepts ballots between {@code opens} and {@code closes} unless the secretariat closed it earlier; results
 * are shown only once it is closed.
 */
@Entity
@Table(schema = "dialogue", name = "consultation")
public class Consultation {

    @Id
    private UUID id;
    private String question;
    private int winners;
    private Instant opens;
    private Instant closes;
    private @Nullable Instant closedAt;
    private boolean synthetic;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "dialogue", name = "consultation_option",
            joinColumns = @JoinColumn(name = "consultation_id"))
    @OrderColumn(name = "position")
    private List<ConsultationOption> options = new ArrayList<>();

    protected Consultation() {
        this.id = UUID.randomUUID();
        this.question = "";
        this.opens = Instant.EPOCH;
        this.closes = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    Consultation(String question, List<ConsultationOption> options, int winners, Instant opens, Instant closes,
                 boolean synthetic, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.question = question;
        this.options = new ArrayList<>(options);
        this.winners = winners;
        this.opens = opens;
        this.closes = closes;
        this.synthetic = synthetic;
        this.createdAt = createdAt;
    }

    /** Closed by the secretariat, or past its closing time. */
    public boolean closed(Instant now) {
        return closedAt != null || !now.isBefore(closes);
    }

    public boolean open(Instant now) {
        return !closed(now) && !now.isBefore(opens);
    }

    /** Closing twice changes nothing (the first closing time stays). */
    void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    public boolean hasOption(String key) {
        return options.stream().anyMatch(o -> o.key().equals(key));
    }

    public UUID id() { return id; }
    public String question() { return question; }
    public int winners() { return winners; }
    public Instant opens() { return opens; }
    public Instant closes() { return closes; }
    public @Nullable Instant closedAt() { return closedAt; }
    public boolean synthetic() { return synthetic; }
    public List<ConsultationOption> options() { return List.copyOf(options); }
}
