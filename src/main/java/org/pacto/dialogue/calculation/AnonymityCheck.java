package org.pacto.dialogue.calculation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Before a report is published, no text of it may name a registered participant or their organisation: seed 003's
 * report gives its recommendations "sin mencionar a ningún actor", and issue 11 makes that a check.
 *
 * <p>Rules: a name matches where the text contains it as whole words (not inside a longer word: "Ana" is not found
 * in "Anabel" nor in "mañana"), ignoring case and accents ("Jose Perez" finds "JOSÉ PÉREZ"), with any run of spaces
 * between its words. Names shorter than {@value #SHORTEST} letters are not searched (an initial or "ONG" would
 * match ordinary words). Each occurrence is listed, with its place in the text, so the rapporteur can rewrite it.
 */
public final class AnonymityCheck {

    static final int SHORTEST = 3;
    static final String SOURCE = "Seed 003 (recommendations without naming actors); issue 11";

    /** A name found in a text: which text (e.g. {@code recommendations[2].text}), the name, where, and the words found. */
    public record Occurrence(String field, String name, int start, int end, String found) {
    }

    /** A text to check and the field it comes from. */
    public record Text(String field, String value) {
    }

    private AnonymityCheck() {
    }

    public static List<Occurrence> check(List<Text> texts, List<String> names) {
        List<String> folded = names.stream().map(n -> fold(n).strip().replaceAll("\\s+", " "))
                .filter(n -> n.codePoints().filter(Character::isLetterOrDigit).count() >= SHORTEST)
                .distinct().toList();
        List<Occurrence> found = new ArrayList<>();
        for (Text text : texts) {
            String haystack = fold(text.value());
            for (int i = 0; i < folded.size(); i++) {
                String name = folded.get(i);
                var pattern = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                        + String.join("\\s+", java.util.Arrays.stream(name.split(" "))
                                .map(java.util.regex.Pattern::quote).toList())
                        + "(?![\\p{L}\\p{N}])");
                var matcher = pattern.matcher(haystack);
                while (matcher.find()) {
                    found.add(new Occurrence(text.field(), originalOf(names, name), matcher.start(), matcher.end(),
                            text.value().substring(matcher.start(), matcher.end())));
                }
            }
        }
        found.sort(Comparator.comparing(Occurrence::field).thenComparingInt(Occurrence::start));
        return List.copyOf(found);
    }

    /**
     * Lower case without accents, one character for each character of the text so that places in the folded text
     * are places in the original (a character whose folding is not one character is kept as it is, lower-cased).
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            String lower = base.toLowerCase(Locale.ROOT);
            out.append(lower.length() == 1 ? lower.charAt(0) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static String originalOf(List<String> names, String folded) {
        return names.stream().filter(n -> fold(n).strip().replaceAll("\\s+", " ").equals(folded)).findFirst()
                .orElse(folded);
    }
}
