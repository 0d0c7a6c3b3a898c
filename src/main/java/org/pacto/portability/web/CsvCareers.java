package org.pacto.portability.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The batch API's CSV format: a header row naming the columns, then one row per insurance period.
 * Consecutive rows with the same {@code career} form one career; its person and claim are read from
 * its first row. Columns (any order; {@code kind}, {@code scheme}, {@code referenceWage} and
 * {@code currency} may be left empty; {@code contingencyDate} and {@code relationship}, the claim's
 * optional fields for invalidity and survivors, may be left empty or absent, so files written before
 * they existed stay valid):
 *
 * <pre>career,birthDate,sex,benefit,claimDate,claimCountry,country,from,to,kind,scheme,referenceWage,currency,contingencyDate,relationship</pre>
 *
 * {@code referenceWage} and {@code currency} on a row give the reference earnings of that row's
 * country. Values are plain (no quoting: no field of the format contains a comma).
 */
final class CsvCareers {

    static final List<String> COLUMNS = List.of("career", "birthDate", "sex", "benefit", "claimDate",
            "claimCountry", "country", "from", "to", "kind", "scheme", "referenceWage", "currency", "contingencyDate",
            "relationship");

    /** A career read from CSV, or the reason it could not be read, with the line it starts on. */
    record Entry(long line, @Nullable String id, @Nullable CareerJson career, @Nullable String problem,
                 @Nullable String problemField) {
    }

    private CsvCareers() {
    }

    /** Reads careers one at a time, handing each to {@code sink} as soon as its last row is read. */
    static void read(BufferedReader in, Consumer<Entry> sink) throws IOException {
        String header = in.readLine();
        if (header == null) {
            return;
        }
        Map<String, Integer> index = new HashMap<>();
        String[] names = header.strip().split(",", -1);
        for (int i = 0; i < names.length; i++) {
            index.put(names[i].strip(), i);
        }
        for (String required : List.of("career", "birthDate", "sex", "benefit", "claimDate", "claimCountry",
                "country", "from", "to")) {
            if (!index.containsKey(required)) {
                sink.accept(new Entry(1, null, null, "missing-column", required));
                return;
            }
        }
        Builder current = null;
        String line;
        long number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            String id = cell(cells, index, "career");
            if (current != null && !current.id.equals(id)) {
                sink.accept(current.build());
                current = null;
            }
            if (current == null) {
                current = new Builder(number, id == null ? "" : id, cells, index);
            }
            current.add(cells, index);
        }
        if (current != null) {
            sink.accept(current.build());
        }
    }

    private static @Nullable String cell(String[] cells, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.length) {
            return null;
        }
        String value = cells[i].strip();
        return value.isEmpty() ? null : value;
    }

    private static final class Builder {
        private final long line;
        private final String id;
        private final CareerJson.PersonJson person;
        private final CareerJson.ClaimJson claim;
        private final List<CareerJson.PeriodJson> periods = new ArrayList<>();
        private final Map<String, CareerJson.EarningsJson> earnings = new LinkedHashMap<>();
        private @Nullable String problem;

        Builder(long line, String id, String[] cells, Map<String, Integer> index) {
            this.line = line;
            this.id = id;
            this.person = new CareerJson.PersonJson(cell(cells, index, "birthDate"), cell(cells, index, "sex"));
            this.claim = new CareerJson.ClaimJson(cell(cells, index, "benefit"), cell(cells, index, "claimDate"),
                    cell(cells, index, "claimCountry"), cell(cells, index, "contingencyDate"),
                    cell(cells, index, "relationship"));
        }

        void add(String[] cells, Map<String, Integer> index) {
            String country = cell(cells, index, "country");
            periods.add(new CareerJson.PeriodJson(country, cell(cells, index, "from"), cell(cells, index, "to"),
                    cell(cells, index, "kind"), cell(cells, index, "scheme")));
            String wage = cell(cells, index, "referenceWage");
            if (wage != null && country != null) {
                List<org.pacto.platform.InvalidInputException.FieldProblem> refused = new java.util.ArrayList<>();
                BigDecimal amount = org.pacto.platform.InputLimits.decimal(wage, "referenceWage", false,
                        CareerReader.WAGE_DIGITS, CareerReader.WAGE_DECIMALS, refused);
                if (refused.isEmpty()) {
                    earnings.put(country, new CareerJson.EarningsJson(amount, cell(cells, index, "currency")));
                } else {
                    problem = "earnings." + country + ".referenceWage";
                }
            }
        }

        Entry build() {
            if (problem != null) {
                return new Entry(line, id, null, "invalid-amount", problem);
            }
            return new Entry(line, id, new CareerJson(id, person, claim, periods, earnings), null, null);
        }
    }
}
