package org.pacto.mobility.calculation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A system-dynamics model in the terms of XMILE 1.0 (OASIS): stocks with their initial equation, inflows and
 * outflows; flows and auxiliaries with their equation (a constant is an auxiliary whose equation is a number);
 * graphical functions as x/y points. Equations are kept as text, as XMILE writes them.
 */
public record XmileModel(String name, double start, double stop, double dt, List<Stock> stocks, List<Flow> flows,
                         List<Auxiliary> auxiliaries) {

    public XmileModel {
        stocks = List.copyOf(stocks);
        flows = List.copyOf(flows);
        auxiliaries = List.copyOf(auxiliaries);
    }

    public record Stock(String name, String initial, List<String> inflows, List<String> outflows) {
        public Stock {
            inflows = List.copyOf(inflows);
            outflows = List.copyOf(outflows);
        }
    }

    public record Flow(String name, String equation) {
    }

    /** @param graph a graphical function (lookup table), or null */
    public record Auxiliary(String name, String equation, @Nullable Graph graph) {
    }

    public record Graph(List<Double> xs, List<Double> ys) {
        public Graph {
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
        }
    }
}
