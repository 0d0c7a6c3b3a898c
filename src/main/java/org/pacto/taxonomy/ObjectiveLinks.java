package org.pacto.taxonomy;

import java.util.List;
import org.pacto.platform.Language;

/**
 * What a module links to an objective (practices, pledges, indicators…): each module that has
 * such records provides a bean, and the objective's page lists its section.
 */
public interface ObjectiveLinks {

    /** The message key of the section heading, e.g. {@code objective.section.practices}. */
    String sectionKey();

    List<Link> linkedTo(int objective, Language language);

    record Link(String title, String href, String note) {
    }
}
