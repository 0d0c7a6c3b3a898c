package org.pacto.reviews.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * National–local coherence within one cycle and one country (seed 004; GCM objective 23 (c), coherence between
 * levels of government): the objectives local inventories cover that the national one does not ({@code local-only})
 * and the reverse ({@code national-only}). Covered means in force at the cycle's reference date
 * ({@link ObserverCheck#inForce}). With no national inventory every locally covered objective is local-only.
 */
public final class Coherence {

    public record Result(List<Integer> localOnly, List<Integer> nationalOnly, List<Step> steps) {
    }

    private Coherence() {
    }

    public static Result compare(Set<Integer> national, List<Set<Integer>> locals) {
        Set<Integer> local = new TreeSet<>();
        locals.forEach(local::addAll);
        Set<Integer> localOnly = new TreeSet<>(local);
        localOnly.removeAll(national);
        Set<Integer> nationalOnly = new TreeSet<>(national);
        nationalOnly.removeAll(local);
        if (locals.isEmpty()) {
            // with no local inventory there is nothing to compare the national one with
            nationalOnly.clear();
        }
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of("coherence", Sources.LOCAL_ALIGNMENT, national.size(), locals.size(), local.size()));
        return new Result(List.copyOf(localOnly), List.copyOf(nationalOnly), steps);
    }
}
