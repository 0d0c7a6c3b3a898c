package org.pacto.pledges.domain;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** The title (and description) of a pledge in another language. */
@Embeddable
public class Translation {

    private String language;
    private String title;
    private @Nullable String description;

    protected Translation() {
        this.language = "";
        this.title = "";
    }

    Translation(String language, String title, @Nullable String description) {
        this.language = language;
        this.title = title;
        this.description = description;
    }

    public String language() { return language; }
    public String title() { return title; }
    public @Nullable String description() { return description; }
}
