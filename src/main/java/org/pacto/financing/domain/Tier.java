package org.pacto.financing.domain;

import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/**
 * A member's fee tier (seed 002, after the GCFF and IDA: Part I, higher-income countries, pay a higher fee than
 * Part II countries). The tier sets what a member owes, never how much its vote weighs.
 */
public enum Tier implements Coded {
    PART_1("part-1"), PART_2("part-2");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<Tier> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedConverter<Tier> {
        public Column() {
            super(Tier.class);
        }
    }
}
