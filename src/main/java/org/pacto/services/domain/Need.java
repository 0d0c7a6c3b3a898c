package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** Needs from the screening form, after the vulnerability factors the seeds list (seed 004 objective 7, seed 000, seed 002 returnees). */
public enum Need implements Coded {
    UNACCOMPANIED_CHILD("unaccompanied-child"),
    SEPARATED_CHILD("separated-child"),
    TRAFFICKING_SURVIVOR("trafficking-survivor"),
    VIOLENCE_SURVIVOR("violence-survivor"),
    GENDER_BASED_VIOLENCE("gender-based-violence"),
    PREGNANT_WOMAN("pregnant-woman"),
    DISABILITY("disability"),
    OLDER_PERSON("older-person"),
    HEALTH_NEED("health-need"),
    MENTAL_HEALTH("mental-health"),
    SHELTER("shelter"),
    DOCUMENTATION("documentation"),
    LEGAL_ADVICE("legal-advice"),
    EMPLOYMENT("employment"),
    EDUCATION("education"),
    RETURNEE("returnee");

    private final String code;

    Need(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Needs that call for the child lens: a child alone is referred first and may need a supervisor's override. */
    public boolean childLens() {
        return this == UNACCOMPANIED_CHILD || this == SEPARATED_CHILD;
    }

    /** Needs that call for the gender lens (seed 001, line 4; seed 004, objective 7). */
    public boolean genderLens() {
        return this == GENDER_BASED_VIOLENCE || this == PREGNANT_WOMAN || this == TRAFFICKING_SURVIVOR
                || this == VIOLENCE_SURVIVOR;
    }

    public static Optional<Need> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<Need> {
        public Column() {
            super(Need.class);
        }
    }
}
