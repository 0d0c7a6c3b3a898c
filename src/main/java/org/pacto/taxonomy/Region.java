package org.pacto.taxonomy;

import org.jspecify.annotations.Nullable;

/** A UN M49 region, sub-region or intermediate region (e.g. 419 Latin America and the Caribbean). */
public record Region(String code, String kind, @Nullable String parent, String name) {
}
