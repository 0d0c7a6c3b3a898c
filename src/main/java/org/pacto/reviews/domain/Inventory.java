package org.pacto.reviews.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.ConflictException;

/**
 * A government's inventory of its GCM initiatives for one review cycle (issue 9; seed 002: "cada país asociado
 * compartiría de manera voluntaria una lista de sus iniciativas políticas"), with the observer's queries and the
 * self-assessment. It guards its status machine ({@link InventoryStatus}): who may ask for each step is decided in
 * {@link Reviews}; whether the step is possible now, here. A refused step is a 409.
 */
@Entity
@Table(schema = "reviews", name = "inventory")
public class Inventory {

    @Id
    private UUID id;
    private UUID cycleId;
    private UUID organisationId;
    private String organisationName;
    private @Nullable String country;
    private String level;
    private @Nullable String locality;
    private InventoryStatus status;
    private @Nullable UUID copiedFrom;
    private boolean demo;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant validatedAt;
    private @Nullable Instant publishedAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inventory_id", nullable = false)
    @OrderBy("position")
    private List<Initiative> initiatives = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "inventory_id", nullable = false)
    @OrderBy("askedAt")
    private List<ObserverQuery> queries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "reviews", name = "assessment_answer", joinColumns = @JoinColumn(name = "inventory_id"))
    private List<AssessmentAnswer> answers = new ArrayList<>();

    protected Inventory() {
        this.id = UUID.randomUUID();
        this.cycleId = new UUID(0, 0);
        this.organisationId = new UUID(0, 0);
        this.organisationName = "";
        this.level = "national";
        this.status = InventoryStatus.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** A new draft for the organisation; its level, country and locality are the organisation's. */
    public Inventory(UUID cycle, UUID organisation, String organisationName, @Nullable String country, String level,
                     @Nullable String locality, boolean demo, Instant now) {
        this();
        this.cycleId = cycle;
        this.organisationId = organisation;
        this.organisationName = organisationName;
        this.country = country;
        this.level = level;
        this.locality = locality;
        this.demo = demo;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The next cycle starts from a copy of the previous inventory's initiatives and answers (not its queries). */
    public void copyFrom(Inventory previous, Instant now) {
        requireEditable();
        for (Initiative i : previous.initiatives) {
            initiatives.add(new Initiative(initiatives.size(), i.details(), now));
        }
        answers.clear();
        answers.addAll(previous.answers);
        this.copiedFrom = previous.id;
        this.updatedAt = now;
    }

    public Initiative add(InitiativeDetails details, Instant now) {
        requireEditable();
        int position = initiatives.stream().mapToInt(Initiative::position).max().orElse(-1) + 1;
        Initiative initiative = new Initiative(position, details, now);
        initiatives.add(initiative);
        updatedAt = now;
        return initiative;
    }

    public void change(UUID initiative, InitiativeDetails details, Instant now) {
        requireEditable();
        find(initiative).orElseThrow().apply(details, now);
        updatedAt = now;
    }

    public void remove(UUID initiative, Instant now) {
        requireEditable();
        initiatives.removeIf(i -> i.id().equals(initiative));
        updatedAt = now;
    }

    public void answerAssessment(Map<String, AssessmentAnswer> given, Instant now) {
        requireEditable();
        answers.removeIf(a -> given.containsKey(a.question()));
        answers.addAll(given.values());
        updatedAt = now;
    }

    /** The government sends its draft to the observer, or sends it back revised after answering the queries. */
    public void submit(Instant now) {
        switch (status) {
            case DRAFT -> status = InventoryStatus.SUBMITTED;
            case OBSERVER_QUERIES -> {
                if (queries.stream().anyMatch(ObserverQuery::open)) {
                    throw new ConflictException("open-queries", "answer every query before sending it back");
                }
                status = InventoryStatus.REVISED;
            }
            default -> throw refused("submit");
        }
        submittedAt = now;
        updatedAt = now;
    }

    /** The observer asks: the inventory goes back to the government until every query is answered. */
    public ObserverQuery ask(@Nullable String finding, String question, Instant now) {
        if (!status.beforeObserver() && status != InventoryStatus.OBSERVER_QUERIES) {
            throw refused("query");
        }
        ObserverQuery query = new ObserverQuery(finding, question, now);
        queries.add(query);
        status = InventoryStatus.OBSERVER_QUERIES;
        updatedAt = now;
        return query;
    }

    public void answer(UUID query, String text, Instant now) {
        if (status != InventoryStatus.OBSERVER_QUERIES) {
            throw refused("answer");
        }
        queries.stream().filter(q -> q.id().equals(query)).findFirst().orElseThrow().answer(text, now);
        updatedAt = now;
    }

    public void validate(Instant now) {
        if (!status.beforeObserver()) {
            throw refused("validate");
        }
        status = InventoryStatus.VALIDATED;
        validatedAt = now;
        updatedAt = now;
    }

    public void publish(Instant now) {
        if (status != InventoryStatus.VALIDATED) {
            throw refused("publish");
        }
        status = InventoryStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new ConflictException("inventory-not-editable", "the inventory is " + status.code());
        }
    }

    private ConflictException refused(String step) {
        return new ConflictException("inventory-status", step + " is not possible in status " + status.code());
    }

    public Optional<Initiative> find(UUID initiative) {
        return initiatives.stream().filter(i -> i.id().equals(initiative)).findFirst();
    }

    public UUID id() { return id; }
    public UUID cycleId() { return cycleId; }
    public UUID organisationId() { return organisationId; }
    public String organisationName() { return organisationName; }
    public @Nullable String country() { return country; }
    public String level() { return level; }
    public @Nullable String locality() { return locality; }
    public InventoryStatus status() { return status; }
    public @Nullable UUID copiedFrom() { return copiedFrom; }
    public boolean demo() { return demo; }
    public Instant updatedAt() { return updatedAt; }
    public @Nullable Instant publishedAt() { return publishedAt; }
    public List<Initiative> initiatives() { return List.copyOf(initiatives); }
    public List<ObserverQuery> queries() { return List.copyOf(queries); }
    public List<AssessmentAnswer> answers() { return List.copyOf(answers); }
    public boolean national() { return level.equals("national"); }

    public void renameOrganisation(String name) {
        this.organisationName = name;
    }
}
