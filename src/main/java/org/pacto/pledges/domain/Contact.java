package org.pacto.pledges.domain;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** A person to contact about a pledge: personal data, never public. */
@Embeddable
public class Contact {

    private String name;
    private String email;
    private @Nullable String phone;

    protected Contact() {
        this.name = "";
        this.email = "";
    }

    Contact(String name, String email, @Nullable String phone) {
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public String name() { return name; }
    public String email() { return email; }
    public @Nullable String phone() { return phone; }
}
