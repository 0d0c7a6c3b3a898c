package org.pacto.platform;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException.FieldProblem;

/**
 * Which page of a list to show, the same in every module's pages and API (docs/CONVENTIONS.md):
 * {@code page} counts from 1 (default 1), {@code size} from 0 to {@value #MAX_SIZE} (default
 * {@value #DEFAULT_SIZE}; 0 asks for the total and facets only), and no page may reach past the
 * first {@value #MAX_RESULTS} results (deeper lists are narrowed with filters, not paged). A controller
 * takes a {@code Paging} parameter (bound from the query by {@code platform.web}); anything else is a
 * 400 naming {@code page} or {@code size}.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_RESULTS = 10_000;

    public Paging {
        List<FieldProblem> problems = new ArrayList<>();
        if (size < 0 || size > MAX_SIZE) {
            problems.add(new FieldProblem("size", "out-of-range", 0, MAX_SIZE));
        }
        if (page < 1 || (size > 0 && (long) (page - 1) * size >= MAX_RESULTS)) {
            problems.add(new FieldProblem("page", "out-of-range", 1, lastPage(size)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The first page of {@link #DEFAULT_SIZE}. */
    public static Paging first() {
        return new Paging(1, DEFAULT_SIZE);
    }

    /** Reads {@code page} and {@code size} as sent in a query (absent or blank: the defaults). */
    public static Paging of(@Nullable String page, @Nullable String size) {
        List<FieldProblem> problems = new ArrayList<>();
        int p = number("page", page, 1, problems);
        int s = number("size", size, DEFAULT_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Paging(p, s);
    }

    /** How many rows come before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    /** How many pages {@code total} results fill (at least 1, so that an empty list still has its page). */
    public long pages(long total) {
        if (size == 0) {
            return 1;
        }
        return Math.max(1, (Math.min(total, MAX_RESULTS) + size - 1) / size);
    }

    private static int lastPage(int size) {
        return size <= 0 ? 1 : (MAX_RESULTS + size - 1) / size;
    }

    private static int number(String field, @Nullable String text, int fallback, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "not-a-number", InputLimits.shortened(text)));
            return fallback;
        }
    }
}
