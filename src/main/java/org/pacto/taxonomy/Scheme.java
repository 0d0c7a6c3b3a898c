package org.pacto.taxonomy;

/** The reference lists the seeds name, by the code used in the {@code taxonomy.term} table. */
public enum Scheme {
    SDG("sdg"),
    GFMD_AREA("gfmd-area"),
    /** The stakeholder groups of GCM paragraph 44. */
    STAKEHOLDER_GROUP("stakeholder-group"),
    /** The stakeholder groups of the civil-society Permanent Dialogue Mechanism as seed 003 lists them. */
    DIALOGUE_MECHANISM_GROUP("dialogue-mechanism-group"),
    ENTITY_KIND("entity-kind"),
    MGI_DOMAIN("mgi-domain"),
    THEME("theme"),
    GROUPING("grouping");

    private final String code;

    Scheme(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<Scheme> fromCode(String code) {
        for (Scheme scheme : values()) {
            if (scheme.code.equals(code)) {
                return java.util.Optional.of(scheme);
            }
        }
        return java.util.Optional.empty();
    }
}
