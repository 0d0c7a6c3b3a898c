package org.pacto.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person may do. A visitor (no sign-in) reads everything public. The secretariat screens,
 * assigns and publishes: the neutral observer of the GFMD's voluntary review framework (seed 002).
 * Caseworkers and supervisors act for one organisation's local services and see only its cases.
 */
public enum Role {
    MEMBER("member"),
    FOCAL_POINT("focal-point"),
    REVIEWER("reviewer"),
    SECRETARIAT("secretariat"),
    ADMIN("admin"),
    /** Works the cases of their own organisation's local services (module services; IOM handbook, objective 7). */
    CASEWORKER("caseworker"),
    /** A caseworker who may also override a missing consent, with a documented reason (module services). */
    SUPERVISOR("supervisor");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The Spring Security authority, e.g. {@code ROLE_FOCAL_POINT}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
