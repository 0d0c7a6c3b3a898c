package org.pacto.mobility.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.mobility.calculation.LabourDemand;
import org.pacto.mobility.calculation.Step;
import org.pacto.mobility.domain.OccupationCatalog;
import org.pacto.mobility.domain.OccupationsInDemand;
import org.pacto.mobility.domain.ModelRuns;
import org.pacto.mobility.domain.ProcedureInput;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.Language;
import org.pacto.platform.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The labour-mobility API (public contract of issue 14: paths and field names stay as they are). */
@RestController
@RequestMapping("/api/v1/mobility")
@Tag(name = "mobility", description = "Labour mobility and skills: ISCO-08 occupations, recognition procedures by "
        + "country, occupations in demand and the labour-demand model")
class MobilityApi {

    private final OccupationCatalog catalog;
    private final OccupationsInDemand inDemand;
    private final Actors actors;
    private final MobilityAnswers answers;
    private final ModelRuns runs;

    MobilityApi(OccupationCatalog catalog, OccupationsInDemand inDemand, Actors actors, MobilityAnswers answers,
                ModelRuns runs) {
        this.answers = answers;
        this.runs = runs;
        this.catalog = catalog;
        this.inDemand = inDemand;
        this.actors = actors;
    }

    @Schema(description = "An ISCO-08 group with its title in the requested language")
    record OccupationAnswer(@Schema(example = "2221") String code,
                            @Schema(example = "Profesionales de enfermería") String title,
                            @Schema(description = "1 major, 2 sub-major, 3 minor, 4 unit group", example = "4") int level,
                            @Schema(description = "false when no title exists in the requested language and the "
                                    + "Spanish one is given") boolean translated) {
    }

    @GetMapping("/occupations")
    @Operation(summary = "Search ISCO-08 occupations",
            description = "Public. Matches every word of q against the start of the words of the titles in Spanish, "
                    + "English, French and Portuguese, ignoring case and accents; digits match codes. The title is "
                    + "in the language of Accept-Language (or ?lang). Unit groups first.")
    List<OccupationAnswer> occupations(
            @Parameter(description = "Words of a title or the start of a code", example = "enfermeria")
            @RequestParam(defaultValue = "") String q,
            @Parameter(description = "true: only 4-digit unit groups") @RequestParam(defaultValue = "false")
            boolean unitGroups,
            Paging paging) {
        Language language = language();
        if (q.length() > 200) {
            throw new InvalidInputException(new FieldProblem("q", "too-long", 200));
        }
        return catalog.search(q, unitGroups).stream().skip(paging.offset()).limit(paging.size())
                .map(o -> new OccupationAnswer(o.code(), o.title(language), o.level(), o.translated(language)))
                .toList();
    }

    @Schema(description = "The answer to a new procedure")
    record Created(@Schema(example = "3f1c2a8e-2b7d-4c55-9d1e-0a4b6c8d9e10") String id,
                   @Schema(example = "CR") String country, ProcedureAnswer.Days durationDays, List<ProcedureAnswer.CostAnswer> costs) {
    }

    @PostMapping("/procedures")
    @Operation(summary = "Add a recognition procedure",
            description = "A focal point of a government body (kind state) of that country, or the secretariat. "
                    + "Everything is validated before anything is stored: unknown ISCO code, negative days, "
                    + "min > max, unknown currency answer 400 with field errors. A focal point's procedure is "
                    + "marked verified by that country today. Never returns who sent it.")
    ResponseEntity<Created> create(@RequestBody ProcedureInput body) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        Created created = answers.create(actor, body);
        return ResponseEntity.created(URI.create("/api/v1/mobility/procedures?country=" + created.country()))
                .body(created);
    }

    record ProcedureList(int page, int size, long total, List<ProcedureAnswer> items) {
    }

    @GetMapping("/procedures")
    @Operation(summary = "Recognition procedures by country and occupation",
            description = "Public. occupation is an ISCO-08 unit group and matches exactly that group, not its "
                    + "siblings. Each procedure carries its duration range, costs per currency, source link and "
                    + "whether it is stale (not verified for 12 months).")
    ProcedureList list(@Parameter(description = "ISO 3166-1 alpha-2", example = "CR")
                       @RequestParam(defaultValue = "") String country,
                       @Parameter(description = "ISCO-08 unit group", example = "2221")
                       @RequestParam(defaultValue = "") String occupation,
                       Paging paging) {
        var problems = new java.util.ArrayList<FieldProblem>();
        String c = country.strip().toUpperCase(Locale.ROOT);
        if (!c.isEmpty() && !java.util.Set.of(Locale.getISOCountries()).contains(c)) {
            problems.add(new FieldProblem("country", "unknown-country", org.pacto.platform.InputLimits.shortened(c)));
        }
        String o = occupation.strip();
        if (!o.isEmpty() && !catalog.isUnitGroup(o)) {
            problems.add(new FieldProblem("occupation", "unknown-isco-code",
                    org.pacto.platform.InputLimits.shortened(o)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answers.list(c, o, paging, language());
    }

    record DemandAnswer(@Schema(description = "ISO code, or null for the whole CRM region") @Nullable String country,
                        String area, String occupation, String title, String horizonYears, String trend,
                        String source, String sourceDate,
                        @Schema(description = "true: the ISCO code was chosen by Pacto for the area the source names")
                        boolean mappedByPacto) {
    }

    @GetMapping("/demand")
    @Operation(summary = "Occupations expected to be in demand", description = "Public. Regional entries apply to "
            + "every member country of the Regional Conference on Migration.")
    List<DemandAnswer> demand(@Parameter(description = "ISO 3166-1 alpha-2", example = "GT")
                              @RequestParam(defaultValue = "") String country) {
        Language language = language();
        return inDemand.forCountry(country.strip().toUpperCase(Locale.ROOT)).stream()
                .map(e -> new DemandAnswer(e.country(), e.area(), e.occupation(),
                        catalog.title(e.occupation(), language), e.horizonYears(), e.trend(), e.source(),
                        e.sourceDate(), e.mappedByPacto())).toList();
    }

    record Point(double t, double demand, double domesticSupply, double gap) {
    }

    record RunAnswer(List<Point> series, List<Step> steps) {
    }

    @io.swagger.v3.oas.annotations.security.SecurityRequirements
    @PostMapping("/labour-demand/runs")
    @Operation(summary = "Run the labour-demand model",
            description = "Public, like a calculator: nothing is stored. Euler integration of demand (growing at "
                    + "demandGrowth), domestic supply (entrants in, exitRate out) and the gap demand − domestic "
                    + "supply, one point per step.")
    RunAnswer run(@RequestBody DemandRunInput body) {
        var series = LabourDemand.run(body.parameters());
        return new RunAnswer(series.points().stream().map(p -> new Point(round(p.t()), round(p.demand()),
                round(p.domesticSupply()), round(p.gap()))).toList(), series.steps());
    }

    @Schema(description = "An uploaded XMILE model")
    record ModelAnswer(@Schema(example = "3f1c2a8e-2b7d-4c55-9d1e-0a4b6c8d9e10") String id,
                       @Schema(example = "Cuidado domiciliario") String name, int stocks, int flows, int auxiliaries) {
    }

    @PostMapping(path = "/labour-demand/models", consumes = {"application/xml", "text/xml", "application/xmile+xml"})
    @Operation(summary = "Upload a labour-demand model as XMILE 1.0",
            description = "Any signed-in person. Stocks, flows, auxiliaries, constants and graphical functions are "
                    + "read; a DOCTYPE (hence any external entity) is refused, as is malformed or incomplete XMILE "
                    + "(400, field xmile); nothing is stored then. Answers the id to download it again.")
    ResponseEntity<ModelAnswer> upload(@RequestBody String xml) {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        ModelAnswer answer = answers.upload(actor, xml);
        return ResponseEntity.created(URI.create("/api/v1/mobility/labour-demand/models/" + answer.id() + ".xmile"))
                .body(answer);
    }

    @GetMapping(path = "/labour-demand/models/{id:[a-z0-9-]{1,40}}.xmile")
    @Operation(summary = "Download a labour-demand model as XMILE 1.0",
            description = "Public. A shipped model by its code (e.g. care-synthetic, base scenario; synthetic "
                    + "figures) or an uploaded one by its id. Opens in Stella, Vensim (XMILE import) or PySD.")
    ResponseEntity<String> xmile(@Parameter(description = "Model code or uploaded model id", example = "care-synthetic")
                                 @org.springframework.web.bind.annotation.PathVariable String id) {
        String xml = answers.xmile(id)
                .orElseThrow(() -> new org.pacto.platform.NotFoundException("labour-demand model", id));
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("application/xml"))
                .header("Content-Disposition", "attachment; filename=\"" + id + ".xmile\"").body(xml);
    }

    @Schema(description = "A run of a stored model: the model's own time step unless dt is given, and constants "
            + "replaced for a scenario")
    record ModelRunInput(@Schema(description = "Time step, dividing stop − start; omitted: the model's", example = "0.25")
                         @Nullable Object dt,
                         @Schema(description = "Constants (auxiliaries) replaced, by name",
                                 example = "{\"growth_rate\": 0.05}") @Nullable Map<String, Object> constants) {
    }

    @Schema(description = "One variable over time: null where the value is not a finite number")
    record VariableSeries(@Schema(example = "domestic_workers") String name,
                          @Schema(description = "stock, flow or aux", example = "stock") String kind,
                          List<@Nullable Double> values) {
    }

    @Schema(description = "A model's run: the times kept (every `every`-th step, and the last) and each variable")
    record ModelRunAnswer(@Schema(example = "care-synthetic") String model, double dt, int every, List<Double> times,
                          List<VariableSeries> variables, List<Step> steps) {
    }

    @PostMapping("/labour-demand/models/{id:[a-z0-9-]{1,40}}/runs")
    @Operation(summary = "Run a labour-demand model",
            description = "Any signed-in person; nothing is stored. The shipped model by its code or an uploaded one "
                    + "by its id is integrated with Euler by Pacto's own evaluator of XMILE equations (arithmetic, "
                    + "comparisons, IF THEN ELSE, MIN, MAX, ABS, EXP, LN, SQRT, INT, SAFEDIV, STEP, RAMP, LOOKUP "
                    + "and graphical functions; nothing else is executed). At most 10,000 steps; at most "
                    + MAX_ANSWER_VALUES + " values are answered, so long runs are thinned (field every). Unknown "
                    + "constants, a step that does not divide the run or too large a run answer 400.")
    ModelRunAnswer runModel(@Parameter(description = "Model code or uploaded model id", example = "care-synthetic")
                            @org.springframework.web.bind.annotation.PathVariable String id,
                            @RequestBody(required = false) @Nullable ModelRunInput body) {
        actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        var model = runs.find(id).orElseThrow(() -> new org.pacto.platform.NotFoundException("labour-demand model", id));
        var result = runs.run(model, body == null ? null : body.dt(), body == null ? null : body.constants());
        int points = result.times().length;
        int every = (int) Math.max(1, Math.ceilDiv((long) points * result.variables().size(), MAX_ANSWER_VALUES));
        var kept = new java.util.ArrayList<Integer>();
        for (int i = 0; i < points; i += every) {
            kept.add(i);
        }
        if (kept.getLast() != points - 1) {
            kept.add(points - 1);
        }
        var variables = result.variables().stream().map(v -> new VariableSeries(v.name(), v.kind(),
                kept.stream().map(i -> finite(v.values()[i])).toList())).toList();
        double dt = points > 1 ? result.times()[1] - result.times()[0] : model.dt();
        return new ModelRunAnswer(id, round(dt), every, kept.stream().map(i -> round(result.times()[i])).toList(),
                variables, result.steps());
    }

    static final int MAX_ANSWER_VALUES = 100_000;

    private static @Nullable Double finite(double value) {
        return Double.isFinite(value) ? round(value) : null;
    }

    static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }

    static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }
}
