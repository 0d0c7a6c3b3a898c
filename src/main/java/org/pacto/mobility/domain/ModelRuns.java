package org.pacto.mobility.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.pacto.mobility.calculation.LabourDemand;
import org.pacto.mobility.calculation.Xmile;
import org.pacto.mobility.calculation.XmileModel;
import org.pacto.mobility.calculation.XmileSimulation;
import org.pacto.platform.InputLimits;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;

/**
 * Runs a labour-demand model, shipped (by its code, first scenario) or uploaded (by its id), through the pure core
 * ({@link XmileSimulation}): the same evaluator for both, so an uploaded copy of Pacto's model gives Pacto's
 * figures. A scenario replaces constants; nothing is stored.
 */
@Service
public class ModelRuns {

    /** At most this many constants replaced in one run. */
    public static final int MAX_CONSTANTS = 100;

    private final DemandModels shipped;
    private final UploadedModels uploads;

    ModelRuns(DemandModels shipped, UploadedModels uploads) {
        this.shipped = shipped;
        this.uploads = uploads;
    }

    /** The model as XMILE, or empty when no model has that code or id. */
    public Optional<XmileModel> find(String id) {
        return shipped.find(id)
                .map(m -> LabourDemand.xmile(m.code(), m.scenarios().getFirst().parameters()))
                .or(() -> uuid(id).flatMap(uploads::find).map(u -> Xmile.read(u.xmile())));
    }

    /**
     * @param dt the step as sent (number or text), or null for the model's own
     * @param constants replaced constants as sent, by name
     * @throws InvalidInputException naming {@code dt} or {@code constants.<name>}, before anything runs
     */
    public XmileSimulation.Result run(XmileModel model, @Nullable Object dt, @Nullable Map<String, Object> constants) {
        var problems = new ArrayList<FieldProblem>();
        BigDecimal step = InputLimits.decimal(dt, "dt", false, 6, 6, problems);
        if (step != null && step.signum() <= 0) {
            problems.add(new FieldProblem("dt", "out-of-range", "0.000001", model.stop() - model.start()));
        }
        var values = new LinkedHashMap<String, Double>();
        if (constants != null && constants.size() > MAX_CONSTANTS) {
            problems.add(new FieldProblem("constants", "too-many", MAX_CONSTANTS));
        } else if (constants != null) {
            constants.forEach((name, value) -> {
                String field = "constants." + InputLimits.shortened(name);
                BigDecimal v = InputLimits.decimal(value, field, true, 15, 10, problems);
                if (v != null) {
                    values.put(name, v.doubleValue());
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return XmileSimulation.compile(model, values).run(step == null ? Double.NaN : step.doubleValue());
        } catch (XmileSimulation.Refused e) {
            throw new InvalidInputException(e.problems().stream().map(p -> switch (p.code()) {
                case "scenario-unknown-constant" -> new FieldProblem("constants." + InputLimits.shortened(p.variable()),
                        p.code(), InputLimits.shortened(p.variable()));
                case "dt-does-not-divide" -> new FieldProblem("dt", "does-not-divide", model.stop() - model.start());
                case "too-many-steps" -> new FieldProblem("dt", p.code(), XmileSimulation.MAX_STEPS);
                case "model-too-large-to-run" -> new FieldProblem("dt", p.code(), p.detail());
                default -> new FieldProblem("xmile", p.code(), p.variable(), p.detail());
            }).toList());
        }
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
