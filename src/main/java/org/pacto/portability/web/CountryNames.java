package org.pacto.portability.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.pacto.platform.Language;
import org.pacto.portability.calculation.catalog.Agreement;
import org.pacto.portability.calculation.catalog.Catalog;
import org.pacto.taxonomy.Country;
import org.pacto.taxonomy.Framework;
import org.springframework.stereotype.Component;

/** Country names in the reader's language (from the M49 list), for the countries the registry knows. */
@Component
class CountryNames {

    private final Framework framework;

    CountryNames(Framework framework) {
        this.framework = framework;
    }

    String name(String code, Language language) {
        return framework.country(code, language).map(Country::name).orElse(code);
    }

    /** Parties of any agreement and countries with a national scheme, sorted by name. */
    List<Option> options(Catalog catalog, Language language) {
        var codes = new TreeSet<String>(catalog.schemes().keySet());
        catalog.agreements().stream().map(Agreement::effectiveFrom).forEach(m -> codes.addAll(m.keySet()));
        Collator collator = Collator.getInstance(language.locale());
        return codes.stream().map(c -> new Option(c, name(c, language)))
                .sorted(Comparator.comparing(Option::name, collator)).toList();
    }

    Map<String, String> names(Iterable<String> codes, Language language) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(c -> names.put(c, name(c, language)));
        return names;
    }

    record Option(String code, String name) {
    }
}
