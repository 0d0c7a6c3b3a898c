package org.pacto.practices.domain;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What an update changes, field by field, against the published content. */
public final class ContentDifference {

    /** One changed field: its name (as in the form and the API) and the values before and after, as text. */
    public record Change(String field, String before, String after) {
    }

    private ContentDifference() {
    }

    /** The changed fields in the order of the template; the call is kept when the update names none. */
    public static List<Change> between(PracticeContent published, PracticeContent proposed) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent component : PracticeContent.class.getRecordComponents()) {
            Object before = value(component, published);
            Object after = value(component, proposed);
            if (component.getName().equals("call") && after == null) {
                continue;
            }
            if (!Objects.equals(normal(before), normal(after))) {
                changes.add(new Change(component.getName(), text(before), text(after)));
            }
        }
        return changes;
    }

    private static @Nullable Object value(RecordComponent component, PracticeContent content) {
        try {
            return component.getAccessor().invoke(content);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty text, empty lists and absent values are the same "nothing". */
    private static @Nullable Object normal(@Nullable Object value) {
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof Collection<?> c && c.isEmpty()) {
            return null;
        }
        if (value instanceof Map<?, ?> m && m.isEmpty()) {
            return null;
        }
        return value instanceof Collection<?> c ? List.copyOf(c) : value;
    }

    private static String text(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
