package org.pacto.taxonomy;

import java.util.List;
import java.util.Optional;
import org.pacto.platform.Language;

/** The GCM framework and reference lists, as other modules read them. */
public interface Framework {

    List<Objective> objectives(Language language);

    Optional<Objective> objective(int number, Language language);

    List<Principle> principles(Language language);

    Optional<Principle> principle(String code, Language language);

    List<Country> countries(Language language);

    Optional<Country> country(String code, Language language);

    boolean isCountry(String code);

    List<Region> regions(Language language);

    Optional<Region> region(String code, Language language);

    List<Term> terms(Scheme scheme, Language language);

    boolean isTerm(Scheme scheme, String code);

    /** The ISO alpha-2 codes of a regional grouping's members (e.g. {@code mercosur}). */
    List<String> members(String grouping);
}
