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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mentor or a mentee of the mentoring round for officials: the areas they offer or seek and the languages they
 * speak. Known by the account's id (none for the synthetic demonstration profiles).
 */
@Entity
@Table(name = "mentoring_profile", schema = "mobility")
public class MentoringProfile {

    @Id
    private UUID id;
    private @Nullable UUID personId;
    private String role;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentoring_area", schema = "mobility", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "area")
    private Set<String> areas = new TreeSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mentoring_language", schema = "mobility", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "language")
    private Set<String> languages = new TreeSet<>();
    private boolean synthetic;
    private Instant createdAt;
    @Version
    private long version;

    protected MentoringProfile() {
        this.id = UUID.randomUUID();
        this.role = Mentoring.MENTOR;
        this.createdAt = Instant.EPOCH;
    }

    MentoringProfile(@Nullable UUID personId, String role, Set<String> areas, Set<String> languages,
                     boolean synthetic, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.role = role;
        this.areas = new TreeSet<>(areas);
        this.languages = new TreeSet<>(languages);
        this.synthetic = synthetic;
        this.createdAt = now;
    }

    void describe(Set<String> areas, Set<String> languages) {
        this.areas.clear();
        this.areas.addAll(areas);
        this.languages.clear();
        this.languages.addAll(languages);
    }

    public UUID id() {
        return id;
    }

    public @Nullable UUID personId() {
        return personId;
    }

    public String role() {
        return role;
    }

    public Set<String> areas() {
        return Set.copyOf(areas);
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }

    public boolean synthetic() {
        return synthetic;
    }

    public boolean belongsTo(UUID person) {
        return person.equals(personId);
    }
}
