package org.pacto.mobility.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A person enrolled in a course, known by the account's id only, and the sessions they attended. */
@Entity
@Table(name = "enrolment", schema = "mobility")
public class Enrolment {

    @Id
    private UUID id;
    private String course;
    private UUID personId;
    private Instant enrolledAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enrolment_session", schema = "mobility", joinColumns = @JoinColumn(name = "enrolment_id"))
    @Column(name = "session")
    private Set<Integer> attended = new TreeSet<>();
    @Version
    private long version;

    protected Enrolment() {
        this.id = UUID.randomUUID();
        this.course = "";
        this.personId = new UUID(0, 0);
        this.enrolledAt = Instant.EPOCH;
    }

    Enrolment(String course, UUID personId, Instant now) {
        this.id = UUID.randomUUID();
        this.course = course;
        this.personId = personId;
        this.enrolledAt = now;
    }

    /** Marks sessions as attended; attending twice counts once. The caller checked that they exist. */
    void attended(Collection<Integer> sessions) {
        attended.addAll(sessions);
    }

    public UUID id() {
        return id;
    }

    public String course() {
        return course;
    }

    public UUID personId() {
        return personId;
    }

    public Set<Integer> attended() {
        return Set.copyOf(attended);
    }
}
