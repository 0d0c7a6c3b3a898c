package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula.WageBand;
import org.pacto.portability.calculation.catalog.AmountFormula.WageBandScale;
import org.pacto.portability.calculation.catalog.Branch;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.PeriodUnit;
import org.pacto.portability.calculation.catalog.RuleQuery;

/**
 * Costa Rica, CCSS Seguro de Invalidez, Vejez y Muerte (Reglamento del Seguro de IVM, Junta Directiva of
 * the CCSS; the consolidated text was not read: every figure below names the publication it comes from).
 *
 * <p>Old age: 65 years and 300 monthly contributions ("cuotas"). The amount is a "cuantía básica", a
 * percentage of the reference salary that falls as the salary, counted in minimum wages, rises (52.5 % in
 * the lowest band, 43 % in the highest), plus a "cuantía adicional" of 0.0833 % per contribution beyond a
 * threshold: 240 contributions (the first 20 years) until the reform in force on 11 January 2024, 300 (25
 * years) since, the reference salary becoming the average of the best 300 salaries indexed by the CPI.
 */
public final class CostaRica implements NationalScheme {

  /** The reform of the Reglamento approved by the CCSS board, in force from this day. */
  static final LocalDate REFORM_2024 = LocalDate.of(2024, 1, 11);

  static final String AGE = "Reglamento del Seguro de IVM art. 5 (65 years and 300 monthly contributions), as"
      + " reformed in force 2024-01-11: Diario Extra, \"Cambios en condiciones para pensión de IVM\","
      + " https://www.diarioextra.com/noticia/cambios-en-condiciones-para-pension-de-ivm (article number"
      + " unverified); SUPEN summary \"65 años y 300 cuotas\" at https://www.vidaplena.fi.cr/?page_id=1182";

  /**
   * The two ends of the band table are published: 52.5 % and 43 % (SUPEN, "De 43% a 52.5% del salario de
   * referencia [...] más 0.0833% por cada cotización adicional"), 52.5 % for an average salary of
   * ₡500,000 (CCSS). The five intermediate bands (2-3 minimum wages 51 %, 3-4 49.4 %, 4-5 47.8 %, 5-6 46.2 %,
   * 6-8 44.6 %) are recalled from art. 24 and were not read in its text: unverified.
   */
  static final String BANDS = "Reglamento del Seguro de IVM art. 24 (cuantía básica by salary band in minimum"
      + " wages: below 2: 52.5 %, 8 and more: 43 %, per SUPEN https://www.vidaplena.fi.cr/?page_id=1182 and CCSS"
      + " https://www.ccss.sa.cr/noticia?aseguran-que-costa-rica-debe-avanzar-en-la-creacion-de-una-cultura-de-"
      + "cotizacion-para-un; intermediate bands 51 / 49.4 / 47.8 / 46.2 / 44.6 %: unverified)";

  public static final String ADDITIONAL_BEFORE_2024 = "Reglamento del Seguro de IVM art. 24 (cuantía adicional 0.0833 %"
      + " per contribution beyond 240; CCSS, 4 December 2018: 52.5 % for the first 20 years + 1 point per"
      + " additional year, https://www.ccss.sa.cr/noticia?aseguran-que-costa-rica-debe-avanzar-en-la-creacion-"
      + "de-una-cultura-de-cotizacion-para-un)";

  static final String ADDITIONAL_FROM_2024 = "Reglamento del Seguro de IVM art. 24 as reformed in force"
      + " 2024-01-11 (cuantía adicional 0.0833 % per contribution beyond 300: \"1% del salario promedio de"
      + " referencia de cada año de cotización por encima de los 25 años\", CCSS as quoted by Diario Extra,"
      + " https://www.diarioextra.com/noticia/como-calcular-pension-del-ivm)";

  /**
   * A "cuota" is one month's contribution, so calendar days become months of 365/12 days, complete months only
   * (35 calendar years are 420 contributions; the 30-day month of Regulation 987/2009 art. 13 would make them
   * 426). 300 contributions are 9,125 days.
   */
  static final PeriodLength CONTRIBUTIONS_300 = PeriodLength.yearsAndMonthsOf365Days(0, 300);

  /** A year's monthly minimum wage used to place the reference salary in a band, and where it comes from. */
  record MinimumWage(BigDecimal amount, String source) {}

  /**
   * Dated table, by the claim's year. The band unit is taken to be the lowest monthly private-sector
   * minimum wage (Trabajador en Ocupación No Calificada Genérico); which minimum wage art. 24 refers to
   * was not verified. 2026: ₡373,092.42 as projected by AG Legal from the 1.63 % increase fixed by the
   * Consejo Nacional de Salarios (El Financiero, 16 December 2025); 2025: that figure less the monthly
   * increase of ₡5,983.87 the CNS announced for unskilled occupations (Canal 1). Both from the press, the
   * decrees in La Gaceta not read: unverified. Years not listed report the amount formula missing.
   */
  static final Map<Integer, MinimumWage> MINIMUM_WAGES = Map.of(
      2025, new MinimumWage(new BigDecimal("367108.55"), "minimum wage 2025, Trabajador en Ocupación No"
          + " Calificada Genérico (Decreto Ejecutivo 44756-MTSS; figure derived from the 2026 projection less the"
          + " CNS increase of 5,983.87, https://canal1cr.com/primero-noticias/aprueban-aumento-del-163-en-"
          + "salarios-minimos-del-sector-privado; unverified)"),
      2026, new MinimumWage(new BigDecimal("373092.42"), "minimum wage 2026, Trabajador en Ocupación No"
          + " Calificada Genérico (AG Legal's projection of the CNS 1.63 % increase, El Financiero 2025-12-16,"
          + " https://www.elfinancierocr.com/economia-y-politica/asi-quedan-los-salarios-minimos-en-costa-rica-"
          + "para/5GZGYF3MPRDKFMD6E4EPSO44TQ/story/; the decree was not read: unverified)"));

  @Override
  public String country() {
    return "CR";
  }

  @Override
  public String currency() {
    return "CRC";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    if (query.branch() != Branch.OLD_AGE) {
      return OtherBranches.notCatalogued("CR", query);
    }
    NationalRule.Builder rule = NationalRule.builder("CR", "CCSS, Seguro de Invalidez, Vejez y Muerte (vejez)")
        .minimum(CONTRIBUTIONS_300, AGE)
        .age(AgeCondition.at(65, 0, AGE))
        .note("The reference wage is the reference salary: since 2024-01-11 the average of the best 300 monthly"
            + " salaries indexed by the CPI (before: the best 48 of the last 60), given in the request")
        .note("Proportional old-age pension at 65 with 180 to 299 contributions, and women's early retirement at"
            + " 63 with 405 contributions (reform of 2024), are not modelled; the maximum pension is not applied");
    MinimumWage wage = MINIMUM_WAGES.get(query.claimDate().getYear());
    if (wage == null) {
      return rule.missing("amount formula: minimum wage for " + query.claimDate().getYear()
          + " (band unit of Reglamento IVM art. 24) not catalogued").build();
    }
    boolean reformed = !query.claimDate().isBefore(REFORM_2024);
    return rule.formula(scale(reformed ? 300 : 240, wage.amount(), wage.source(),
        reformed ? ADDITIONAL_FROM_2024 : ADDITIONAL_BEFORE_2024)).build();
  }

  /** The art. 24 scale with a threshold of {@code thresholdMonths} contributions and a band unit. */
  public static WageBandScale scale(long thresholdMonths, BigDecimal minimumWage, String minimumWageSource,
      String additionalSource) {
    return new WageBandScale(
        List.of(band("2", "52.5"), band("3", "51.0"), band("4", "49.4"), band("5", "47.8"), band("6", "46.2"),
            band("8", "44.6"), new WageBand(null, new BigDecimal("43.0"))),
        minimumWage, minimumWageSource, PeriodLength.yearsAndMonthsOf365Days(0, thresholdMonths),
        PeriodUnit.MONTHS_OF_365_TWELFTHS,
        new BigDecimal("0.0833"), BANDS + "; " + additionalSource);
  }

  private static WageBand band(String below, String percent) {
    return new WageBand(new BigDecimal(below), new BigDecimal(percent));
  }
}
