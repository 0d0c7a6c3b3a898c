package org.pacto.indicators.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pacto.indicators.calculation.RemittanceService;
import org.pacto.platform.CsvLine;
import org.pacto.platform.InvalidInputException.FieldProblem;

/**
 * Reads remittance prices in either of two CSV layouts, checked whole (every refusal names its line, the header being
 * line 1, and its column; at most {@link CsvCheck#MAX_PROBLEMS}):
 * <ul>
 * <li>the World Bank's Remittance Prices Worldwide dataset sheet "Dataset (from Q2 2016)" saved as CSV: {@code period}
 * like {@code 2016_2Q}, ISO alpha-3 {@code source_code} and {@code destination_code}, {@code firm}, {@code firm_type},
 * {@code payment instrument}, {@code speed actual} (text such as "Same day", "Next day", "3-5 days", "6 days or
 * more"), {@code cc1 lcu fee}, {@code cc1 fx margin}, {@code cc1 total cost %} (the USD 200 send used by SDG 10.c.1),
 * {@code transparent} (yes/no) and {@code receiving network coverage};</li>
 * <li>Pacto's own layout ({@link RemittancePrices#LAYOUT}), the shipped synthetic sample's.</li>
 * </ul>
 * Column names are compared case-insensitively with {@code _} and spaces alike. RPW's SmaRT accessibility criterion is
 * read from an {@code accessible} column when the file has one; otherwise a receiving network coverage of "large" or
 * "medium" counts as accessible — Pacto's reading of the SmaRT methodology, stated in docs/indicators.md.
 */
final class RpwFile {

    static final int MAX_ROWS = 300_000;
    private static final Pattern WB_PERIOD = Pattern.compile("((?:19|20|21)[0-9]{2})_([1-4])Q");
    private static final Pattern PERIOD = Pattern.compile("(19|20|21)[0-9]{2}(Q[1-4])?");
    private static final Pattern DAYS = Pattern.compile("([0-9]+)(?:\\s*-\\s*([0-9]+))?\\s*day");
    private static final Map<String, String> ALPHA3 = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA3.put(Locale.of("", alpha2).getISO3Country(), alpha2);
        }
        // RPW spells Kosovo XKX/KSV (no ISO code); Pacto uses the user-assigned XK as the EU and IMF do
        ALPHA3.put("XKX", "XK");
        ALPHA3.put("KSV", "XK");
    }

    private RpwFile() {
    }

    record Read(String layout, List<RemittancePrices.Price> prices, List<FieldProblem> problems) {
    }

    private record Layout(String name, String period, String from, String to, String firm, String firmType,
                          @Nullable String product, @Nullable String fee, @Nullable String fxMargin, String total,
                          String speed, String transparent, @Nullable String accessible, @Nullable String coverage) {
    }

    private static final Layout WORLD_BANK = new Layout("rpw", "period", "source code", "destination code", "firm",
            "firm type", "payment instrument", "cc1 lcu fee", "cc1 fx margin", "cc1 total cost %", "speed actual",
            "transparent", "accessible", "receiving network coverage");
    private static final Layout PACTO = new Layout("pacto", "period", "source code", "destination code", "firm",
            "firm type", "product", "fee", "fx margin", "total cost percent", "speed days", "transparent",
            "accessible", null);

    static Read read(InputStream in) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var problems = new ArrayList<FieldProblem>();
        var prices = new ArrayList<RemittancePrices.Price>();
        long line = 0;
        try (var reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            String text = reader.readLine();
            line = 1;
            if (text == null) {
                return new Read("", prices, List.of(new FieldProblem("file", "dataset-empty")));
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String> header = CsvLine.fields(text).stream().map(RpwFile::column).toList();
            Layout layout = header.contains(column(WORLD_BANK.total())) ? WORLD_BANK : PACTO;
            for (String wanted : required(layout)) {
                if (!header.contains(wanted)) {
                    problems.add(new FieldProblem("file", "dataset-missing-column", 1, wanted));
                }
            }
            if (!problems.isEmpty()) {
                return new Read(layout.name(), prices, problems);
            }
            while ((text = reader.readLine()) != null && problems.size() < CsvCheck.MAX_PROBLEMS) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                if (prices.size() >= MAX_ROWS) {
                    problems.add(new FieldProblem("file", "too-many", MAX_ROWS));
                    break;
                }
                List<String> values = CsvLine.fields(text);
                if (values.size() != header.size()) {
                    problems.add(new FieldProblem("file", "dataset-field-count", line, values.size(), header.size()));
                    continue;
                }
                var row = new Row(header, values, line, problems);
                var price = row.price(layout);
                if (price != null) {
                    prices.add(price);
                }
            }
            if (prices.isEmpty() && problems.isEmpty()) {
                problems.add(new FieldProblem("file", "dataset-empty"));
            }
            return new Read(layout.name(), prices, problems);
        } catch (CharacterCodingException e) {
            problems.add(new FieldProblem("file", "dataset-encoding", line + 1));
            return new Read("", List.of(), problems);
        }
    }

    private static List<String> required(Layout l) {
        var columns = new ArrayList<>(List.of(l.period(), l.from(), l.to(), l.firm(), l.firmType(), l.total(),
                l.speed(), l.transparent()));
        if (l == PACTO) {
            columns.addAll(List.of(l.product(), l.fee(), l.fxMargin(), l.accessible()));
        }
        return columns;
    }

    /** A column name as compared: lower case, underscores as spaces, spaces collapsed. */
    static String column(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    }

    /** One data line: each accessor adds its refusal (line, column) and answers null. */
    private record Row(List<String> header, List<String> values, long line, List<FieldProblem> problems) {

        @Nullable String text(@Nullable String column) {
            int i = column == null ? -1 : header.indexOf(column);
            return i < 0 ? null : values.get(i).strip();
        }

        RemittancePrices.@Nullable Price price(Layout l) {
            int before = problems.size();
            for (int i = 0; i < values.size(); i++) {
                // PostgreSQL refuses NUL in text; no RPW field holds control characters
                if (values.get(i).chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                    problems.add(new FieldProblem("file", "dataset-invalid-value", line, header.get(i)));
                    return null;
                }
            }
            String period = period(l.period());
            String from = country(l.from());
            String to = country(l.to());
            String firm = required(l.firm(), 200);
            String firmType = required(l.firmType(), 100);
            String product = text(l.product());
            BigDecimal fee = number(l.fee(), false);
            BigDecimal margin = number(l.fxMargin(), false);
            BigDecimal total = number(l.total(), true);
            if (total != null && total.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new FieldProblem("file", "dataset-out-of-range", line, l.total()));
            }
            BigDecimal speed = l == PACTO ? number(l.speed(), true) : speed(l.speed());
            if (speed != null && speed.compareTo(BigDecimal.valueOf(365)) > 0) {
                problems.add(new FieldProblem("file", "dataset-out-of-range", line, l.speed()));
            }
            Boolean transparent = bool(l.transparent(), true);
            Boolean accessible = header.contains(l.accessible()) ? bool(l.accessible(), true)
                    : coverage(text(l.coverage()));
            if (problems.size() > before) {
                return null;
            }
            return new RemittancePrices.Price(period, from, to, firm, firmType,
                    product == null || product.isEmpty() ? "" : shortened(product, 100),
                    fee == null ? BigDecimal.ZERO : fee, margin == null ? BigDecimal.ZERO : margin,
                    new RemittanceService(from + "-" + to, firm, total, transparent, speed, accessible));
        }

        private @Nullable String period(String column) {
            String value = text(column);
            Matcher wb = WB_PERIOD.matcher(value == null ? "" : value);
            if (wb.matches()) {
                return wb.group(1) + "Q" + wb.group(2);
            }
            if (value != null && PERIOD.matcher(value).matches()) {
                return value;
            }
            problems.add(new FieldProblem("file", "dataset-invalid-value", line, column));
            return null;
        }

        private @Nullable String country(String column) {
            String value = text(column);
            String code = value == null ? "" : value.toUpperCase(Locale.ROOT);
            if (code.length() == 3 && ALPHA3.containsKey(code)) {
                return ALPHA3.get(code);
            }
            if (code.length() == 2 && (List.of(Locale.getISOCountries()).contains(code) || code.equals("XK"))) {
                return code;
            }
            problems.add(new FieldProblem("file", "dataset-unknown-country", line, column));
            return null;
        }

        private @Nullable String required(String column, int limit) {
            String value = text(column);
            if (value == null || value.isEmpty()) {
                problems.add(new FieldProblem("file", "dataset-invalid-value", line, column));
                return null;
            }
            return shortened(value, limit);
        }

        private @Nullable BigDecimal number(@Nullable String column, boolean required) {
            String value = text(column);
            if (value == null || value.isEmpty()) {
                if (required) {
                    problems.add(new FieldProblem("file", "dataset-not-a-number", line, column));
                }
                return null;
            }
            try {
                BigDecimal number = new BigDecimal(value);
                if (number.signum() < 0) {
                    problems.add(new FieldProblem("file", "dataset-negative", line, column));
                    return null;
                }
                if (number.precision() - number.scale() > 12) {
                    problems.add(new FieldProblem("file", "dataset-out-of-range", line, column));
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("file", "dataset-not-a-number", line, column));
                return null;
            }
        }

        /** RPW's speed categories as the most days they can take ("3-5 days" → 5; "6 days or more" → 6). */
        private @Nullable BigDecimal speed(String column) {
            String value = text(column);
            String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
            if (v.contains("hour") || v.contains("same day") || v.contains("minute")) {
                return BigDecimal.ZERO;
            }
            if (v.contains("next day")) {
                return BigDecimal.ONE;
            }
            Matcher days = DAYS.matcher(v);
            if (days.find()) {
                return new BigDecimal(days.group(2) != null ? days.group(2) : days.group(1));
            }
            problems.add(new FieldProblem("file", "dataset-invalid-value", line, column));
            return null;
        }

        private @Nullable Boolean bool(String column, boolean required) {
            String v = text(column);
            return switch (v == null ? "" : v.toLowerCase(Locale.ROOT)) {
                case "yes", "true", "1", "y" -> true;
                case "no", "false", "0", "n" -> false;
                default -> {
                    if (required) {
                        problems.add(new FieldProblem("file", "dataset-invalid-value", line, column));
                    }
                    yield null;
                }
            };
        }

        private static boolean coverage(@Nullable String text) {
            String v = text == null ? "" : text.toLowerCase(Locale.ROOT);
            return v.startsWith("large") || v.startsWith("medium");
        }

        private static String shortened(String text, int limit) {
            return text.length() <= limit ? text : text.substring(0, limit);
        }
    }
}
