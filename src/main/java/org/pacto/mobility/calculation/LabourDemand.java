package org.pacto.mobility.calculation;

import java.util.ArrayList;
import java.util.List;

/**
 * The labour-demand model of seed 001 (line 1, action 6 and note 7: "modelos predictivos a través de técnicas de
 * dinámica de sistemas ... registros administrativos y ... variables proxy") for one sector:
 *
 * <ul>
 *   <li>stocks: demand for workers D, domestic workers employed E, foreign workers employed F;</li>
 *   <li>flows: demand growth g·D (a proxy such as output or the population over 65 growing at rate g),
 *       domestic entrants (a constant number a year, e.g. from training records), domestic exits x·E,
 *       foreign recruitment (the part of the gap D − E − F not yet filled, closed over one year) and foreign
 *       exits x·F;</li>
 *   <li>auxiliary: the gap D − E, the potential demand for foreign labour (what domestic supply does not cover).</li>
 * </ul>
 * Integrated with {@link EulerIntegration}; all quantities are numbers of workers, time in years.
 */
public final class LabourDemand {

    static final String SOURCE = "Seed 001, line 1, action 6 and note 7";

    /** The most steps a run may take (a 100-year run with weekly steps). */
    public static final int MAX_STEPS = 5_200;

    private LabourDemand() {
    }

    public record Parameters(int years, double dt, double employment, double demand, double demandGrowth,
                             double exitRate, double domesticEntrants) {
    }

    public record Point(double t, double demand, double domesticSupply, double foreign, double gap) {
    }

    public record Series(List<Point> points, List<Step> steps) {
        public Series {
            points = List.copyOf(points);
            steps = List.copyOf(steps);
        }
    }

    public static StockFlowModel model(Parameters p) {
        return StockFlowModel.builder()
                .stock("demand", p.demand())
                .stock("domestic", p.employment())
                .stock("foreign", 0)
                .flow("demand-growth", null, "demand", (t, s) -> p.demandGrowth() * s[0])
                .flow("demand-decline", "demand", null, (t, s) -> -p.demandGrowth() * s[0])
                .flow("domestic-entrants", null, "domestic", (t, s) -> p.domesticEntrants())
                .flow("domestic-exits", "domestic", null, (t, s) -> p.exitRate() * s[1])
                .flow("foreign-recruitment", null, "foreign", (t, s) -> s[0] - s[1] - s[2])
                .flow("foreign-exits", "foreign", null, (t, s) -> p.exitRate() * s[2])
                .auxiliary("gap", (t, s) -> s[0] - s[1])
                .build();
    }

    /** The same model as XMILE 1.0 variables, with its parameters as constants (auxiliaries). */
    public static XmileModel xmile(String name, Parameters p) {
        return new XmileModel(name, 0, p.years(), p.dt(), java.util.List.of(
                new XmileModel.Stock("demand", String.valueOf(p.demand()), List.of("demand_growth"),
                        List.of("demand_decline")),
                new XmileModel.Stock("domestic_workers", String.valueOf(p.employment()), List.of("domestic_entrants"),
                        List.of("domestic_exits")),
                new XmileModel.Stock("foreign_workers", "0", List.of("foreign_recruitment"), List.of("foreign_exits"))),
                List.of(new XmileModel.Flow("demand_growth", "MAX(0, growth_rate * demand)"),
                        new XmileModel.Flow("demand_decline", "MAX(0, -growth_rate * demand)"),
                        new XmileModel.Flow("domestic_entrants", "entrants_per_year"),
                        new XmileModel.Flow("domestic_exits", "exit_rate * domestic_workers"),
                        new XmileModel.Flow("foreign_recruitment", "MAX(0, demand - domestic_workers - foreign_workers)"),
                        new XmileModel.Flow("foreign_exits", "exit_rate * foreign_workers")),
                List.of(new XmileModel.Auxiliary("growth_rate", String.valueOf(p.demandGrowth()), null),
                        new XmileModel.Auxiliary("exit_rate", String.valueOf(p.exitRate()), null),
                        new XmileModel.Auxiliary("entrants_per_year", String.valueOf(p.domesticEntrants()), null),
                        new XmileModel.Auxiliary("gap", "demand - domestic_workers", null)));
    }

    public static Series run(Parameters p) {
        var trajectory = EulerIntegration.run(model(p), p.years(), p.dt(), MAX_STEPS);
        var points = new ArrayList<Point>(trajectory.times().length);
        for (int i = 0; i < trajectory.times().length; i++) {
            double[] s = trajectory.stocks()[i];
            points.add(new Point(trajectory.times()[i], s[0], s[1], s[2], trajectory.auxiliaries()[i][0]));
        }
        var steps = new ArrayList<Step>();
        steps.add(Step.of("demand-growth", SOURCE, p.demandGrowth()));
        steps.add(Step.of("domestic-flows", SOURCE, p.domesticEntrants(), p.exitRate()));
        steps.add(Step.of("gap", SOURCE));
        steps.addAll(trajectory.steps());
        return new Series(points, steps);
    }
}
