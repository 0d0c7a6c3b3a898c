package org.pacto.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A recommendation of a dialogue's report: its text (which names no actor, seed 003), the GCM objectives it is
 * about, and whom it is addressed to. Governments answer it with {@link Response}s.
 */
@Entity
@Table(schema = "dialogue", name = "recommendation")
public class Recommendation {

    @Id
    private UUID id;
    private UUID eventId;
    private int position;
    private String text;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "int[]")
    private Integer[] objectives = {};
    private Addressee addressee;

    protected Recommendation() {
        this.id = UUID.randomUUID();
        this.eventId = id;
        this.text = "";
        this.addressee = Addressee.GOVERNMENTS;
    }

    Recommendation(UUID eventId, int position, String text, List<Integer> objectives, Addressee addressee) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.position = position;
        this.text = text;
        this.objectives = objectives.toArray(Integer[]::new);
        this.addressee = addressee;
    }

    public UUID id() { return id; }
    public UUID eventId() { return eventId; }
    public int position() { return position; }
    public String text() { return text; }
    public List<Integer> objectives() { return Arrays.asList(objectives); }
    public Addressee addressee() { return addressee; }
}
