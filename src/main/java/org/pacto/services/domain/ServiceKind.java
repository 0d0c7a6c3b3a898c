package org.pacto.services.domain;

import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/** What a service point is (issue 13; seed 004 objectives 3 and 15, seed 002 returnee windows and reception centres). */
public enum ServiceKind implements Coded {
    INFORMATION_POINT("information-point"),
    INTEGRATED_SERVICE("integrated-service"),
    COMMUNITY_CENTRE("community-centre"),
    SHELTER("shelter"),
    HEALTH("health"),
    LEGAL_AID("legal-aid"),
    EMPLOYMENT("employment"),
    EDUCATION("education"),
    MOBILE_CONSULAR_DAY("mobile-consular-day");

    private final String code;

    ServiceKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<ServiceKind> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    /** The column holds the code; the entity holds the enum. */
    @Converter(autoApply = true)
    public static class Column extends CodedConverter<ServiceKind> {
        public Column() {
            super(ServiceKind.class);
        }
    }
}
