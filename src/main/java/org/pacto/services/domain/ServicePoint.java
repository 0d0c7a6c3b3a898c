package org.pacto.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A place where migrants get information or a service (issue 13): public, written by its operator. */
@Entity
@Table(schema = "services", name = "service_point")
class ServicePoint {

    @Id
    private UUID id;
    private String name;
    private ServiceKind kind;
    private UUID operatorId;
    private String operatorName;
    private String country;
    private String locality;
    private String address;
    private double latitude;
    private double longitude;
    private String openingHours;
    private String timeZone;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] languages = {};
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] services = {};
    private boolean childSensitive;
    private boolean genderResponsive;
    private String accessibility;
    private String directions;
    private LocalDate verifiedOn;
    private PointStatus status;
    private boolean synthetic;
    private String source;
    private Instant createdAt;
    @Version
    private long version;

    protected ServicePoint() {
        this.id = UUID.randomUUID();
        this.name = "";
        this.kind = ServiceKind.INFORMATION_POINT;
        this.operatorId = id;
        this.operatorName = "";
        this.country = "";
        this.locality = "";
        this.address = "";
        this.openingHours = "";
        this.timeZone = "UTC";
        this.accessibility = "";
        this.directions = "";
        this.verifiedOn = LocalDate.EPOCH;
        this.status = PointStatus.OPEN;
        this.source = "";
        this.createdAt = Instant.EPOCH;
    }

    ServicePoint(ServicePointInput input, UUID operator, String operatorName, Instant now) {
        this();
        this.createdAt = now;
        apply(input, operator, operatorName);
    }

    /** The input has been checked ({@link ServicePointRules}) before it reaches here. */
    void apply(ServicePointInput input, UUID operator, String operatorName) {
        this.name = input.name().strip();
        this.kind = ServiceKind.fromCode(input.kind()).orElseThrow();
        this.operatorId = operator;
        this.operatorName = operatorName;
        this.country = input.country().toUpperCase(java.util.Locale.ROOT);
        this.locality = input.locality().strip();
        this.address = input.address().strip();
        this.latitude = input.latitude();
        this.longitude = input.longitude();
        this.openingHours = input.openingHours().strip();
        this.timeZone = input.timeZone();
        this.languages = input.languages().stream().distinct().toArray(String[]::new);
        this.services = input.services().stream().distinct().toArray(String[]::new);
        this.childSensitive = Boolean.TRUE.equals(input.childSensitive());
        this.genderResponsive = Boolean.TRUE.equals(input.genderResponsive());
        this.accessibility = input.accessibility() == null ? "" : input.accessibility().strip();
        this.directions = input.directions() == null ? "" : input.directions().strip();
        this.verifiedOn = input.verifiedOn();
        this.status = input.status() == null ? PointStatus.OPEN : PointStatus.fromCode(input.status()).orElseThrow();
    }

    void markDemo(boolean synthetic, String source) {
        this.synthetic = synthetic;
        this.source = source;
    }

    UUID id() {
        return id;
    }

    UUID operatorId() {
        return operatorId;
    }

    String name() {
        return name;
    }

    List<String> languages() {
        return List.of(languages);
    }
}
