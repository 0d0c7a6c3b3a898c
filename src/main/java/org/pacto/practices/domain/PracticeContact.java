package org.pacto.practices.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The contact person of a practice: personal data, never shown publicly. */
@Entity
@Table(schema = "practices", name = "practice_contact")
public class PracticeContact {

    @Id
    private UUID practiceId;
    private String name;
    private String email;
    private @Nullable String phone;

    protected PracticeContact() {
    }

    public PracticeContact(UUID practiceId, String name, String email, @Nullable String phone) {
        this.practiceId = practiceId;
        change(name, email, phone);
    }

    public void change(String name, String email, @Nullable String phone) {
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public @Nullable String phone() {
        return phone;
    }
}
