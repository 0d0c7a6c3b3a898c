package org.pacto.portability.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.Person;
import org.pacto.portability.calculation.Sex;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/**
 * A country's old-age parameters on a date, as the catalog holds them, for a woman and a man
 * reaching 65 that day; what could not be sourced is listed under {@code missing}.
 */
record SchemeView(String country, String currency, LocalDate date, List<RuleView> rules,
                  List<String> agreements) {

    static SchemeView of(NationalScheme scheme, LocalDate date, List<String> agreements) {
        List<RuleView> rules = List.of(Sex.FEMALE, Sex.MALE).stream().map(sex -> RuleView.of(sex,
                scheme.ruleFor(new RuleQuery(new Person(date.minusYears(65), sex), date, Branch.OLD_AGE, null))))
                .toList();
        return new SchemeView(scheme.country(), scheme.currency(), date, rules, agreements);
    }

    record RuleView(String sex, String scheme, @Nullable Length minimumPeriod, String minimumSource,
                    List<Age> pensionAges, @Nullable Formula formula, @Nullable Length maximumPeriod,
                    String maximumSource, List<String> missing, List<String> notes) {

        static RuleView of(Sex sex, NationalRule r) {
            return new RuleView(sex.name().toLowerCase(java.util.Locale.ROOT), r.scheme(),
                    Length.of(r.minimumPeriod()), r.minimumSource(),
                    r.pensionAges().stream().map(Age::of).toList(), Formula.of(r.formula()),
                    Length.of(r.maximumPeriod()), r.maximumSource(), r.missing(), r.notes());
        }
    }

    /** @param unit calendar-days, weeks, months, quarters or years; @param calendarDays per 987/2009 art. 13 */
    record Length(long amount, String unit, long calendarDays) {
        static @Nullable Length of(@Nullable PeriodLength p) {
            return p == null ? null : new Length(p.amount(),
                    p.unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), p.toCalendarDays());
        }
    }

    /** @param anyAge the route is open at any age (only the period counts) */
    record Age(int years, int months, @Nullable Length requiredPeriod, String source, boolean anyAge) {
        static Age of(AgeCondition a) {
            return new Age(a.years(), a.months(), Length.of(a.requiredPeriod()), a.source(), a.anyAge());
        }
    }

    /**
     * @param type percentage-scale, flat-amount, income-scaled-rate, flat-plus-scale,
     *     earnings-bracket-accrual, wage-band-scale, share-of-pension or defined-contribution
     */
    record Formula(String type, String description, String source) {
        private static String scale(AmountFormula.PercentageScale s) {
            return s.basePercent() + " % at " + s.threshold() + ", then " + s.increments().stream()
                    .map(i -> "+" + i.percentPerUnit() + " % for each of " + i.units() + " "
                            + s.incrementUnit().name().toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(", "))
                    + (s.maxPercent() == null ? "" : ", up to " + s.maxPercent() + " %");
        }

        static @Nullable Formula of(@Nullable AmountFormula f) {
            return switch (f) {
                case null -> null;
                case AmountFormula.PercentageScale s -> new Formula("percentage-scale", scale(s), s.source());
                case AmountFormula.FlatAmount a -> new Formula("flat-amount", a.amount().toPlainString(), a.source());
                case AmountFormula.IncomeScaledRate r -> new Formula("income-scaled-rate", "r = " + r.intercept()
                        + " - " + r.slope() + " x s (s = reference wage / minimum wage " + r.minimumWage()
                        + "), between " + r.lowestRate() + " and " + r.highestRate() + " %, + " + r.stepPercent()
                        + " % per " + r.step() + " beyond " + r.threshold() + " (at most " + r.maxSteps()
                        + "), at least one minimum wage (" + r.minimumWageSource() + ")", r.source());
                case AmountFormula.FlatPlusScale p -> new Formula("flat-plus-scale", p.flatAmount().toPlainString()
                        + " (" + p.flatSource() + ") + " + scale(p.scale()), p.source());
                case AmountFormula.EarningsBracketAccrual a -> new Formula("earnings-bracket-accrual",
                        a.flatRate() + " % a year up to " + a.flatYears() + " years; beyond, per portion of the"
                        + " reference wage in units of " + a.referenceUnit() + " (" + a.referenceUnitSource() + "): "
                        + a.brackets().stream().map(b -> (b.upTo() == null ? "above" : "up to " + b.upTo()) + ": "
                                + b.ratePerYear() + " %").collect(java.util.stream.Collectors.joining(", "))
                        + " a year; at most " + a.maxYears() + " years, at least " + a.minimumGlobalPercent() + " %",
                        a.source());
                case AmountFormula.WageBandScale w -> new Formula("wage-band-scale",
                        "base percent by the reference wage in minimum wages of " + w.minimumWage() + " ("
                        + w.minimumWageSource() + "): " + w.bands().stream().map(b -> (b.below() == null
                                ? "otherwise" : "below " + b.below()) + ": " + b.percent() + " %")
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ", for the first " + w.threshold() + "; + " + w.percentPerUnit() + " % per "
                        + w.incrementUnit().name().toLowerCase(java.util.Locale.ROOT) + " beyond", w.source());
                case AmountFormula.ShareOfPension share -> {
                    Formula pension = java.util.Objects.requireNonNull(of(share.pension()));
                    yield new Formula("share-of-pension", share.percent() + " % of: " + pension.description(),
                            share.source() + "; " + pension.source());
                }
                case AmountFormula.DefinedContribution d -> new Formula("defined-contribution",
                        "individual account", d.source());
            };
        }
    }
}
