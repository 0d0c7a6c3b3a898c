package org.pacto.pledges.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.ConflictException;
import org.pacto.platform.Deletion;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import org.pacto.platform.LocalizedTextConverter;
import org.pacto.pledges.calculation.Fulfilment;

/**
 * A pledge and everything it owns: targets, progress reports, co-signatories and contacts; its title,
 * description and need are {@link LocalizedText} (the original and any translations). It guards its lifecycle
 * (draft → submitted → published → in-progress → outcome, see {@link PledgeStatus}) and recomputes its
 * fulfilment whenever a report arrives or is corrected. Who may ask for each step is decided in {@link Pledges}.
 */
@Entity
@Table(schema = "pledges", name = "pledge")
public class Pledge {

    @Id
    private UUID id;
    private UUID organisationId;
    private String organisationName;
    private String organisationKind;
    private boolean champion;
    private String language;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText title;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText description;
    /** The need the pledge answers (seed 004: pledges "deben … responder a necesidades existentes"). */
    @Convert(converter = LocalizedTextConverter.class)
    private @Nullable LocalizedText need;
    private String type;
    private @Nullable UUID matches;
    private boolean mirror;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] nature = {};
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "int[]")
    private Integer[] objectives = {};
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] principles = {};
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] actions = {};
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] countries = {};
    private @Nullable String region;
    private boolean global;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] regions = {};
    private @Nullable LocalDate startDate;
    private LocalDate deadline;
    private int year;
    @Convert(converter = PledgeStatus.Column.class)
    private PledgeStatus status;
    private boolean openForSignatures;
    private BigDecimal fulfilment = BigDecimal.ZERO;
    private @Nullable LocalDate lastReportOn;
    private @Nullable String returnReason;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant submittedAt;
    private @Nullable Instant publishedAt;
    @Embedded
    private @Nullable Deletion deletion;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "pledge_id", nullable = false)
    @OrderBy("position")
    private List<Target> targets = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "pledge_id", nullable = false)
    @OrderBy("reportedOn, createdAt")
    private List<Report> reports = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "pledges", name = "signatory", joinColumns = @JoinColumn(name = "pledge_id"))
    private List<Signatory> signatories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(schema = "pledges", name = "contact", joinColumns = @JoinColumn(name = "pledge_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    protected Pledge() {
        this.id = UUID.randomUUID();
        this.organisationId = new UUID(0, 0);
        this.organisationName = "";
        this.organisationKind = "";
        this.language = "es";
        this.title = LocalizedText.of(Language.ES, "");
        this.description = LocalizedText.of(Language.ES, "");
        this.type = "individual";
        this.deadline = LocalDate.now();
        this.status = PledgeStatus.DRAFT;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public Pledge(UUID organisation, String organisationName, String organisationKind, PledgeDetails details) {
        this();
        this.organisationId = organisation;
        this.organisationName = organisationName;
        this.organisationKind = organisationKind;
        this.language = details.language();
        Language original = Language.fromCode(details.language()).orElseThrow();
        Map<Language, String> titles = new EnumMap<>(Language.class);
        Map<Language, String> descriptions = new EnumMap<>(Language.class);
        Map<Language, String> needs = new EnumMap<>(Language.class);
        details.translations().forEach((code, tr) -> Language.fromCode(code).ifPresent(l -> {
            titles.put(l, tr.title());
            if (tr.description() != null) {
                descriptions.put(l, tr.description());
            }
            if (tr.need() != null) {
                needs.put(l, tr.need());
            }
        }));
        titles.put(original, details.title());
        descriptions.put(original, details.description());
        this.title = new LocalizedText(original, titles);
        this.description = new LocalizedText(original, descriptions);
        if (details.need() != null) {
            needs.put(original, details.need());
            this.need = new LocalizedText(original, needs);
        }
        this.type = details.type();
        this.matches = details.matches();
        this.mirror = details.mirror();
        this.champion = details.champion();
        this.nature = details.nature().toArray(String[]::new);
        this.objectives = details.objectives().toArray(Integer[]::new);
        this.principles = details.principles().toArray(String[]::new);
        this.actions = details.actions().toArray(String[]::new);
        this.countries = details.countries().toArray(String[]::new);
        this.region = details.region();
        this.global = details.global();
        this.regions = details.regions().toArray(String[]::new);
        this.startDate = details.startDate();
        this.deadline = details.deadline();
        this.year = (details.startDate() != null ? details.startDate() : LocalDate.now()).getYear();
        this.openForSignatures = details.openForSignatures();
        int position = 0;
        for (var t : details.targets()) {
            targets.add(new Target(position++, t.name(), t.unit(), t.baseline(), t.target(), t.weight(), t.currency(),
                    t.indicator()));
        }
        for (var c : details.contacts()) {
            contacts.add(new Contact(c.name(), c.email(), c.phone()));
        }
    }

    // ---- lifecycle ----

    public void submit() {
        require(PledgeStatus.DRAFT, "not-a-draft");
        status = PledgeStatus.SUBMITTED;
        submittedAt = Instant.now();
        returnReason = null;
        touch();
    }

    /** The secretariat publishes a concrete pledge: a measurable target and a deadline. */
    public void publish(Instant at) {
        require(PledgeStatus.SUBMITTED, "not-submitted");
        if (targets.isEmpty()) {
            throw new ConflictException("not-concrete", "a pledge needs a measurable target and a deadline");
        }
        status = PledgeStatus.PUBLISHED;
        publishedAt = at;
        returnReason = null;
        touch();
    }

    public void returnWith(String reason) {
        require(PledgeStatus.SUBMITTED, "not-submitted");
        status = PledgeStatus.DRAFT;
        returnReason = reason;
        touch();
    }

    /** Marks an outcome: fulfilled needs 100 %; partially or not fulfilled only after the deadline. */
    public void close(PledgeStatus outcome, LocalDate today) {
        if (!status().open()) {
            throw new ConflictException("not-open", "only a published pledge can be closed");
        }
        switch (outcome) {
            case FULFILLED -> {
                if (fulfilment.compareTo(BigDecimal.valueOf(100)) < 0) {
                    throw new ConflictException("not-complete", "fulfilment is below 100 %");
                }
            }
            case PARTIALLY_FULFILLED, NOT_FULFILLED -> {
                if (!today.isAfter(deadline)) {
                    throw new ConflictException("deadline-not-passed", "the deadline has not passed");
                }
            }
            case WITHDRAWN -> { }
            default -> throw new ConflictException("not-an-outcome", "not an outcome");
        }
        status = outcome;
        touch();
    }

    // ---- progress ----

    public Report report(LocalDate on, String narrative, UUID organisation, Map<UUID, BigDecimal> values) {
        if (!status().open()) {
            throw new ConflictException("not-open", "progress is reported on published pledges");
        }
        var report = new Report(on, narrative, organisation, values);
        reports.add(report);
        if (status().equals(PledgeStatus.PUBLISHED)) {
            status = PledgeStatus.IN_PROGRESS;
        }
        recompute();
        return report;
    }

    public Report correct(UUID reportId, Map<UUID, BigDecimal> values, @Nullable String narrative, String by,
                          String reason) {
        Report report = reports.stream().filter(r -> r.id().equals(reportId)).findFirst()
                .orElseThrow(() -> new org.pacto.platform.NotFoundException("report", reportId));
        report.correct(values, narrative, by, reason);
        recompute();
        return report;
    }

    /** Latest value of each target = its value in the most recent report that gives one. */
    private void recompute() {
        var ordered = reports.stream().sorted(Comparator.comparing(Report::reportedOn)
                .thenComparing(Report::createdAt)).toList();
        Map<UUID, BigDecimal> latest = new HashMap<>();
        for (Report r : ordered) {
            latest.putAll(r.values());
        }
        targets.forEach(t -> t.latestValue(latest.get(t.id())));
        fulfilment = BigDecimal.valueOf(calculation().percent()).setScale(1, RoundingMode.HALF_UP);
        lastReportOn = ordered.isEmpty() ? null : ordered.getLast().reportedOn();
        touch();
    }

    public Fulfilment.Result calculation() {
        return Fulfilment.of(targets.stream().map(t -> new Fulfilment.Target(t.name(), t.baseline(), t.target(),
                t.latestValue(), t.weight())).toList());
    }

    // ---- signatories ----

    public void invite(UUID organisation, String name) {
        invite(organisation, name, java.util.Set.of());
    }

    /** Invites a co-signatory and assigns it its part: the given targets (ids of this pledge's targets). */
    public void invite(UUID organisation, String name, java.util.Set<UUID> part) {
        if (organisation.equals(organisationId) || signatory(organisation).isPresent()) {
            throw new ConflictException("already-signatory", "already a signatory");
        }
        signatories.add(new Signatory(organisation, name, false));
        targets.stream().filter(t -> part.contains(t.id())).forEach(t -> t.assignTo(organisation));
        touch();
    }

    /** An invited organisation accepts; any organisation joins a pledge open for signatures. */
    public void sign(UUID organisation, String name) {
        var existing = signatory(organisation);
        if (existing.isPresent()) {
            if (existing.get().accepted()) {
                // signing again (a retried request, a double click) changes nothing and answers the same
                return;
            }
            existing.get().accept();
        } else if (openForSignatures && status().isPublic() && !organisation.equals(organisationId)) {
            signatories.add(new Signatory(organisation, name, true));
        } else {
            throw new ConflictException("not-invited", "not invited and not open for signatures");
        }
        touch();
    }

    /** For demo content: a co-signatory that has already accepted. */
    public void addAcceptedSignatory(UUID organisation, String name) {
        if (signatory(organisation).isEmpty()) {
            signatories.add(new Signatory(organisation, name, true));
        }
    }

    public Optional<Signatory> signatory(UUID organisation) {
        return signatories.stream().filter(s -> s.organisationId().equals(organisation)).findFirst();
    }

    /** The lead and the co-signatories that accepted report progress. */
    public boolean pledger(UUID organisation) {
        return organisation.equals(organisationId) || signatory(organisation).map(Signatory::accepted).orElse(false);
    }

    /** For demo content: places the pledge in a status as of a date, as the seeds record it. */
    public void restore(PledgeStatus status, @Nullable Instant publishedAt) {
        this.status = status;
        this.publishedAt = publishedAt;
        if (publishedAt != null && submittedAt == null) {
            this.submittedAt = publishedAt;
        }
    }

    /** The organisation was renamed or re-classified (identity's OrganisationUpdated): the copy follows it. */
    public void organisationRenamed(UUID organisation, String name, String kind) {
        if (organisation.equals(organisationId)) {
            this.organisationName = name;
            this.organisationKind = kind;
        }
        signatories.stream().filter(s -> s.organisationId().equals(organisation)).forEach(s -> s.rename(name));
    }

    /** Soft deletion with a reason: the record stays for the secretariat. */
    public void delete(String by, String reason) {
        if (deletion == null) {
            deletion = new Deletion();
        }
        deletion.delete(by, reason);
        touch();
    }

    private void require(PledgeStatus expected, String code) {
        if (!status().equals(expected)) {
            throw new ConflictException(code, "pledge is " + status.code());
        }
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public UUID id() { return id; }
    public UUID organisationId() { return organisationId; }
    public String organisationName() { return organisationName; }
    public String organisationKind() { return organisationKind; }
    public boolean champion() { return champion; }
    public String language() { return language; }
    /** The title as written, in the pledge's own language. */
    public String title() { return title.in(title.original()).text(); }
    public LocalizedText titleText() { return title; }
    public LocalizedText descriptionText() { return description; }
    public @Nullable LocalizedText need() { return need; }
    public String type() { return type; }
    public @Nullable UUID matches() { return matches; }
    public boolean mirror() { return mirror; }
    public List<String> nature() { return List.of(nature); }
    public List<Integer> objectives() { return List.of(objectives); }
    public List<String> principles() { return List.of(principles); }
    public List<String> actions() { return List.of(actions); }
    public List<String> countries() { return List.of(countries); }
    public @Nullable String region() { return region; }
    public boolean global() { return global; }
    public @Nullable LocalDate startDate() { return startDate; }
    public LocalDate deadline() { return deadline; }
    public PledgeStatus status() { return status; }
    public boolean openForSignatures() { return openForSignatures; }
    public BigDecimal fulfilment() { return fulfilment; }
    public @Nullable LocalDate lastReportOn() { return lastReportOn; }
    public @Nullable String returnReason() { return returnReason; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public @Nullable Instant publishedAt() { return publishedAt; }
    public List<Target> targets() { return List.copyOf(targets); }
    public List<Report> reports() { return List.copyOf(reports); }
    public List<Signatory> signatories() { return List.copyOf(signatories); }
    public List<Contact> contacts() { return List.copyOf(contacts); }
    public boolean deleted() { return deletion != null && deletion.deleted(); }
}
