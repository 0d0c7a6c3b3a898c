package org.pacto.dialogue.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A session of a dialogue: its topic, the GCM objectives it takes up, its time (stored as an instant, shown in the
 * visitor's zone and the region's capitals) and its panel. Seed 003's first session took up objectives 7, 8 and
 * 15, its second 6, 16, 18 and 19.
 */
@Entity
@Table(schema = "dialogue", name = "session")
public class Session {

    @Id
    private UUID id;
    private int position;
    private String topic;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "int[]")
    private Integer[] objectives = {};
    private Instant startsAt;
    private Instant endsAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "dialogue", name = "panelist", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<Panelist> panel = new ArrayList<>();

    protected Session() {
        this.id = UUID.randomUUID();
        this.topic = "";
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
    }

    Session(int position, String topic, List<Integer> objectives, Instant startsAt, Instant endsAt,
            List<Panelist> panel) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.topic = topic;
        this.objectives = objectives.toArray(Integer[]::new);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.panel = new ArrayList<>(panel);
    }

    public UUID id() { return id; }
    public int position() { return position; }
    public String topic() { return topic; }
    public List<Integer> objectives() { return Arrays.asList(objectives); }
    public Instant startsAt() { return startsAt; }
    public Instant endsAt() { return endsAt; }
    public List<Panelist> panel() { return List.copyOf(panel); }
}
