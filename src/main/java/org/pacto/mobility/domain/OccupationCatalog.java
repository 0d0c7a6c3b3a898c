package org.pacto.mobility.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.pacto.platform.CsvLine;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.pacto.mobility.Occupation;
import org.pacto.platform.Language;
import org.springframework.stereotype.Component;

/**
 * The ISCO-08 classification shipped in {@code mobility/isco08.csv} (sources and licences in
 * {@code mobility/SOURCE.md}), held in memory: 619 groups, read once. Search matches every word of the query
 * against the start of any word of a title, in the four languages at once, ignoring case and accents
 * ("enfermeria" finds "Profesionales de enfermería", "maçon" finds "Maçons" and "macon" too).
 */
@Component
public class OccupationCatalog {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Occupation> byCode = new LinkedHashMap<>();
    private final Map<String, String[]> words = new LinkedHashMap<>();

    public OccupationCatalog() {
        try (var in = getClass().getResourceAsStream("/mobility/isco08.csv")) {
            if (in == null) {
                throw new IllegalStateException("mobility/isco08.csv is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                List<String> f = csv(line);
                var o = new Occupation(f.get(0), f.get(2), f.get(3), f.get(4), f.get(5).isEmpty() ? null : f.get(5));
                byCode.put(o.code(), o);
                String all = String.join(" ", o.en(), o.es(), o.fr(), o.pt() == null ? "" : o.pt());
                words.put(o.code(), Arrays.stream(NON_WORD.split(fold(all))).filter(w -> !w.isEmpty())
                        .distinct().toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Occupation> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean isUnitGroup(String code) {
        var o = byCode.get(code);
        return o != null && o.unitGroup();
    }

    public List<Occupation> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * Groups whose titles (any language) contain a word starting with each word of {@code query}; a query of
     * digits matches codes by prefix. Unit groups first, then by code. An empty query matches nothing.
     */
    public List<Occupation> search(String query, boolean unitGroupsOnly) {
        String[] terms = Arrays.stream(NON_WORD.split(fold(query))).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (terms.length == 0) {
            return List.of();
        }
        var found = new ArrayList<Occupation>();
        for (var o : byCode.values()) {
            if (unitGroupsOnly && !o.unitGroup()) {
                continue;
            }
            if (matches(o, words.get(o.code()), terms)) {
                found.add(o);
            }
        }
        found.sort((a, b) -> a.unitGroup() != b.unitGroup() ? (a.unitGroup() ? -1 : 1) : a.code().compareTo(b.code()));
        return found;
    }

    private static boolean matches(Occupation o, String[] titleWords, String[] terms) {
        for (String term : terms) {
            boolean hit = Character.isDigit(term.charAt(0)) ? o.code().startsWith(term) : false;
            for (int i = 0; !hit && i < titleWords.length; i++) {
                hit = titleWords[i].startsWith(term);
            }
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents (NFD, combining marks removed): the one normalisation of search. */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae");
    }

    /** The title in {@code language}, for lists that hold codes. */
    public String title(String code, Language language) {
        var o = byCode.get(code);
        return o == null ? code : o.title(language);
    }

    private static List<String> csv(String line) {
        return CsvLine.fields(line);
    }
}
