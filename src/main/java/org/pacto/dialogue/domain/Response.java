package org.pacto.dialogue.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A government's answer to a recommendation addressed to it, with evidence and date (issue 11). Answers are kept
 * as a history; a government's latest answer is its current status.
 */
@Entity
@Table(schema = "dialogue", name = "response")
public class Response {

    @Id
    private UUID id;
    private UUID recommendationId;
    private UUID organisationId;
    private String organisationName;
    private ResponseStatus status;
    private String evidence;
    private LocalDate answeredOn;
    private Instant answeredAt;
    private String answeredBy;
    private boolean synthetic;

    protected Response() {
        this.id = UUID.randomUUID();
        this.recommendationId = id;
        this.organisationId = id;
        this.organisationName = "";
        this.status = ResponseStatus.ACCEPTED;
        this.evidence = "";
        this.answeredOn = LocalDate.EPOCH;
        this.answeredAt = Instant.EPOCH;
        this.answeredBy = "";
    }

    Response(UUID recommendationId, UUID organisationId, String organisationName, ResponseStatus status,
             String evidence, LocalDate answeredOn, Instant answeredAt, String answeredBy, boolean synthetic) {
        this.id = UUID.randomUUID();
        this.recommendationId = recommendationId;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.status = status;
        this.evidence = evidence;
        this.answeredOn = answeredOn;
        this.answeredAt = answeredAt;
        this.answeredBy = answeredBy;
        this.synthetic = synthetic;
    }

    public UUID id() { return id; }
    public UUID recommendationId() { return recommendationId; }
    public UUID organisationId() { return organisationId; }
    public String organisationName() { return organisationName; }
    public ResponseStatus status() { return status; }
    public String evidence() { return evidence; }
    public LocalDate answeredOn() { return answeredOn; }
    public Instant answeredAt() { return answeredAt; }
    public boolean synthetic() { return synthetic; }
}
