package org.pacto.taxonomy;

import org.jspecify.annotations.Nullable;

/**
 * An entry of a reference list ({@link Scheme}): an SDG target, a GFMD area, a kind of pledging
 * entity, a cross-cutting theme, a regional grouping… {@code official} is true when the label and
 * description are an official wording (the UN's text of an SDG target), false for Pacto's wording
 * and unofficial translations.
 */
public record Term(String scheme, String code, int position, @Nullable String parent, String label,
                   @Nullable String description, @Nullable String source, boolean official) {
}
