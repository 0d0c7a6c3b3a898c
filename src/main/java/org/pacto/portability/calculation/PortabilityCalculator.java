package org.pacto.portability.calculation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.catalog.Agreement;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.Catalog;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.ProtectionOptions;
import org.pacto.portability.calculation.catalog.RuleQuery;
import org.pacto.portability.calculation.catalog.StandardAgreements;

/**
 * Calculates, for every country where a person has insurance periods, the benefit under the
 * agreements linking that country with the others. Pure and thread-safe.
 */
public final class PortabilityCalculator {

  private final Clock clock;

  public PortabilityCalculator() {
    this(Clock.systemUTC());
  }

  /** @param clock source of "today" for the future-claim-date check */
  public PortabilityCalculator(Clock clock) {
    this.clock = clock;
  }

  /** Calculates with the built-in reference catalog. */
  public CalculationResult calculate(CalculationRequest request) {
    return calculate(request, Catalog.standard());
  }

  /**
   * @throws CalculationInputException when the request has invalid fields
   */
  public CalculationResult calculate(CalculationRequest request, Catalog catalog) {
    return calculate(request, catalog, true);
  }

  /**
   * @param explain false leaves the steps out (amounts, warnings and options only): what a batch asking
   *     for {@code steps=false} needs, without building explanations it would drop
   * @throws CalculationInputException when the request has invalid fields
   */
  public CalculationResult calculate(CalculationRequest request, Catalog catalog, boolean explain) {
    RequestValidation.check(request, LocalDate.now(clock));
    LocalDate claimDate = request.claim().date();
    Branch branch = Branch.fromCode(request.claim().benefit()).orElseThrow();
    // Invalidity and survivors: periods and age count up to the date the risk materialised.
    LocalDate riskDate = branch == Branch.OLD_AGE ? claimDate : request.claim().riskDate();
    Map<String, List<Warning>> truncations = new HashMap<>();
    List<InsurancePeriod> periods = truncate(request.periods(), riskDate, truncations);
    Set<String> countries = new LinkedHashSet<>();
    periods.forEach(p -> countries.add(p.country()));
    Period age = request.person().ageOn(riskDate);
    Map<String, NationalRule> ruleCache = new HashMap<>();
    Function<String, NationalRule> rules = c -> ruleCache.computeIfAbsent(c, k -> rule(catalog, k, request, branch, periods));
    // One ledger per set of countries for the whole request: assessments under several agreements share them.
    Map<Set<String>, InsuranceLedger> ledgerCache = new HashMap<>();
    Function<Set<String>, InsuranceLedger> ledgers = set -> ledgerCache.computeIfAbsent(set,
        k -> InsuranceLedger.of(periods.stream().filter(p -> k.contains(p.country())).toList()));
    CareerFacts facts = new CareerFacts(periods, claimDate, riskDate, age, rules, ledgers, explain);
    Map<String, ReferenceEarnings> earnings = request.referenceEarnings() == null ? Map.of() : request.referenceEarnings();

    List<Agreement> linking = catalog.agreements().stream()
        .filter(a -> a.covers(branch))
        .filter(a -> countries.stream().filter(c -> a.inForceFor(c, claimDate)).count() >= 2)
        .toList();
    List<AgreementFound> found = linking.stream()
        .map(a -> new AgreementFound(a.id(), a.name(), a.source(),
            countries.stream().filter(c -> a.inForceFor(c, claimDate)).toList(), a.notes()))
        .toList();

    List<CountryResult> results = new ArrayList<>();
    for (String country : countries) {
      List<Agreement> candidates = linking.stream().filter(a -> a.inForceFor(country, claimDate)).toList();
      String currency = catalog.scheme(country).map(NationalScheme::currency).orElse(null);
      List<CountryResult> outcomes = new ArrayList<>();
      if (candidates.isEmpty()) {
        outcomes.add(new CountryAssessment(country, null, facts, earnings.get(country), currency).assess());
      }
      for (Agreement agreement : candidates) {
        outcomes.add(new CountryAssessment(country, agreement, facts, earnings.get(country), currency).assess());
      }
      CountryResult chosen = choose(outcomes, linking);
      List<Warning> extra = new ArrayList<>(truncations.getOrDefault(country, List.of()));
      extra.addAll(linkWarnings(country, countries, candidates, catalog.agreements(), branch, claimDate));
      results.add(withExtras(chosen, outcomes, extra, explain));
    }
    return new CalculationResult(found, results,
        ProtectionOptions.forUnlinkedPairs(catalog.agreements(), List.copyOf(countries), branch, claimDate));
  }

  private static NationalRule rule(Catalog catalog, String country, CalculationRequest request, Branch branch,
      List<InsurancePeriod> periods) {
    LocalDate first = periods.stream().filter(p -> p.country().equals(country)).map(InsurancePeriod::from)
        .min(Comparator.naturalOrder()).orElse(null);
    RuleQuery query = new RuleQuery(request.person(), request.claim().date(), branch, first,
        request.claim().contingencyDate(), request.claim().relationship());
    return catalog.scheme(country).map(s -> s.ruleFor(query))
        .orElseGet(() -> NationalRule.unavailable(country, "no national scheme catalogued for " + country));
  }

  /** Periods running past the claim date count only up to it. */
  private static List<InsurancePeriod> truncate(List<InsurancePeriod> periods, LocalDate claimDate,
      Map<String, List<Warning>> warnings) {
    List<InsurancePeriod> result = new ArrayList<>();
    for (InsurancePeriod p : periods) {
      if (p.to().isAfter(claimDate)) {
        warnings.computeIfAbsent(p.country(), k -> new ArrayList<>()).add(Warning.of("period-truncated",
            p.from(), p.to(), p.country(), claimDate));
        result.add(new InsurancePeriod(p.country(), p.from(), claimDate, p.kind(), p.scheme()));
      } else {
        result.add(p);
      }
    }
    return result;
  }

  /** The most favourable outcome (CMISS art. 8 where it competes with another agreement). */
  private static CountryResult choose(List<CountryResult> outcomes, List<Agreement> linking) {
    Comparator<CountryResult> favourable = Comparator
        .comparing((CountryResult r) -> r.amountDue() == null ? BigDecimal.valueOf(-1) : r.amountDue())
        .thenComparing(r -> Boolean.TRUE.equals(r.eligibleWithTotalization()))
        .thenComparingLong(CountryResult::daysTotalised)
        .thenComparing(r -> -indexOf(linking, r.agreement()));
    return outcomes.stream().max(favourable).orElseThrow();
  }

  private static int indexOf(List<Agreement> agreements, @Nullable String id) {
    for (int i = 0; i < agreements.size(); i++) {
      if (agreements.get(i).id().equals(id)) {
        return i;
      }
    }
    return agreements.size();
  }

  private static CountryResult withExtras(CountryResult chosen, List<CountryResult> outcomes, List<Warning> extra,
      boolean explain) {
    List<Step> steps = new ArrayList<>(chosen.steps());
    if (explain && outcomes.size() > 1) {
      boolean cmiss = outcomes.stream().anyMatch(o -> StandardAgreements.CMISS.equals(o.agreement()));
      for (CountryResult other : outcomes) {
        if (other != chosen) {
          steps.add(Step.of("also-calculated",
              cmiss ? "CMISS art. 8 (the more favourable provisions apply)" : "most favourable agreement retained",
              String.valueOf(other.agreement()),
              other.amountDue() == null ? Text.of("notComputed") : other.amountDue(),
              other.currency() == null ? "" : other.currency(),
              Text.of("basis." + other.basis()), String.valueOf(chosen.agreement())));
        }
      }
    }
    List<Warning> warnings = new ArrayList<>(extra);
    warnings.addAll(chosen.warnings());
    return new CountryResult(chosen.country(), chosen.agreement(), chosen.eligibleAlone(),
        chosen.eligibleWithTotalization(), chosen.independentAmount(), chosen.theoreticalAmount(),
        chosen.proRataAmount(), chosen.amountDue(), chosen.currency(), chosen.basis(), chosen.daysAlone(),
        chosen.daysTotalised(), steps, warnings);
  }

  /** Warnings for countries whose periods this country cannot totalise. */
  private static List<Warning> linkWarnings(String country, Set<String> countries, List<Agreement> candidates,
      List<Agreement> all, Branch branch, LocalDate claimDate) {
    List<Warning> warnings = new ArrayList<>();
    for (String other : countries) {
      if (other.equals(country)) {
        continue;
      }
      boolean linked = candidates.stream().anyMatch(a -> a.inForceFor(other, claimDate));
      if (linked) {
        continue;
      }
      List<Agreement> notYet = all.stream()
          .filter(a -> a.covers(branch) && a.statusOf(country, claimDate).isPresent()
              && a.statusOf(other, claimDate).isPresent())
          .toList();
      if (notYet.isEmpty()) {
        warnings.add(Warning.of("no-agreement", Text.of("branch." + branch.code()), country, other));
      } else {
        warnings.add(Warning.of("agreement-not-in-force", notYet.getFirst().name(), country, other, claimDate));
      }
    }
    return warnings;
  }
}
