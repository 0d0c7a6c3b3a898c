package org.pacto.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting of a working table with its minutes (seed 003: the Regional Network and the liaison table "sostienen
 * reuniones de manera periódica"). Minutes are public and name organisations, not people.
 */
@Entity
@Table(schema = "dialogue", name = "meeting")
public class Meeting {

    @Id
    private UUID id;
    @Column(name = "work_table")
    private WorkingTable table;
    private LocalDate heldOn;
    private String minutes;
    private Instant recordedAt;

    protected Meeting() {
        this.id = UUID.randomUUID();
        this.table = WorkingTable.LIAISON;
        this.heldOn = LocalDate.EPOCH;
        this.minutes = "";
        this.recordedAt = Instant.EPOCH;
    }

    Meeting(WorkingTable table, LocalDate heldOn, String minutes, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.table = table;
        this.heldOn = heldOn;
        this.minutes = minutes;
        this.recordedAt = recordedAt;
    }

    public UUID id() { return id; }
    public WorkingTable table() { return table; }
    public LocalDate heldOn() { return heldOn; }
    public String minutes() { return minutes; }
}
