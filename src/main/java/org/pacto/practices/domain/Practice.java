package org.pacto.practices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.DocumentId;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.ConflictException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A good practice and its way through peer review. It guards its status machine: only a draft or
 * a practice returned for revision can be edited and (re)submitted, only a practice in review can
 * be decided, and the submitter may withdraw it at any time before a final decision.
 */
@Entity
@Table(schema = "practices", name = "practice")
@Indexed(index = "practice")
public class Practice {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, String>>> TRANSLATIONS = new TypeReference<>() { };

    @Id
    @DocumentId
    private UUID id;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String status;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String language;
    private String title;
    private String summary;
    private String description;
    private String translations;
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
    @KeywordField(projectable = Projectable.YES)
    private @Nullable String locality;
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
    private @Nullable String targetPopulation;
    private @Nullable String results;
    private @Nullable String monitoring;
    private @Nullable String lessons;
    private @Nullable String replication;
    private @Nullable String budget;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> links;
    private @Nullable UUID callId;
    private int reviewRound;
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
    private @Nullable Instant deletedAt;
    @Version
    private int version;
    @jakarta.persistence.Transient
    private @Nullable Map<String, Map<String, String>> parsedTranslations;

    protected Practice() {
        this.id = UUID.randomUUID();
        this.status = PracticeStatus.DRAFT.code();
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
        this.language = c.language();
        this.title = c.title();
        this.summary = c.summary();
        this.description = c.description();
        this.translations = JSON.writeValueAsString(c.translations());
        this.parsedTranslations = null;
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
        this.locality = c.locality();
        this.latitude = c.latitude();
        this.longitude = c.longitude();
        this.objectives = new ArrayList<>(c.objectives());
        this.principles = new ArrayList<>(c.principles());
        this.sdgTargets = new ArrayList<>(c.sdgTargets());
        this.themes = new ArrayList<>(c.themes());
        this.targetPopulation = c.targetPopulation();
        this.results = c.results();
        this.monitoring = c.monitoring();
        this.lessons = c.lessons();
        this.replication = c.replication();
        this.budget = c.budget();
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
            throw new ConflictException("not-submittable", "A " + status + " practice cannot be submitted");
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
        this.status = next.code();
        this.updatedAt = Instant.now();
    }

    private void require(boolean condition, String code) {
        if (!condition) {
            throw new ConflictException(code, "Not allowed while the practice is " + status);
        }
    }

    // ---- what search indexes ----

    @FullTextField(name = "title_es", analyzer = "es", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getTitleEs() {
        return text("es", "title");
    }

    @FullTextField(name = "title_en", analyzer = "en", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getTitleEn() {
        return text("en", "title");
    }

    @FullTextField(name = "title_fr", analyzer = "fr", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getTitleFr() {
        return text("fr", "title");
    }

    @FullTextField(name = "title_pt", analyzer = "pt", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getTitlePt() {
        return text("pt", "title");
    }

    @FullTextField(name = "summary_es", analyzer = "es", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getSummaryEs() {
        return text("es", "summary");
    }

    @FullTextField(name = "summary_en", analyzer = "en", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getSummaryEn() {
        return text("en", "summary");
    }

    @FullTextField(name = "summary_fr", analyzer = "fr", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getSummaryFr() {
        return text("fr", "summary");
    }

    @FullTextField(name = "summary_pt", analyzer = "pt", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "summary")),
        @ObjectPath(@PropertyValue(propertyName = "translations"))})
    public @Nullable String getSummaryPt() {
        return text("pt", "summary");
    }

    /** The long text (description, results, lessons…) in the original language, analysed in every language. */
    @FullTextField(name = "body_es", analyzer = "es")
    @FullTextField(name = "body_en", analyzer = "en")
    @FullTextField(name = "body_fr", analyzer = "fr")
    @FullTextField(name = "body_pt", analyzer = "pt")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW, derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "description")),
        @ObjectPath(@PropertyValue(propertyName = "results")),
        @ObjectPath(@PropertyValue(propertyName = "lessons")),
        @ObjectPath(@PropertyValue(propertyName = "targetPopulation")),
        @ObjectPath(@PropertyValue(propertyName = "locality")),
        @ObjectPath(@PropertyValue(propertyName = "organisationName")),
        @ObjectPath(@PropertyValue(propertyName = "partners"))})
    public String getBody() {
        return String.join("\n", nonNull(organisationName, String.join("; ", partners), locality, description,
                results, lessons, targetPopulation));
    }

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
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "deletedAt")))
    public boolean getDeleted() {
        return deletedAt != null;
    }

    private static List<String> nonNull(@Nullable String... parts) {
        List<String> list = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                list.add(part);
            }
        }
        return list;
    }

    private @Nullable String text(String lang, String field) {
        if (lang.equals(language)) {
            return field.equals("title") ? title : summary;
        }
        Map<String, String> translation = translations().get(lang);
        return translation == null ? null : translation.get(field);
    }

    // ---- reading ----

    public UUID id() {
        return id;
    }

    public PracticeStatus status() {
        return PracticeStatus.fromCode(status).orElseThrow();
    }

    public Map<String, Map<String, String>> translations() {
        if (translations == null || translations.isBlank() || translations.equals("{}")) {
            return Map.of();
        }
        if (parsedTranslations == null) {
            parsedTranslations = JSON.readValue(translations, TRANSLATIONS);
        }
        return new LinkedHashMap<>(parsedTranslations);
    }

    public String language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String description() {
        return description;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String organisationName() {
        return organisationName;
    }

    public List<String> partners() {
        return List.copyOf(partners);
    }

    public List<UUID> partnerOrganisations() {
        return List.copyOf(partnerOrganisationIds);
    }

    public String type() {
        return type;
    }

    public @Nullable LocalDate startDate() {
        return startDate;
    }

    public @Nullable LocalDate endDate() {
        return endDate;
    }

    public boolean ongoing() {
        return ongoing;
    }

    public boolean implemented() {
        return implemented;
    }

    public String level() {
        return level;
    }

    public List<String> countries() {
        return List.copyOf(countries);
    }

    public List<String> regions() {
        return List.copyOf(regions);
    }

    public @Nullable String locality() {
        return locality;
    }

    public @Nullable Double latitude() {
        return latitude;
    }

    public @Nullable Double longitude() {
        return longitude;
    }

    public List<Integer> objectives() {
        return List.copyOf(objectives);
    }

    public List<String> principles() {
        return List.copyOf(principles);
    }

    public List<String> sdgTargets() {
        return List.copyOf(sdgTargets);
    }

    public List<String> themes() {
        return List.copyOf(themes);
    }

    public @Nullable String targetPopulation() {
        return targetPopulation;
    }

    public @Nullable String results() {
        return results;
    }

    public @Nullable String monitoring() {
        return monitoring;
    }

    public @Nullable String lessons() {
        return lessons;
    }

    public @Nullable String replication() {
        return replication;
    }

    public @Nullable String budget() {
        return budget;
    }

    public List<String> links() {
        return List.copyOf(links);
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
        return deletedAt != null;
    }
}
