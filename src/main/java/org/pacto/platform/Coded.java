package org.pacto.platform;

/**
 * A status or kind whose stable code (lower-case, hyphenated: {@code in-progress}) is what is stored, sent in the
 * API and used in message keys. Enums implement it and declare a {@link CodedConverter} so the column holds the
 * code and the entity field holds the enum: one way to persist a status in every module.
 */
public interface Coded {

    String code();

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("No " + type.getSimpleName() + " has the code " + code);
    }
}
