package org.pacto.mobility.calculation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A system-dynamics model in the stock-and-flow form used by XMILE (OASIS) and the usual tools: stocks with
 * an initial value, flows from a stock (or from outside the model, a "source") to a stock (or out of it, a
 * "sink") at a rate that depends on the stocks and the time, and auxiliaries computed from them.
 * Built once, immutable; {@link EulerIntegration} runs it.
 */
public final class StockFlowModel {

    /** A rate or auxiliary: a function of the time and the stocks' current values (indexed as declared). */
    @FunctionalInterface
    public interface Equation {
        double at(double time, double[] stocks);
    }

    public record Stock(String name, double initial) {
    }

    /** {@code from}/{@code to} are stock indexes, or -1 for a source/sink outside the model. */
    public record Flow(String name, int from, int to, Equation rate) {
    }

    public record Auxiliary(String name, Equation equation) {
    }

    private final List<Stock> stocks;
    private final List<Flow> flows;
    private final List<Auxiliary> auxiliaries;

    private StockFlowModel(List<Stock> stocks, List<Flow> flows, List<Auxiliary> auxiliaries) {
        this.stocks = List.copyOf(stocks);
        this.flows = List.copyOf(flows);
        this.auxiliaries = List.copyOf(auxiliaries);
    }

    public List<Stock> stocks() {
        return stocks;
    }

    public List<Flow> flows() {
        return flows;
    }

    public List<Auxiliary> auxiliaries() {
        return auxiliaries;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<Stock> stocks = new ArrayList<>();
        private final List<Flow> flows = new ArrayList<>();
        private final List<Auxiliary> auxiliaries = new ArrayList<>();

        public Builder stock(String name, double initial) {
            if (!(initial >= 0) || Double.isInfinite(initial) || index.containsKey(name)) {
                throw new IllegalArgumentException("stock " + name + ": initial value must be finite, >= 0, unique");
            }
            index.put(name, stocks.size());
            stocks.add(new Stock(name, initial));
            return this;
        }

        public int indexOf(String stock) {
            Integer i = index.get(stock);
            if (i == null) {
                throw new IllegalArgumentException("unknown stock " + stock);
            }
            return i;
        }

        /** @param from a stock name or {@code null} (a source); @param to a stock name or {@code null} (a sink) */
        public Builder flow(String name, @Nullable String from, @Nullable String to, Equation rate) {
            flows.add(new Flow(name, from == null ? -1 : indexOf(from), to == null ? -1 : indexOf(to), rate));
            return this;
        }

        public Builder auxiliary(String name, Equation equation) {
            auxiliaries.add(new Auxiliary(name, equation));
            return this;
        }

        public StockFlowModel build() {
            return new StockFlowModel(stocks, flows, auxiliaries);
        }
    }
}
