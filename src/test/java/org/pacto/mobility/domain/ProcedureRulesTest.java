package org.pacto.mobility.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.mobility.domain.ProcedureInput.CostInput;
import org.pacto.mobility.domain.ProcedureInput.StepInput;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The recognition-procedure aggregate: what it accepts, what it refuses, and what it computes. */
class ProcedureRulesTest {

    private final OccupationCatalog catalog = new OccupationCatalog();

    static ProcedureInput valid(List<StepInput> steps) {
        return new ProcedureInput("cr", "professional-licence", "Colegio de Enfermeras de Costa Rica",
                List.of("2221"), steps, "Ley 2343", "https://www.enfermeria.cr/", "", "2026-11-30");
    }

    @Test
    void aValidProcedureComputesItsDurationAndCosts() {
        var v = ProcedureRules.check(valid(List.of(
                new StepInput(1, "Solicitud", 0, 5, new CostInput("50", "usd"), "", true),
                new StepInput(2, "Examen", 10, 30, new CostInput(25000, "CRC"), "", false),
                new StepInput(2, "Juramentación", 1, 40, null, "", false))), catalog);
        assertThat(v.country()).isEqualTo("CR");
        var procedure = new RecognitionProcedure(v, false, false, null, Instant.EPOCH);
        assertThat(procedure.duration().minDays()).isEqualTo(10);
        assertThat(procedure.duration().maxDays()).isEqualTo(45);
        assertThat(procedure.duration().costs()).containsOnlyKeys("USD", "CRC");
        assertThat(procedure.stale(LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(procedure.stale(LocalDate.of(2028, 1, 1))).isTrue();
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsField() {
        var input = new ProcedureInput("XX", "bribe", "", List.of("2221", "222", "9999"),
                List.of(new StepInput(1, "A", -1, 5, null, "", false),
                        new StepInput(1, "B", 9, 3, new CostInput("10", "EURO"), "", false),
                        new StepInput("x", "C", 1, 2, new CostInput("-5", "USD"), "", false)),
                "", "javascript:alert(1)", "", null);
        var e = catchThrowableOfType(InvalidInputException.class, () -> ProcedureRules.check(input, catalog));
        Map<String, String> problems = e.problems().stream()
                .collect(java.util.stream.Collectors.toMap(FieldProblem::field, FieldProblem::code, (a, b) -> a));
        assertThat(problems).containsEntry("country", "unknown-country")
                .containsEntry("kind", "unknown-procedure-kind")
                .containsEntry("institution", "required")
                .containsEntry("occupations[1]", "unknown-isco-code")
                .containsEntry("occupations[2]", "unknown-isco-code")
                .containsEntry("steps[0].daysMin", "out-of-range")
                .containsEntry("steps[1].daysMax", "less-than-minimum")
                .containsEntry("steps[1].cost.currency", "unknown-currency")
                .containsEntry("steps[2].order", "not-a-number")
                .containsEntry("steps[2].cost.amount", "negative")
                .containsEntry("legalBasis", "required")
                .containsEntry("url", "not-a-web-address")
                .doesNotContainKey("occupations[0]");
    }

    @Test
    void aProcedureNeedsStepsAndOccupations() {
        var e = catchThrowableOfType(InvalidInputException.class, () -> ProcedureRules.check(
                new ProcedureInput("CR", "trade-test", "INA", List.of(), List.of(), "Ley", "https://ina.ac.cr", null,
                        null), catalog));
        assertThat(e.problems()).extracting(FieldProblem::field).contains("occupations", "steps");
    }
}
