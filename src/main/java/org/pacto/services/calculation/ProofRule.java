package org.pacto.services.calculation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the kinds of proof a person showed suffice for a municipal registration card.
 *
 * <p>Rules (issue 13, the default table; a municipality may configure its own points and thresholds):
 * <ol>
 *   <li>Each kind counts once, however many documents of that kind were shown (two utility bills are one
 *       residence proof).</li>
 *   <li>Identity points: passport 3, national identity document of the country of origin 3, consular identity
 *       card 2, birth certificate 1, another municipality's card 2.</li>
 *   <li>Residence points: lease 1, utility bill 1, letter from a registered shelter or service point 1.</li>
 *   <li>A card needs at least {@code minimumIdentity} (3) identity points and at least {@code minimumResidence}
 *       (1) residence point.</li>
 * </ol>
 * Seed 004, objective 4: local authorities issue "registration cards with basic data" to everyone who lives in
 * the municipality, migrants included.
 */
public record ProofRule(Map<ProofKind, Integer> points, int minimumIdentity, int minimumResidence) {

    public static final String SOURCE = "Issue 13, proof rule (IDNYC-style points); seed 004, objective 4";

    public ProofRule {
        points = Map.copyOf(points);
        if (minimumIdentity < 1 || minimumResidence < 1) {
            throw new IllegalArgumentException("a card needs at least one point of each dimension");
        }
        if (points.values().stream().anyMatch(p -> p < 0)) {
            throw new IllegalArgumentException("points are never negative");
        }
    }

    /** The default table of issue 13. */
    public static ProofRule standard() {
        Map<ProofKind, Integer> table = new EnumMap<>(ProofKind.class);
        table.put(ProofKind.PASSPORT, 3);
        table.put(ProofKind.NATIONAL_IDENTITY_DOCUMENT, 3);
        table.put(ProofKind.CONSULAR_IDENTITY_CARD, 2);
        table.put(ProofKind.BIRTH_CERTIFICATE, 1);
        table.put(ProofKind.OTHER_MUNICIPALITY_CARD, 2);
        table.put(ProofKind.LEASE, 1);
        table.put(ProofKind.UTILITY_BILL, 1);
        table.put(ProofKind.SHELTER_LETTER, 1);
        return new ProofRule(table, 3, 1);
    }

    /** The points counted and whether they suffice, with the steps that led there. */
    public record Assessment(int identityPoints, int residencePoints, boolean sufficient, Set<ProofKind> counted,
                             List<Step> steps) {
        public Assessment {
            counted = Set.copyOf(counted);
            steps = List.copyOf(steps);
        }
    }

    public Assessment assess(Collection<ProofKind> shown) {
        Set<ProofKind> distinct = new LinkedHashSet<>(shown);
        List<Step> steps = new ArrayList<>();
        int identity = 0;
        int residence = 0;
        for (ProofKind kind : distinct) {
            int value = points.getOrDefault(kind, 0);
            steps.add(Step.of("proof-counted", SOURCE, kind.code(), value));
            if (kind.dimension() == ProofKind.Dimension.IDENTITY) {
                identity += value;
            } else {
                residence += value;
            }
        }
        steps.add(Step.of("identity-points", SOURCE, identity, minimumIdentity));
        steps.add(Step.of("residence-points", SOURCE, residence, minimumResidence));
        boolean enoughIdentity = identity >= minimumIdentity;
        boolean enoughResidence = residence >= minimumResidence;
        if (!enoughIdentity) {
            steps.add(Step.of("insufficient-identity", SOURCE, minimumIdentity - identity));
        }
        if (!enoughResidence) {
            steps.add(Step.of("insufficient-residence", SOURCE, minimumResidence - residence));
        }
        if (enoughIdentity && enoughResidence) {
            steps.add(Step.of("sufficient", SOURCE));
        }
        return new Assessment(identity, residence, enoughIdentity && enoughResidence, distinct, steps);
    }
}
