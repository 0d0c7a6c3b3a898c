package org.pacto.taxonomy;

import java.util.List;
import org.pacto.platform.Language;

/** One of the GCM's 23 objectives (A/RES/73/195, paragraphs 17–39), in one language. */
public record Objective(int number, int gcmParagraph, String title, String shortTitle, String commitment,
                        List<String> localActions, Language language, boolean official) {
}
