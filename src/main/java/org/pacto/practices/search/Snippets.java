package org.pacto.practices.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Marks the words of a query in a shown text with {@code <mark>}: accents folded, a shared stem
 * (all but the last two letters, at least four) or one typo count as a match. The text is not
 * escaped here; pages escape it and keep only the marks.
 */
final class Snippets {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Snippets() {
    }

    static List<String> words(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(query.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1).map(Snippets::fold)
                .limit(10).toList();
    }

    /** The text with matches marked (shortened around the first match when {@code window} > 0), or nothing if none match. */
    static List<String> mark(@Nullable String text, List<String> words, int window) {
        if (text == null || words.isEmpty()) {
            return List.of();
        }
        Matcher matcher = WORD.matcher(text);
        var out = new StringBuilder();
        int last = 0;
        int first = -1;
        while (matcher.find()) {
            if (matches(fold(matcher.group()), words)) {
                if (first < 0) {
                    first = out.length() + (matcher.start() - last);
                }
                out.append(text, last, matcher.start()).append("<mark>").append(matcher.group()).append("</mark>");
                last = matcher.end();
            }
        }
        if (first < 0) {
            return List.of();
        }
        out.append(text.substring(last));
        String marked = out.toString();
        if (window > 0 && marked.length() > window * 2) {
            int from = Math.max(0, first - window / 3);
            int to = Math.min(marked.length(), from + window);
            while (to < marked.length() && marked.lastIndexOf("<mark>", to) > marked.lastIndexOf("</mark>", to)) {
                to++;
            }
            marked = (from > 0 ? "…" : "") + marked.substring(from, to) + (to < marked.length() ? "…" : "");
        }
        return List.of(marked);
    }

    private static boolean matches(String word, List<String> queryWords) {
        for (String q : queryWords) {
            int stem = Math.max(4, q.length() - 2);
            if (word.equals(q) || (q.length() >= 4 && word.startsWith(q.substring(0, Math.min(stem, q.length()))))
                    || (q.length() >= 4 && word.length() >= 4 && withinOneEdit(word, q))) {
                return true;
            }
        }
        return false;
    }

    static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 128;
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (a.length() < b.length()) {
                j++;
            } else if (i + 1 < a.length() && j + 1 < b.length() && a.charAt(i) == b.charAt(j + 1)
                    && a.charAt(i + 1) == b.charAt(j)) {
                i += 2;
                j += 2;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
