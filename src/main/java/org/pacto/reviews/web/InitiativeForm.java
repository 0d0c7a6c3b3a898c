package org.pacto.reviews.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.reviews.domain.InitiativeInput;
import org.pacto.reviews.domain.InventoryView.InitiativeItem;
import org.springframework.util.MultiValueMap;

/**
 * The initiative form as the pages send it (adding on the inventory page, changing on the initiative's page): the
 * API's {@link InitiativeInput} from form fields, and back from a stored initiative to fill the form. What was
 * typed is kept as {@code form} (one value per field) and {@code chosen} (every value of the checkbox lists).
 */
record InitiativeForm(Map<String, String> form, Map<String, List<String>> chosen) {

    static final InitiativeForm EMPTY = new InitiativeForm(Map.of(), Map.of());

    static InitiativeForm typed(MultiValueMap<String, String> sent) {
        Map<String, String> form = new LinkedHashMap<>();
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        sent.forEach((k, v) -> {
            if (!k.equals("_csrf") && v != null && !v.isEmpty()) {
                form.put(k, v.getFirst() == null ? "" : v.getFirst());
                chosen.put(k, v.stream().filter(java.util.Objects::nonNull).toList());
            }
        });
        return new InitiativeForm(form, chosen);
    }

    static InitiativeForm of(InitiativeItem i) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", i.title());
        form.put("language", i.language());
        form.put("authority", i.authority());
        form.put("level", i.level());
        form.put("direction", i.direction());
        form.put("type", i.type());
        form.put("status", i.status());
        put(form, "startDate", i.startDate());
        put(form, "endDate", i.endDate());
        put(form, "legalBasis", i.legalBasis());
        put(form, "url", i.url());
        put(form, "lastVerified", i.lastVerified());
        if (i.budget() != null) {
            form.put("budgetAmount", i.budget().amount().toPlainString());
            form.put("budgetCurrency", i.budget().currency());
        }
        form.put("evidence", String.join("\n", i.evidence()));
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        chosen.put("objectives", i.objectives().stream().map(String::valueOf).toList());
        chosen.put("principles", i.principles());
        return new InitiativeForm(form, chosen);
    }

    private static void put(Map<String, String> form, String field, @Nullable Object value) {
        if (value != null) {
            form.put(field, value.toString());
        }
    }

    /** The API's body from the form; a number that is not one is kept as 0 so the rules name the field. */
    static InitiativeInput input(MultiValueMap<String, String> form) {
        List<String> given = form.get("objectives");
        List<Integer> objectives = null;
        if (given != null) {
            objectives = new ArrayList<>();
            for (String g : given) {
                try {
                    objectives.add(Integer.valueOf(g.strip()));
                } catch (NumberFormatException e) {
                    objectives.add(0);
                }
            }
        }
        String evidence = form.getFirst("evidence");
        List<String> links = evidence == null ? null : evidence.lines().map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        return new InitiativeInput(form.getFirst("language"), form.getFirst("title"), form.getFirst("authority"),
                form.getFirst("level"), form.getFirst("direction"), form.getFirst("type"), objectives,
                form.get("principles"), form.getFirst("status"), form.getFirst("startDate"), form.getFirst("endDate"),
                form.getFirst("legalBasis"), form.getFirst("url"),
                blank(form.getFirst("budgetAmount")) && blank(form.getFirst("budgetCurrency")) ? null
                        : new InitiativeInput.Budget(form.getFirst("budgetAmount"), form.getFirst("budgetCurrency")),
                links, form.getFirst("lastVerified"));
    }

    /** Field → message, a list's items under the list's name (the form shows one message per list). */
    static Map<String, String> byList(Map<String, String> errors) {
        Map<String, String> byList = new LinkedHashMap<>();
        errors.forEach((field, message) -> byList.merge(field.replaceAll("\\[\\d+]$", ""), message,
                (a, b) -> a.equals(b) ? a : a + " " + b));
        return byList;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
