package org.pacto.mobility.domain;

import java.util.List;
import java.util.Optional;
import org.pacto.mobility.calculation.LabourDemand;
import org.springframework.stereotype.Component;

/**
 * The labour-demand models shown on {@code /labour-demand/{model}}. The one shipped is a demonstration for the
 * care sector with SYNTHETIC parameters (no administrative records are behind them) and two scenarios; the
 * page and the API say so.
 */
@Component
public class DemandModels {

    public record Scenario(String code, LabourDemand.Parameters parameters) {
    }

    /** @param occupation the ISCO-08 unit group whose labour market the model describes */
    public record Model(String code, String occupation, boolean synthetic, List<Scenario> scenarios) {
    }

    private static final List<Model> MODELS = List.of(new Model("care-synthetic", "5322", true, List.of(
            // 10,000 workers employed, demand 10,500; demand grows with the older population (proxy), 3 % a year
            new Scenario("base", new LabourDemand.Parameters(15, 0.25, 10_000, 10_500, 0.03, 0.06, 550)),
            new Scenario("fast-ageing", new LabourDemand.Parameters(15, 0.25, 10_000, 10_500, 0.05, 0.06, 550)))));

    public List<Model> all() {
        return MODELS;
    }

    public Optional<Model> find(String code) {
        return MODELS.stream().filter(m -> m.code().equals(code)).findFirst();
    }
}
