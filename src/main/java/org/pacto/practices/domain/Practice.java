package org.pacto.practices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.ConflictException;
import org.pacto.platform.Deletion;

/**
 * A good practice and its way through peer review. It guards its status machine: only a draft or one
 * returned for revision is edited and (re)submitted, only one in review is decided, the submitter may
 * withdraw it before a final decision, and only an approved update replaces published content.
 */
@Entity
@Table(schema = "practices", name = "practice")
@Indexed(index = "practice")
@TypeBinding(binder = @TypeBinderRef(type = PracticeIndexFields.class))
@EntityListeners(PendingIndexWork.class)
public class Practice extends PracticeTexts {

    @Id
    @DocumentId
    private UUID id;
    private PracticeStatus status;
    private UUID organisationId;
    @KeywordField(projectable = Projectable.YES)
    private String organisationName;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> partners;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_organisation_ids")
    private List<UUID> partnerOrganisationIds;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String type;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private boolean ongoing;
    private boolean implemented;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String level;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private List<String> countries;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> regions;
    private @Nullable Double latitude;
    private @Nullable Double longitude;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @GenericField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private List<Integer> objectives;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private List<String> principles;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> sdgTargets;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @KeywordField(aggregable = Aggregable.YES)
    private List<String> themes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> links;
    private @Nullable UUID callId;
    private int reviewRound;
    private int publishedVersion;
    private @Nullable String revisionRequests;
    private @Nullable String decisionReason;
    private @Nullable Instant peerReviewedAt;
    @GenericField(sortable = Sortable.YES)
    private @Nullable Instant publishedAt;
    private @Nullable Instant submittedAt;
    private @Nullable UUID createdBy;
    private @Nullable String createdByEmail;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable String demoKey;
    @Embedded
    private @Nullable Deletion deletion;
    @Version
    private int version;

    protected Practice() {
        this.id = UUID.randomUUID();
        this.status = PracticeStatus.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public Practice(UUID organisationId, String organisationName, @Nullable UUID createdBy,
                    @Nullable String createdByEmail, PracticeContent content) {
        this();
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.createdBy = createdBy;
        this.createdByEmail = createdByEmail;
        apply(content);
    }

    private void apply(PracticeContent c) {
        write(c);
        this.partners = new ArrayList<>(c.partners());
        this.partnerOrganisationIds = new ArrayList<>(c.partnerOrganisations());
        this.type = c.type();
        this.startDate = c.startDate();
        this.endDate = c.endDate();
        this.ongoing = c.endDate() == null;
        this.implemented = c.implemented();
        this.level = c.level();
        this.countries = new ArrayList<>(c.countries());
        this.regions = new ArrayList<>(c.regions());
        this.latitude = c.latitude();
        this.longitude = c.longitude();
        this.objectives = new ArrayList<>(c.objectives());
        this.principles = new ArrayList<>(c.principles());
        this.sdgTargets = new ArrayList<>(c.sdgTargets());
        this.themes = new ArrayList<>(c.themes());
        this.links = new ArrayList<>(c.links());
        this.callId = c.call();
        this.updatedAt = Instant.now();
    }

    // ---- the status machine ----

    public void edit(PracticeContent content) {
        require(status() == PracticeStatus.DRAFT || status() == PracticeStatus.REVISION_REQUESTED, "not-editable");
        apply(content);
    }

    /** A draft goes to the secretariat; a practice returned for revision goes back to the same reviewers. */
    public void submit() {
        if (status() == PracticeStatus.DRAFT) {
            moveTo(PracticeStatus.SUBMITTED);
            submittedAt = Instant.now();
        } else if (status() == PracticeStatus.REVISION_REQUESTED) {
            reviewRound++;
            moveTo(PracticeStatus.IN_REVIEW);
        } else {
            throw new ConflictException("not-submittable", "A " + status.code() + " practice cannot be submitted");
        }
    }

    /** Reviewers are assigned: a submitted practice goes into review (reviewers can be added while in review). */
    public void reviewersAssigned() {
        require(status() == PracticeStatus.SUBMITTED || status() == PracticeStatus.IN_REVIEW, "not-in-screening");
        if (status() == PracticeStatus.SUBMITTED) {
            reviewRound = 1;
            moveTo(PracticeStatus.IN_REVIEW);
        }
    }

    public void requireInReview() {
        require(status() == PracticeStatus.IN_REVIEW, "not-in-review");
    }

    /** The secretariat's decision, with its reason: publish, publish as promising, revise or reject. */
    public void decide(PracticeStatus outcome, String reason) {
        requireInReview();
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A decision needs a reason");
        }
        switch (outcome) {
            case PUBLISHED, PUBLISHED_AS_PROMISING -> {
                peerReviewedAt = Instant.now();
                publishedAt = peerReviewedAt;
                decisionReason = reason;
                publishedVersion = 1;
            }
            case REVISION_REQUESTED -> revisionRequests = reason;
            case REJECTED -> decisionReason = reason;
            default -> throw new IllegalArgumentException("not a decision: " + outcome);
        }
        moveTo(outcome);
    }

    public void withdraw() {
        require(status() != PracticeStatus.WITHDRAWN && status() != PracticeStatus.REJECTED, "not-withdrawable");
        moveTo(PracticeStatus.WITHDRAWN);
    }

    /** Only a published practice can be updated; the public keeps its current version until one is approved. */
    public void requirePublished() {
        require(status().isPublic(), "not-published");
    }

    /**
     * The secretariat approved an update: it becomes the published content with the next version
     * number. The practice stays published; the call it answered is kept unless the update names one.
     */
    void publishUpdate(PracticeContent content, int number) {
        requirePublished();
        require(number == publishedVersion + 1, "stale-update");
        UUID call = callId;
        apply(content);
        if (callId == null) {
            callId = call;
        }
        publishedVersion = number;
    }

    /** Demo content only: a practice published with its historical dates. */
    public void publishedOn(PracticeStatus outcome, Instant at, String reason) {
        decide(outcome, reason);
        peerReviewedAt = at;
        publishedAt = at;
    }

    public void markDemo(String key) {
        this.demoKey = key;
    }

    private void moveTo(PracticeStatus next) {
        this.status = next;
        this.updatedAt = Instant.now();
    }

    private void require(boolean condition, String code) {
        if (!condition) {
            throw new ConflictException(code, "Not allowed while the practice is " + status.code());
        }
    }

    // ---- what search indexes ----

    @GenericField(aggregable = Aggregable.YES, sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "startDate")))
    public @Nullable Integer getYear() {
        return startDate == null ? null : startDate.getYear();
    }

    @KeywordField(name = "call", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "callId")))
    public @Nullable String getCall() {
        return callId == null ? null : callId.toString();
    }

    /** Newest first: published date, else last change. */
    @GenericField(name = "date", sortable = Sortable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "publishedAt")),
        @ObjectPath(@PropertyValue(propertyName = "updatedAt"))})
    public Instant getDate() {
        return publishedAt != null ? publishedAt : updatedAt;
    }

    @GenericField(name = "deleted")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "deletion")))
    public boolean getDeleted() {
        return deleted();
    }

    @KeywordField(name = "status", aggregable = Aggregable.YES, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "status")))
    public String getStatusCode() {
        return status.code();
    }

    /** The submitting organisation, so that the duplicate check can show its own unpublished practices. */
    @KeywordField(name = "organisation")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organisationId")))
    public String getOrganisation() {
        return organisationId.toString();
    }

    /** The long texts the body fields of every language analyse (see {@link PracticeIndexFields}). */
    String body() {
        return String.join("\n", nonNull(organisationName, String.join("; ", partners), locality(),
                description(), results(), lessons(), targetPopulation()));
    }

    // ---- reading ----

    public UUID id() {
        return id;
    }

    public PracticeStatus status() {
        return status;
    }

    /** Everything the submitter wrote, as one record (what forms, views and differences read). */
    public PracticeContent content() {
        return new PracticeContent(language(), title(), summary(), description(), translations(), List.copyOf(partners),
                List.copyOf(partnerOrganisationIds), type, startDate, endDate, implemented, level,
                List.copyOf(countries), List.copyOf(regions), locality(), latitude, longitude,
                List.copyOf(objectives), List.copyOf(principles), List.copyOf(sdgTargets), List.copyOf(themes),
                targetPopulation(), results(), monitoring(), lessons(), replication(), budget(), List.copyOf(links),
                callId);
    }

    /** The number of the public version (1 at publication, +1 for every approved update); 0 if never published. */
    public int publishedVersion() {
        return publishedVersion;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public List<UUID> partnerOrganisations() {
        return List.copyOf(partnerOrganisationIds);
    }

    public List<String> countries() {
        return List.copyOf(countries);
    }

    public List<Integer> objectives() {
        return List.copyOf(objectives);
    }

    public @Nullable UUID callId() {
        return callId;
    }

    public int reviewRound() {
        return reviewRound;
    }

    public @Nullable String revisionRequests() {
        return revisionRequests;
    }

    public @Nullable String decisionReason() {
        return decisionReason;
    }

    public @Nullable Instant peerReviewedAt() {
        return peerReviewedAt;
    }

    public @Nullable Instant publishedAt() {
        return publishedAt;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable String createdByEmail() {
        return createdByEmail;
    }

    public @Nullable String demoKey() {
        return demoKey;
    }

    public boolean deleted() {
        return deletion != null && deletion.deleted();
    }

    /** Soft deletion with a reason (the secretariat's): the practice leaves every public list and the index. */
    public void delete(String by, String reason) {
        if (deletion == null) {
            deletion = new Deletion();
        }
        deletion.delete(by, reason);
        this.updatedAt = Instant.now();
    }

    /** The organisation changed its public name: the copy kept here (shown and indexed) follows it. */
    public boolean organisationRenamed(String name) {
        if (name.equals(organisationName)) {
            return false;
        }
        this.organisationName = name;
        return true;
    }
}
