package org.pacto.dialogue.domain;

import jakarta.persistence.Embeddable;

/** A session's moderator or speaker, by sector. Panellists speak in public: their names are on the agenda. */
@Embeddable
public class Panelist {

    private String name;
    private Sector sector;
    private boolean moderator;

    protected Panelist() {
        this.name = "";
        this.sector = Sector.OTHER;
    }

    Panelist(String name, Sector sector, boolean moderator) {
        this.name = name;
        this.sector = sector;
        this.moderator = moderator;
    }

    public String name() { return name; }
    public Sector sector() { return sector; }
    public boolean moderator() { return moderator; }
}
