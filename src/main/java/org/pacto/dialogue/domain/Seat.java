package org.pacto.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A member organisation's seat at a working table, as delegate or co-ordinator (seed 003, note 3). */
@Entity
@Table(schema = "dialogue", name = "seat")
public class Seat {

    @Id
    private UUID id;
    @Column(name = "work_table")
    private WorkingTable table;
    private UUID memberId;
    private SeatRole role;

    protected Seat() {
        this.id = UUID.randomUUID();
        this.table = WorkingTable.LIAISON;
        this.memberId = id;
        this.role = SeatRole.DELEGATE;
    }

    Seat(WorkingTable table, UUID memberId, SeatRole role) {
        this.id = UUID.randomUUID();
        this.table = table;
        this.memberId = memberId;
        this.role = role;
    }

    void changeRole(SeatRole role) {
        this.role = role;
    }

    public UUID id() { return id; }
    public WorkingTable table() { return table; }
    public UUID memberId() { return memberId; }
    public SeatRole role() { return role; }
}
