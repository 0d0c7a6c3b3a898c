package org.pacto.indicators.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.pacto.platform.CsvLine;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.pacto.platform.InvalidInputException.FieldProblem;

/**
 * Reads an uploaded CSV once, as a stream, before anything is registered: strict UTF-8, a header of column names
 * ({@code a-z}, digits, {@code _}; unique), the same number of fields on every line, weights above zero and costs,
 * fees, margins, earnings, income, remittances and GDP not negative. Each refusal names the line (the header is line
 * 1) and the column; at most {@link #MAX_PROBLEMS} are reported.
 */
public final class CsvCheck {

    static final int MAX_PROBLEMS = 20;
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    public static final Set<String> WEIGHTS = Set.of("weight");
    public static final Set<String> NOT_NEGATIVE = Set.of("cost", "fee", "fx_margin", "total_cost_percent",
            "first_month_earnings", "income", "remittances", "gdp", "speed_days");

    private CsvCheck() {
    }

    /** The header's columns, the data rows read and the refusals (empty when the file is accepted). */
    public record Checked(List<String> columns, long rows, List<FieldProblem> problems) {
    }

    /** Public for bench/indicators (Pacto's whole load path is measured there, this check included). */
    public static Checked check(InputStream in, LongConsumer bytesRead) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var counting = new CountingStream(in, bytesRead);
        var problems = new ArrayList<FieldProblem>();
        List<String> columns = List.of();
        long line = 0;
        try (var reader = new BufferedReader(new InputStreamReader(counting, decoder), 1 << 16)) {
            String text = reader.readLine();
            line = 1;
            if (text == null) {
                problems.add(new FieldProblem("file", "dataset-empty"));
                return new Checked(columns, 0, problems);
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            columns = fields(text).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
            var seen = new HashSet<String>();
            for (int i = 0; i < columns.size(); i++) {
                if (!COLUMN.matcher(columns.get(i)).matches() || !seen.add(columns.get(i))) {
                    problems.add(new FieldProblem("file", "dataset-bad-column", 1, i + 1, columns.get(i)));
                }
            }
            if (!problems.isEmpty()) {
                return new Checked(columns, 0, problems);
            }
            while ((text = reader.readLine()) != null && problems.size() < MAX_PROBLEMS) {
                line++;
                if (text.isEmpty()) {
                    continue;
                }
                List<String> values = fields(text);
                if (values.size() != columns.size()) {
                    problems.add(new FieldProblem("file", "dataset-field-count", line, values.size(), columns.size()));
                    continue;
                }
                for (int i = 0; i < values.size(); i++) {
                    String column = columns.get(i);
                    boolean weight = WEIGHTS.contains(column);
                    if (!weight && !NOT_NEGATIVE.contains(column)) {
                        continue;
                    }
                    String value = values.get(i).strip();
                    if (value.isEmpty() && !weight) {
                        continue;
                    }
                    double x;
                    try {
                        x = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        problems.add(new FieldProblem("file", "dataset-not-a-number", line, column));
                        continue;
                    }
                    if (!Double.isFinite(x) || weight && x <= 0) {
                        problems.add(new FieldProblem("file", "dataset-weight-not-positive", line, column));
                    } else if (x < 0) {
                        problems.add(new FieldProblem("file", "dataset-negative", line, column));
                    }
                }
            }
            return new Checked(columns, line - 1, problems);
        } catch (CharacterCodingException e) {
            problems.add(new FieldProblem("file", "dataset-encoding", line + 1));
            return new Checked(columns, 0, problems);
        }
    }

    /** Splits one CSV line (see {@link CsvLine}). */
    static List<String> fields(String line) {
        return CsvLine.fields(line);
    }

    static final class CountingStream extends java.io.FilterInputStream {
        private final LongConsumer bytesRead;
        private long count;

        CountingStream(InputStream in, LongConsumer bytesRead) {
            super(in);
            this.bytesRead = bytesRead;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                bytesRead.accept(count);
            }
            return n;
        }
    }
}
