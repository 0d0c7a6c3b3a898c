package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/**
 * What a returnee may need on arrival (seed 004 objective 21; seed 002: returnee one-stop windows and reception
 * centres; seed 003): the intake's checklist. Each maps to the services that answer it, for the referral plan.
 */
public enum ReturneeNeed implements Coded {
    DOCUMENTATION("documentation"),
    HOUSING("housing"),
    FOOD("food"),
    HEALTH("health"),
    PSYCHOSOCIAL("psychosocial"),
    EMPLOYMENT("employment"),
    SKILLS_RECOGNITION("skills-recognition"),
    EDUCATION("education"),
    FAMILY_REUNIFICATION("family-reunification"),
    LEGAL_ADVICE("legal-advice"),
    PROTECTION("protection"),
    TRANSPORT("transport");

    private final String code;

    ReturneeNeed(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<ReturneeNeed> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<ReturneeNeed> {
        public Column() {
            super(ReturneeNeed.class);
        }
    }
}
