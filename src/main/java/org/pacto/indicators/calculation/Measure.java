package org.pacto.indicators.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a table of microdata shows in each cell: {@code count} (weighted count of respondents), {@code
 * share:<column>=<value>} (weighted share, in percent, of respondents whose column has that value) or {@code
 * mean:<column>} (weighted mean of a numeric column).
 */
public sealed interface Measure {

    /** Column names: letters, digits and underscores, starting with a letter (they become SQL identifiers). */
    Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    record Count() implements Measure {
    }

    record Share(String column, String value) implements Measure {
    }

    record Mean(String column) implements Measure {
    }

    /** Parses the API's {@code measure} parameter; refusals name the parameter. */
    static Measure parse(String text) {
        var errors = new ArrayList<FieldError>();
        Measure measure = null;
        if (text.equals("count")) {
            measure = new Count();
        } else if (text.startsWith("share:") && text.indexOf('=') > 6) {
            String column = text.substring(6, text.indexOf('='));
            String value = text.substring(text.indexOf('=') + 1);
            if (COLUMN.matcher(column).matches() && !value.isEmpty() && value.length() <= 200) {
                measure = new Share(column, value);
            }
        } else if (text.startsWith("mean:") && COLUMN.matcher(text.substring(5)).matches()) {
            measure = new Mean(text.substring(5));
        }
        if (measure == null) {
            errors.add(new FieldError("measure", "invalid-measure"));
            throw new CalculationInputException(errors);
        }
        return measure;
    }

    /** The columns a measure reads besides the breakdown. */
    default List<String> columns() {
        return switch (this) {
            case Count c -> List.of();
            case Share s -> List.of(s.column());
            case Mean m -> List.of(m.column());
        };
    }
}
