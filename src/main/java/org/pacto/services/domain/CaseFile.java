package org.pacto.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A pseudonymous case (issue 13, after Primero/CPIMS+): a generated code, the person's name and contact only as
 * sealed bytes ({@link FieldCipher}), and the screening answers that are not identifying on their own.
 * Erasure blanks the sealed fields and keeps the row (and the audit trail) with who asked and why.
 */
@Entity
@Table(schema = "services", name = "case_file")
class CaseFile {

    @Id
    private UUID id;
    private String code;
    private UUID organisationId;
    private byte @Nullable [] name;
    private byte @Nullable [] contact;
    private Sex sex;
    private AgeBand ageBand;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] languages = {};
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] needs = {};
    private boolean synthetic;
    private Instant openedAt;
    private @Nullable Instant closedAt;
    private @Nullable Instant erasedAt;
    private @Nullable String erasureReason;
    @Version
    private long version;

    protected CaseFile() {
        this.id = UUID.randomUUID();
        this.code = "";
        this.organisationId = id;
        this.sex = Sex.NOT_STATED;
        this.ageBand = AgeBand.AGE_25_TO_59;
        this.openedAt = Instant.EPOCH;
    }

    CaseFile(UUID id, String code, UUID organisation, Sex sex, AgeBand ageBand, List<String> languages,
             List<Need> needs, Instant now) {
        this.id = id;
        this.code = code;
        this.organisationId = organisation;
        this.sex = sex;
        this.ageBand = ageBand;
        this.languages = languages.stream().distinct().toArray(String[]::new);
        this.needs = needs.stream().distinct().map(Need::code).toArray(String[]::new);
        this.openedAt = now;
    }

    /** Where the name is sealed: bound to this record and field, so it opens nowhere else. */
    String nameContext() {
        return "case_file.name:" + id;
    }

    String contactContext() {
        return "case_file.contact:" + id;
    }

    void seal(byte[] name, byte @Nullable [] contact) {
        this.name = name;
        this.contact = contact;
    }

    void markSynthetic() {
        this.synthetic = true;
    }

    void close(Instant now) {
        if (closedAt == null) {
            closedAt = now;
        }
    }

    /** Erasure on the person's request: the identifying fields go, the code and the audit trail stay. */
    void erase(Instant now, String reason) {
        this.name = null;
        this.contact = null;
        this.languages = new String[0];
        this.erasedAt = now;
        this.erasureReason = reason;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    UUID organisationId() {
        return organisationId;
    }

    byte @Nullable [] name() {
        return name;
    }

    byte @Nullable [] contact() {
        return contact;
    }

    Sex sex() {
        return sex;
    }

    AgeBand ageBand() {
        return ageBand;
    }

    List<String> languages() {
        return List.of(languages);
    }

    List<Need> needs() {
        return java.util.Arrays.stream(needs).map(n -> Need.fromCode(n).orElseThrow()).toList();
    }

    boolean synthetic() {
        return synthetic;
    }

    Instant openedAt() {
        return openedAt;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    @Nullable Instant erasedAt() {
        return erasedAt;
    }

    boolean erased() {
        return erasedAt != null;
    }
}
