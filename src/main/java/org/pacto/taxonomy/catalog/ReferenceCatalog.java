package org.pacto.taxonomy.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pacto.platform.Language;
import org.pacto.taxonomy.Country;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.Objective;
import org.pacto.taxonomy.Principle;
import org.pacto.taxonomy.Region;
import org.pacto.taxonomy.Scheme;
import org.pacto.taxonomy.Term;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The framework held in memory: it changes only with a migration, so it is read once at start-up
 * and every answer is an immutable list (the objectives API answers without touching the database).
 */
@Component
class ReferenceCatalog implements Framework {

    private final Map<Language, List<Objective>> objectives = new EnumMap<>(Language.class);
    private final Map<Language, List<Principle>> principles = new EnumMap<>(Language.class);
    private final Map<Language, List<Country>> countries = new EnumMap<>(Language.class);
    private final Map<Language, List<Region>> regions = new EnumMap<>(Language.class);
    private final Map<Language, Map<String, List<Term>>> terms = new EnumMap<>(Language.class);
    private final Map<String, List<String>> members = new HashMap<>();
    private final Set<String> countryCodes;

    ReferenceCatalog(JdbcClient jdbc) {
        for (Language language : Language.values()) {
            objectives.put(language, loadObjectives(jdbc, language));
            principles.put(language, loadPrinciples(jdbc, language));
            countries.put(language, loadCountries(jdbc, language));
            regions.put(language, loadRegions(jdbc, language));
            terms.put(language, loadTerms(jdbc, language));
        }
        jdbc.sql("select grouping_code, country from taxonomy.grouping_member order by grouping_code, country")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        countryCodes = countries.get(Language.DEFAULT).stream().map(Country::code).collect(Collectors.toUnmodifiableSet());
    }

    private static List<Objective> loadObjectives(JdbcClient jdbc, Language language) {
        Map<Integer, List<Objective.LocalAction>> actions = new HashMap<>();
        jdbc.sql("select objective, text, source from taxonomy.local_action where lang = :lang order by objective, position")
                .param("lang", language.code())
                .query((rs, row) -> Map.entry(rs.getInt(1),
                        new Objective.LocalAction(rs.getString(2), Objective.LocalAction.Source.of(rs.getString(3)))))
                .list()
                .forEach(e -> actions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("""
                select o.number, o.gcm_paragraph, t.title, t.short_title, t.commitment, t.official, o.handbook_short_title
                from taxonomy.objective o join taxonomy.objective_text t on t.objective = o.number and t.lang = :lang
                order by o.number""")
                .param("lang", language.code())
                .query((rs, row) -> new Objective(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), List.copyOf(actions.getOrDefault(rs.getInt(1), List.of())), language,
                        rs.getBoolean(6), rs.getString(7)))
                .list().stream().toList();
    }

    private static List<Principle> loadPrinciples(JdbcClient jdbc, Language language) {
        return jdbc.sql("""
                select p.code, p.position, p.paragraph, t.title, t.definition, t.official
                from taxonomy.principle p join taxonomy.principle_text t on t.principle = p.code and t.lang = :lang
                order by p.position""")
                .param("lang", language.code())
                .query((rs, row) -> new Principle(rs.getString(1), rs.getInt(2), rs.getString(3).charAt(0),
                        rs.getString(4), rs.getString(5), language, rs.getBoolean(6)))
                .list().stream().toList();
    }

    private static List<Country> loadCountries(JdbcClient jdbc, Language language) {
        var collator = java.text.Collator.getInstance(language.locale());
        var list = new ArrayList<>(jdbc.sql("""
                select c.code, c.alpha3, c.m49, n.name, c.region, c.subregion, c.intermediate_region, c.currency,
                       c.ldc, c.lldc, c.sids
                from taxonomy.country c join taxonomy.country_name n on n.country = c.code and n.lang = :lang""")
                .param("lang", language.code())
                .query((rs, row) -> new Country(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                        rs.getBoolean(10), rs.getBoolean(11)))
                .list());
        list.sort((a, b) -> collator.compare(a.name(), b.name()));
        return List.copyOf(list);
    }

    private static List<Region> loadRegions(JdbcClient jdbc, Language language) {
        return jdbc.sql("""
                select r.code, r.kind, r.parent, n.name from taxonomy.region r
                join taxonomy.region_name n on n.region = r.code and n.lang = :lang order by r.code""")
                .param("lang", language.code())
                .query((rs, row) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().stream().toList();
    }

    private static Map<String, List<Term>> loadTerms(JdbcClient jdbc, Language language) {
        Map<String, List<Term>> byScheme = new LinkedHashMap<>();
        jdbc.sql("""
                select t.scheme, t.code, t.position, t.parent_code, x.label, x.description, t.source, x.official
                from taxonomy.term t join taxonomy.term_text x on x.scheme = t.scheme and x.code = t.code and x.lang = :lang
                order by t.scheme, t.position, t.code""")
                .param("lang", language.code())
                .query((rs, row) -> new Term(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8)))
                .list().forEach(t -> byScheme.computeIfAbsent(t.scheme(), k -> new ArrayList<>()).add(t));
        byScheme.replaceAll((k, v) -> List.copyOf(v));
        return byScheme;
    }

    @Override
    public List<Objective> objectives(Language language) {
        return objectives.get(language);
    }

    @Override
    public Optional<Objective> objective(int number, Language language) {
        return objectives.get(language).stream().filter(o -> o.number() == number).findFirst();
    }

    @Override
    public List<Principle> principles(Language language) {
        return principles.get(language);
    }

    @Override
    public Optional<Principle> principle(String code, Language language) {
        return principles.get(language).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    @Override
    public List<Country> countries(Language language) {
        return countries.get(language);
    }

    @Override
    public Optional<Country> country(String code, Language language) {
        return countries.get(language).stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst();
    }

    @Override
    public boolean isCountry(String code) {
        return code != null && countryCodes.contains(code);
    }

    @Override
    public List<Region> regions(Language language) {
        return regions.get(language);
    }

    @Override
    public Optional<Region> region(String code, Language language) {
        return regions.get(language).stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Override
    public List<Term> terms(Scheme scheme, Language language) {
        return terms.get(language).getOrDefault(scheme.code(), List.of());
    }

    @Override
    public boolean isTerm(Scheme scheme, String code) {
        return terms(scheme, Language.DEFAULT).stream().anyMatch(t -> t.code().equals(code));
    }

    @Override
    public List<String> members(String grouping) {
        return Collections.unmodifiableList(members.getOrDefault(grouping, List.of()));
    }
}
