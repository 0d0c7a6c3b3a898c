package org.pacto.platform;

import jakarta.persistence.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * Stores a {@link Coded} enum as its code. A module declares one per enum, e.g.
 * {@code @Converter(autoApply = true) static class Column extends CodedConverter<PledgeStatus>} nested in the enum,
 * and the entity field is simply {@code private PledgeStatus status;}.
 */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable E value) {
        return value == null ? null : value.code();
    }

    @Override
    public @Nullable E convertToEntityAttribute(@Nullable String code) {
        return code == null ? null : Coded.fromCode(type, code);
    }
}
