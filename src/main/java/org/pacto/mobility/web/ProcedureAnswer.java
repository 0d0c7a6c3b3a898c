package org.pacto.mobility.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.mobility.calculation.ProcedureDuration;
import org.pacto.mobility.domain.OccupationCatalog;
import org.pacto.mobility.domain.RecognitionProcedure;
import org.pacto.platform.Language;

/** A recognition procedure as the API and the pages show it: its computed duration range and costs included. */
@Schema(description = "A recognition procedure with its computed duration and costs")
record ProcedureAnswer(
        @Schema(description = "Id", example = "3f1c2a8e-2b7d-4c55-9d1e-0a4b6c8d9e10") String id,
        @Schema(description = "ISO 3166-1 alpha-2 country", example = "CR") String country,
        @Schema(description = "degree-revalidation, professional-licence, skills-certification or trade-test",
                example = "degree-revalidation") String kind,
        @Schema(description = "Competent institution", example = "CONARE, Oficina de Reconocimiento y Equiparación")
        String institution,
        @Schema(description = "ISCO-08 unit groups with their titles in the requested language")
        List<OccupationAnswer> occupations,
        List<StepAnswer> steps,
        @Schema(description = "Steps of equal order run in parallel, different orders add up") Days durationDays,
        @Schema(description = "Costs added up per currency, never converted") List<CostAnswer> costs,
        @Schema(description = "Legal basis", example = "Convenio de Coordinación de la Educación Superior, art. 30")
        String legalBasis,
        @Schema(description = "Where the procedure is described officially", example = "https://ore.conare.ac.cr/")
        String url,
        @Schema(description = "Fee waivers, guidance services") String support,
        @Schema(description = "When the source was last read or the procedure verified") @Nullable LocalDate lastVerified,
        @Schema(description = "Sent or confirmed by a focal point of a government body of that country")
        boolean verifiedByFocalPoint,
        @Schema(description = "Not verified within the last 12 months") boolean stale,
        @Schema(description = "Durations or costs are illustrative (demo content)") boolean synthetic) {

    record OccupationAnswer(@Schema(example = "2221") String code, @Schema(example = "Profesionales de enfermería") String title) {
    }

    record StepAnswer(int order, String title, int daysMin, int daysMax, @Nullable CostAnswer cost, String documents,
                      boolean online) {
    }

    record Days(@Schema(example = "30") int min, @Schema(example = "120") int max) {
    }

    record CostAnswer(@Schema(example = "CRC") String currency, @Schema(example = "25000.00") BigDecimal amount) {
    }

    static ProcedureAnswer of(RecognitionProcedure p, OccupationCatalog catalog, Language language, LocalDate today) {
        ProcedureDuration.Result d = p.duration();
        return new ProcedureAnswer(p.id().toString(), p.country(), p.kind().code(), p.institution(),
                p.occupations().stream().map(c -> new OccupationAnswer(c, catalog.title(c, language))).toList(),
                p.steps().stream().map(s -> new StepAnswer(s.order(), s.title(), s.daysMin(), s.daysMax(),
                        s.costAmount() == null ? null : new CostAnswer(s.costCurrency(), s.costAmount()),
                        s.documents(), s.online())).toList(),
                new Days(d.minDays(), d.maxDays()), costs(d), p.legalBasis(), p.url(), p.support(), p.lastVerified(),
                p.verifiedByFocalPoint(), p.stale(today), p.synthetic());
    }

    static List<CostAnswer> costs(ProcedureDuration.Result d) {
        return d.costList().stream().map(c -> new CostAnswer(c.currency(), c.amount())).toList();
    }
}
