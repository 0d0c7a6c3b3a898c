package org.pacto.reviews.domain;

import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/**
 * Where an inventory stands (issue 9): draft → submitted → observer-queries ⇄ revised → validated → published.
 * The government edits while the inventory is a draft or answers the observer's queries; once validated nothing
 * changes, and once published it is frozen for the cycle (the next cycle starts from a copy).
 */
public enum InventoryStatus implements Coded {
    DRAFT("draft"), SUBMITTED("submitted"), OBSERVER_QUERIES("observer-queries"), REVISED("revised"),
    VALIDATED("validated"), PUBLISHED("published");

    private final String code;

    InventoryStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The government may change initiatives and answers: while drafting, and while answering queries. */
    public boolean editable() {
        return this == DRAFT || this == OBSERVER_QUERIES;
    }

    /** With the observer: it may ask queries or validate. */
    public boolean beforeObserver() {
        return this == SUBMITTED || this == REVISED;
    }

    public static Optional<InventoryStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends CodedConverter<InventoryStatus> {
        public Column() {
            super(InventoryStatus.class);
        }
    }
}
