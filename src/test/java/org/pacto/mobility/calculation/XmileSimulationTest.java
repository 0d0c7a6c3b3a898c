package org.pacto.mobility.calculation;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

class XmileSimulationTest {

    private static XmileModel.Stock stock(String name, String initial, List<String> in, List<String> out) {
        return new XmileModel.Stock(name, initial, in, out);
    }

    private static XmileModel oneStock(String flowEquation, XmileModel.Auxiliary... auxiliaries) {
        return new XmileModel("m", 0, 3, 1, List.of(stock("s", "10", List.of("f"), List.of())),
                List.of(new XmileModel.Flow("f", flowEquation)), List.of(auxiliaries));
    }

    private static double[] values(XmileSimulation.Result result, String name) {
        return result.variables().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().values();
    }

    @Test
    void pactosOwnModelRunFromItsXmileGivesTheSameSeriesAsTheBuiltInOne() {
        var p = new LabourDemand.Parameters(15, 0.25, 10_000, 10_500, 0.03, 0.06, 550);
        var fromXmile = XmileSimulation.compile(Xmile.read(Xmile.write(LabourDemand.xmile("care", p))), Map.of())
                .run(Double.NaN);
        var builtIn = LabourDemand.run(p);
        assertThat(fromXmile.times()).hasSize(builtIn.points().size());
        for (int i = 0; i < builtIn.points().size(); i++) {
            var point = builtIn.points().get(i);
            assertThat(values(fromXmile, "demand")[i]).isCloseTo(point.demand(), within(1e-6));
            assertThat(values(fromXmile, "domestic_workers")[i]).isCloseTo(point.domesticSupply(), within(1e-6));
            assertThat(values(fromXmile, "foreign_workers")[i]).isCloseTo(point.foreign(), within(1e-6));
            assertThat(values(fromXmile, "gap")[i]).isCloseTo(point.gap(), within(1e-6));
        }
    }

    /**
     * By hand, dt = 1, s(0) = 10, f = rate · s with rate read from a graphical function of TIME (0 → 0.1,
     * 2 → 0.3, linear between): t=0 rate 0.1, s(1) = 11; t=1 rate 0.2, s(2) = 13.2; t=2 rate 0.3, s(3) = 17.16.
     */
    @Test
    void aGraphicalFunctionOfTimeDrivesAFlowAsComputedByHand() {
        var model = oneStock("rate * s", new XmileModel.Auxiliary("rate", "TIME",
                new XmileModel.Graph(List.of(0.0, 2.0), List.of(0.1, 0.3))));
        var run = XmileSimulation.compile(model, Map.of()).run(Double.NaN);
        assertThat(values(run, "s")).containsExactly(new double[] {10, 11, 13.2, 17.16}, within(1e-9));
        assertThat(values(run, "rate")[3]).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void conditionsStepsLookupsAndBuiltInsFollowXmile() {
        var model = oneStock("IF TIME >= 1 AND NOT s > 100 THEN STEP(2, 2) + MIN(1, 5, 3) ELSE LOOKUP(table, 1)",
                new XmileModel.Auxiliary("table", "0", new XmileModel.Graph(List.of(0.0, 2.0), List.of(0.0, 8.0))),
                new XmileModel.Auxiliary("Other Name", "\"TABLE\" * 0 + 2 ^ 3 ^ 0 - -1", null));
        var run = XmileSimulation.compile(model, Map.of()).run(Double.NaN);
        // t=0: LOOKUP(table, 1) = 4; t=1: 0 + 1; t=2: 2 + 1
        assertThat(values(run, "s")).containsExactly(new double[] {10, 14, 15, 18}, within(1e-9));
        // names are case-insensitive, spaces are underscores; ^ is right-associative: 2^(3^0) = 2
        assertThat(values(run, "Other Name")[0]).isEqualTo(3);
    }

    @Test
    void aScenarioReplacesConstantsAndASmallerStepMayBeChosen() {
        var model = oneStock("k", new XmileModel.Auxiliary("k", "1", null));
        var run = XmileSimulation.compile(model, Map.of("K", 2.0)).run(0.5);
        assertThat(run.times()).containsExactly(0, 0.5, 1, 1.5, 2, 2.5, 3);
        assertThat(values(run, "s")[6]).isCloseTo(16, within(1e-9));
        var refused = catchThrowableOfType(XmileSimulation.Refused.class,
                () -> XmileSimulation.compile(model, Map.of("s", 1.0)));
        assertThat(refused.problems()).extracting(XmileSimulation.Problem::code)
                .containsExactly("scenario-unknown-constant");
    }

    @Test
    void everyBadEquationIsReportedWithItsVariable() {
        var model = new XmileModel("m", 0, 3, 1, List.of(stock("s", "x", List.of("f"), List.of())),
                List.of(new XmileModel.Flow("f", "SYSTEM(1)")),
                List.of(new XmileModel.Auxiliary("a", "1 +", null), new XmileModel.Auxiliary("b", "(((1)", null)));
        var refused = catchThrowableOfType(XmileSimulation.Refused.class, () -> XmileSimulation.compile(model, Map.of()));
        assertThat(refused.problems()).extracting(XmileSimulation.Problem::code, XmileSimulation.Problem::variable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("equation-unknown-name", "s"),
                        org.assertj.core.groups.Tuple.tuple("equation-unknown-function", "f"),
                        org.assertj.core.groups.Tuple.tuple("equation-syntax", "a"),
                        org.assertj.core.groups.Tuple.tuple("equation-syntax", "b"));
    }

    @Test
    void aDefinitionThroughItselfWithoutAStockIsRefused() {
        var model = oneStock("a", new XmileModel.Auxiliary("a", "b + 1", null),
                new XmileModel.Auxiliary("b", "a * 2", null));
        var refused = catchThrowableOfType(XmileSimulation.Refused.class, () -> XmileSimulation.compile(model, Map.of()));
        assertThat(refused.problems()).extracting(XmileSimulation.Problem::code).containsOnly("equation-circular");
        assertThat(refused.problems()).extracting(XmileSimulation.Problem::variable).contains("a", "b");
    }

    @Test
    void initialValuesMayReadConstantsButNotStocksAndMustNotBeNegative() {
        var fine = new XmileModel("m", 0, 1, 1, List.of(stock("s", "k * 2", List.of(), List.of())), List.of(),
                List.of(new XmileModel.Auxiliary("k", "5", null)));
        assertThat(values(XmileSimulation.compile(fine, Map.of()).run(Double.NaN), "s")[0]).isEqualTo(10);
        var readsStock = new XmileModel("m", 0, 1, 1, List.of(stock("s", "t", List.of(), List.of()),
                stock("t", "1", List.of(), List.of())), List.of(), List.of());
        assertThat(catchThrowableOfType(XmileSimulation.Refused.class,
                () -> XmileSimulation.compile(readsStock, Map.of())).problems().getFirst().code())
                .isEqualTo("initial-reads-stock");
        var negative = new XmileModel("m", 0, 1, 1, List.of(stock("s", "-1", List.of(), List.of())), List.of(),
                List.of());
        assertThat(catchThrowableOfType(XmileSimulation.Refused.class,
                () -> XmileSimulation.compile(negative, Map.of())).problems().getFirst().code())
                .isEqualTo("initial-not-allowed");
    }

    @Test
    void hostileSizesAreRefusedBeforeAnythingRuns() {
        String deep = "(".repeat(1_000) + "1" + ")".repeat(1_000);
        var tooDeep = catchThrowableOfType(XmileSimulation.Refused.class,
                () -> XmileSimulation.compile(oneStock(deep), Map.of()));
        assertThat(tooDeep.problems().getFirst().code()).isEqualTo("equation-too-deep");
        var tooLong = catchThrowableOfType(XmileSimulation.Refused.class,
                () -> XmileSimulation.compile(oneStock("1+".repeat(3_000) + "1"), Map.of()));
        assertThat(tooLong.problems().getFirst().code()).isEqualTo("equation-too-long");
        var manySteps = catchThrowableOfType(XmileSimulation.Refused.class,
                () -> XmileSimulation.compile(oneStock("1"), Map.of()).run(0.0001));
        assertThat(manySteps.problems().getFirst().code()).isEqualTo("too-many-steps");
        var notDividing = catchThrowableOfType(XmileSimulation.Refused.class,
                () -> XmileSimulation.compile(oneStock("1"), Map.of()).run(0.7));
        assertThat(notDividing.problems().getFirst().code()).isEqualTo("dt-does-not-divide");
    }

    /** Whatever text arrives, parsing ends with a tree or with Invalid, never with another exception. */
    @Property(tries = 2_000)
    void anyTextIsParsedOrRefusedCleanly(@ForAll @StringLength(max = 60) String text) {
        var resolver = new XmileEquation.Resolver(name -> name.equals("x") ? 0 : -1, name -> -1);
        try {
            XmileEquation.parse(text, resolver, new java.util.ArrayList<>());
        } catch (XmileEquation.Invalid e) {
            assertThat(e.code()).startsWith("equation-");
        }
    }

    @Property(tries = 500)
    void operatorSoupIsParsedOrRefusedCleanly(@ForAll("soup") String text) {
        var resolver = new XmileEquation.Resolver(name -> name.equals("x") ? 0 : -1, name -> -1);
        try {
            var parsed = XmileEquation.parse(text, resolver, new java.util.ArrayList<>());
            assertThat(parsed.nodes()).isPositive();
        } catch (XmileEquation.Invalid e) {
            assertThat(e.code()).startsWith("equation-");
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> soup() {
        return net.jqwik.api.Arbitraries.of("x", "1", "2.5e3", "+", "-", "*", "/", "^", "(", ")", ",", " IF ",
                " THEN ", " ELSE ", " AND ", " NOT ", "<=", "<>", "MIN(", "LOOKUP(", "TIME", "\"x\"", "STEP(")
                .list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
