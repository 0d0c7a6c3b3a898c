package org.pacto.dialogue.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.ConflictException;

/**
 * A dialogue of the mechanism with governments (seed 003: "Conversatorio", hybrid, with Spanish–English
 * interpretation): its sessions, modality, whether it is open to the public, the rapporteurs, and the report.
 * The report is written as a draft and published once; a published report is not rewritten (409).
 */
@Entity
@Table(schema = "dialogue", name = "event")
public class DialogueEvent {

    @Id
    private UUID id;
    private String title;
    private Modality modality;
    @Column(name = "open_to_public")
    private boolean openToPublic;
    private boolean interpretation;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] rapporteurs = {};
    private @Nullable String reportText;
    private ReportStatus reportStatus;
    private @Nullable Instant publishedAt;
    private boolean synthetic;
    private Instant createdAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "event_id", nullable = false)
    @OrderBy("position")
    private List<Session> sessions = new ArrayList<>();

    protected DialogueEvent() {
        this.id = UUID.randomUUID();
        this.title = "";
        this.modality = Modality.HYBRID;
        this.reportStatus = ReportStatus.NONE;
        this.createdAt = Instant.EPOCH;
    }

    DialogueEvent(String title, Modality modality, boolean openToPublic, boolean interpretation,
                  List<String> rapporteurs, List<Session> sessions, boolean synthetic, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.title = title;
        this.modality = modality;
        this.openToPublic = openToPublic;
        this.interpretation = interpretation;
        this.rapporteurs = rapporteurs.toArray(String[]::new);
        this.sessions = new ArrayList<>(sessions);
        this.reportStatus = ReportStatus.NONE;
        this.synthetic = synthetic;
        this.createdAt = createdAt;
    }

    void writeReport(String text) {
        if (reportStatus == ReportStatus.PUBLISHED) {
            throw new ConflictException("report-published", "the report is published");
        }
        this.reportText = text;
        this.reportStatus = ReportStatus.DRAFT;
    }

    void publish(Instant now) {
        if (reportStatus == ReportStatus.NONE) {
            throw new ConflictException("no-report", "no report to publish");
        }
        if (reportStatus == ReportStatus.DRAFT) {
            reportStatus = ReportStatus.PUBLISHED;
            publishedAt = now;
        }
    }

    public boolean hasSession(UUID session) {
        return sessions.stream().anyMatch(s -> s.id().equals(session));
    }

    /** When the first session starts (an event without sessions is not created). */
    public Instant startsAt() {
        return sessions.stream().map(Session::startsAt).min(Instant::compareTo).orElse(createdAt);
    }

    public UUID id() { return id; }
    public String title() { return title; }
    public Modality modality() { return modality; }
    public boolean openToPublic() { return openToPublic; }
    public boolean interpretation() { return interpretation; }
    public List<String> rapporteurs() { return Arrays.asList(rapporteurs); }
    public @Nullable String reportText() { return reportText; }
    public ReportStatus reportStatus() { return reportStatus; }
    public @Nullable Instant publishedAt() { return publishedAt; }
    public boolean synthetic() { return synthetic; }
    public List<Session> sessions() { return List.copyOf(sessions); }
}
