package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** A service a point offers: the list people filter by (seed 004 objectives 3, 4, 7, 15, 21; seed 002 returnees). */
public enum ServiceOffered implements Coded {
    INFORMATION("information"),
    DOCUMENTATION("documentation"),
    REGISTRATION_CARD("registration-card"),
    HEALTH_CARE("health-care"),
    INTERCULTURAL_MEDIATION("intercultural-mediation"),
    LEGAL_ADVICE("legal-advice"),
    PSYCHOSOCIAL_SUPPORT("psychosocial-support"),
    CHILD_PROTECTION("child-protection"),
    GENDER_BASED_VIOLENCE_RESPONSE("gender-based-violence-response"),
    SHELTER("shelter"),
    FOOD("food"),
    EMPLOYMENT("employment"),
    EDUCATION("education"),
    LANGUAGE_CLASSES("language-classes"),
    RETURNEE_REINTEGRATION("returnee-reintegration"),
    CONSULAR_SERVICES("consular-services");

    private final String code;

    ServiceOffered(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<ServiceOffered> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<ServiceOffered> {
        public Column() {
            super(ServiceOffered.class);
        }
    }
}
