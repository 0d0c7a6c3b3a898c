package org.pacto.reviews.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.Language;
import org.pacto.platform.LocalizedText;
import org.pacto.platform.LocalizedTextConverter;
import org.pacto.reviews.calculation.ObserverCheck;

/**
 * One of a government's GCM initiatives (issue 9): a law, plan, service… with its objectives and principles,
 * dates, legal basis, budget and evidence. Part of its {@link Inventory}, which decides when it may change.
 */
@Entity
@Table(schema = "reviews", name = "initiative")
public class Initiative {

    @Id
    private UUID id;
    private int position;
    private String language;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText title;
    private String authority;
    private String level;
    private Direction direction;
    private InitiativeType type;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "int[]")
    private Integer[] objectives = {};
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] principles = {};
    private InitiativeStatus status;
    private @Nullable LocalDate startDate;
    private @Nullable LocalDate endDate;
    private @Nullable String legalBasis;
    private @Nullable String url;
    private @Nullable BigDecimal budgetAmount;
    private @Nullable String budgetCurrency;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] evidence = {};
    private @Nullable LocalDate lastVerified;
    private Instant createdAt;
    private Instant updatedAt;

    protected Initiative() {
        this.id = UUID.randomUUID();
        this.language = "es";
        this.title = LocalizedText.of(Language.ES, "");
        this.authority = "";
        this.level = "national";
        this.direction = Direction.IMMIGRATION;
        this.type = InitiativeType.PROGRAMME;
        this.status = InitiativeStatus.PLANNED;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    Initiative(int position, InitiativeDetails details, Instant now) {
        this();
        this.position = position;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(InitiativeDetails d, Instant now) {
        this.language = d.title().original().code();
        this.title = d.title();
        this.authority = d.authority();
        this.level = d.level();
        this.direction = d.direction();
        this.type = d.type();
        this.objectives = d.objectives().toArray(Integer[]::new);
        this.principles = d.principles().toArray(String[]::new);
        this.status = d.status();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.legalBasis = d.legalBasis();
        this.url = d.url();
        this.budgetAmount = d.budgetAmount();
        this.budgetCurrency = d.budgetCurrency();
        this.evidence = d.evidence().toArray(String[]::new);
        this.lastVerified = d.lastVerified();
        this.updatedAt = now;
    }

    public InitiativeDetails details() {
        return new InitiativeDetails(title, authority, level, direction, type, objectives(), principles(), status,
                startDate, endDate, legalBasis, url, budgetAmount, budgetCurrency, evidence(), lastVerified);
    }

    /** The initiative as the observer's check reads it. */
    public ObserverCheck.Entry entry() {
        return new ObserverCheck.Entry(id.toString(), authority, title.in(title.original()).text(), type.code(),
                status.code(), Set.copyOf(objectives()), Set.copyOf(principles()), startDate, endDate,
                legalBasis != null && !legalBasis.isBlank(), lastVerified);
    }

    public UUID id() { return id; }
    public int position() { return position; }
    public LocalizedText title() { return title; }
    public String authority() { return authority; }
    public String level() { return level; }
    public Direction direction() { return direction; }
    public InitiativeType type() { return type; }
    public List<Integer> objectives() { return Arrays.asList(objectives); }
    public List<String> principles() { return Arrays.asList(principles); }
    public InitiativeStatus status() { return status; }
    public @Nullable LocalDate startDate() { return startDate; }
    public @Nullable LocalDate endDate() { return endDate; }
    public @Nullable String legalBasis() { return legalBasis; }
    public @Nullable String url() { return url; }
    public @Nullable BigDecimal budgetAmount() { return budgetAmount; }
    public @Nullable String budgetCurrency() { return budgetCurrency; }
    public List<String> evidence() { return Arrays.asList(evidence); }
    public @Nullable LocalDate lastVerified() { return lastVerified; }
}
