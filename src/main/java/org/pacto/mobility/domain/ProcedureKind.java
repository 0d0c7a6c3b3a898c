package org.pacto.mobility.domain;

import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** What a recognition procedure grants (issue 14). */
public enum ProcedureKind implements Coded {
    DEGREE_REVALIDATION("degree-revalidation"),
    PROFESSIONAL_LICENCE("professional-licence"),
    SKILLS_CERTIFICATION("skills-certification"),
    TRADE_TEST("trade-test");

    private final String code;

    ProcedureKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedConverter<ProcedureKind> {
        public Column() {
            super(ProcedureKind.class);
        }
    }
}
