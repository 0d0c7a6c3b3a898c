package org.pacto.taxonomy;

import org.pacto.platform.Language;

/** One of the GCM's ten cross-cutting guiding principles (paragraph 15 a–j), in one language. */
public record Principle(String code, int position, char paragraph, String title, String definition,
                       Language language, boolean official) {
}
