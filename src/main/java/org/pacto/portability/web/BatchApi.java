package org.pacto.portability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.Parameter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch API for institutions: many careers per request, as JSON lines (one calculation request
 * per line) or as CSV ({@link CsvCareers}); results are streamed back as JSON lines in input order,
 * one per career ({@code ?steps=false} leaves out the step-by-step explanation). A career that cannot be calculated yields a line with its {@code errors}; the
 * rest of the batch goes on. The request body is spooled first ({@link Spool}) so that clients which
 * send the whole body before reading the answer cannot deadlock against a streaming server.
 * Nothing is stored (the spool file is deleted when the batch ends).
 */
@RestController
@RequestMapping("/api/v1/portability")
class BatchApi {

    static final String NDJSON = "application/x-ndjson";
    /** Careers calculated together on the available cores before their results are written. */
    private static final int CHUNK = 256;

    private final Calculations calculations;
    private final MessageSource messages;
    private final JsonMapper json;

    BatchApi(Calculations calculations, MessageSource messages, JsonMapper json) {
        this.calculations = calculations;
        this.messages = messages;
        this.json = json;
    }

    @Operation(summary = "Calculate a batch of careers (JSON lines)",
            description = "Many calculations in one request, for institutions: one calculation request (the body of `POST /api/v1/portability/calculations`) per line of `application/x-ndjson`. Results are streamed back as JSON lines in input order, one per career; a career that cannot be calculated gives a line with its `errors` and the batch goes on. Public; nothing is stored.")
    @Parameter(name = "steps", description = "Whether each result carries its step-by-step explanation (`false` makes the answer much smaller).", example = "false")
    @SecurityRequirements
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "One career (the body of "
            + "`POST /api/v1/portability/calculations`, optionally with `id`) per line.",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = CareerJson.class)))
    @PostMapping(path = "/calculations/batch", consumes = NDJSON, produces = NDJSON)
    void jsonLines(HttpServletRequest request, HttpServletResponse response,
                   @RequestParam(defaultValue = "true") boolean steps) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try (var input = Spool.of(request.getInputStream())) {
            OutputStream out = stream(response);
            BufferedReader in = input.reader();
            var chunk = new ArrayList<Source>(CHUNK);
            String line;
            long number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    chunk.add(new Source(number, line, null));
                }
                if (chunk.size() == CHUNK) {
                    write(out, chunk, s -> fromJson(s, locale, steps));
                }
            }
            write(out, chunk, s -> fromJson(s, locale, steps));
        }
    }

    @Operation(summary = "Calculate a batch of careers (CSV)",
            description = "The same batch as JSON lines, with the careers given as CSV (one period of insurance per row, grouped by career; the columns are described in docs/portability.md). Results are JSON lines in input order. Public; nothing is stored.")
    @Parameter(name = "steps", description = "Whether each result carries its step-by-step explanation.", example = "false")
    @SecurityRequirements
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "A header row "
            + "(`career,birthDate,sex,benefit,claimDate,claimCountry,country,from,to,kind,scheme,referenceWage,currency`), "
            + "then one row per period; consecutive rows with the same `career` form one career.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @PostMapping(path = "/calculations/batch", consumes = "text/csv", produces = NDJSON)
    void csv(HttpServletRequest request, HttpServletResponse response,
             @RequestParam(defaultValue = "true") boolean steps) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try (var input = Spool.of(request.getInputStream())) {
            OutputStream out = stream(response);
            var chunk = new ArrayList<Source>(CHUNK);
            try {
                CsvCareers.read(input.reader(), entry -> {
                    chunk.add(new Source(entry.line(), null, entry));
                    if (chunk.size() == CHUNK) {
                        write(out, chunk, s -> fromCsv(s, locale, steps));
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            write(out, chunk, s -> fromCsv(s, locale, steps));
        }
    }

    /**
     * Results are written as they are calculated, on the request's own thread (a batch of a million
     * careers outlasts any async timeout); the response is committed with the first chunk.
     */
    private static OutputStream stream(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType(NDJSON + ";charset=UTF-8");
        return new java.io.BufferedOutputStream(response.getOutputStream(), 1 << 16);
    }

    /** Calculates and serialises a chunk on all cores, then writes its lines in input order. */
    private void write(OutputStream out, List<Source> chunk, Function<Source, Line> calculate) {
        try {
            for (byte[] line : chunk.parallelStream().map(s -> json.writeValueAsBytes(calculate.apply(s))).toList()) {
                out.write(line);
                out.write('\n');
            }
            if (chunk.size() < CHUNK) {
                out.flush();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        chunk.clear();
    }

    private Line fromJson(Source source, Locale locale, boolean steps) {
        String id = null;
        try {
            CareerJson career = CareerReader.parse(source.json());
            id = career.id();
            return Line.of(source.line(), id, calculations.calculate(career, locale, steps));
        } catch (InvalidInputException e) {
            return Line.failed(source.line(), id, errors(e.problems(), locale));
        }
    }

    private Line fromCsv(Source source, Locale locale, boolean steps) {
        var entry = source.csv();
        if (entry.career() == null) {
            return Line.failed(entry.line(), entry.id(), errors(List.of(
                    new FieldProblem(String.valueOf(entry.problemField()), String.valueOf(entry.problem()))), locale));
        }
        try {
            return Line.of(entry.line(), entry.id(), calculations.calculate(entry.career(), locale, steps));
        } catch (InvalidInputException e) {
            return Line.failed(entry.line(), entry.id(), errors(e.problems(), locale));
        }
    }

    private List<ErrorView> errors(List<FieldProblem> problems, Locale locale) {
        return problems.stream().map(p -> new ErrorView(p.field(), p.code(),
                messages.getMessage("problem." + p.code(), p.arguments().toArray(), p.code(), locale))).toList();
    }

    private record Source(long line, @Nullable String json, CsvCareers.@Nullable Entry csv) {
    }

    /** One line of the answer: a career's result, or its errors. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(long line, @Nullable String id, @Nullable List<CalculationAnswer.AgreementView> agreements,
                @Nullable List<CalculationAnswer.ResultView> results, @Nullable List<ErrorView> errors,
                @Nullable List<CalculationAnswer.OptionView> options) {

        static Line of(long line, @Nullable String id, CalculationAnswer answer) {
            return new Line(line, id, answer.agreements(), answer.results(), null,
                    answer.options().isEmpty() ? null : answer.options());
        }

        static Line failed(long line, @Nullable String id, List<ErrorView> errors) {
            return new Line(line, id, null, null, errors, null);
        }
    }

    record ErrorView(String field, String code, String message) {
    }
}
