package org.pacto.portability.calculation.catalog.national;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.portability.calculation.catalog.AgeCondition;
import org.pacto.portability.calculation.catalog.AmountFormula;
import org.pacto.portability.calculation.catalog.AmountFormula.Bracket;
import org.pacto.portability.calculation.catalog.AmountFormula.EarningsBracketAccrual;
import org.pacto.portability.calculation.catalog.AmountFormula.ShareOfPension;
import org.pacto.portability.calculation.catalog.NationalRule;
import org.pacto.portability.calculation.catalog.NationalScheme;
import org.pacto.portability.calculation.catalog.PeriodLength;
import org.pacto.portability.calculation.catalog.RuleQuery;

/**
 * Portugal, invalidity and old-age pensions of the general scheme (Decreto-Lei 187/2007 of 10 May,
 * https://diariodarepublica.pt, consolidated text not read; formula described by the Ordem dos Engenheiros,
 * https://www.ordemengenheiros.pt/pt/centro-de-informacao/dossiers/consultorio-juridico/o-novo-regime-das-reformas-por-velhice/montante-e-calculo-da-pensao-dl-n-187-2007-de-10-de-maio/,
 * and the Assembleia da República, https://debates.parlamento.pt/catalogo/r3/dar/s2a/10/03/064/2008-03-06/19,
 * both checked 2026-12-02) and survivors' pensions (Decreto-Lei 322/90).
 */
public final class Portugal implements NationalScheme {

  private static final String MINIMUM = "Decreto-Lei 187/2007 art. 19 (prazo de garantia: 15 years with earnings recorded)";
  private static final String AGE =
      "Decreto-Lei 187/2007 art. 20 (normal age linked to life expectancy, fixed each year by portaria)";

  /** The Indexante dos Apoios Sociais (Lei 53-B/2006) of a year and its portaria. */
  record SocialSupportIndex(BigDecimal amount, String source) {}

  /** Dated table of the IAS; years not listed are reported missing. */
  static final Map<Integer, SocialSupportIndex> IAS = Map.of(
      2023, new SocialSupportIndex(new BigDecimal("480.43"), "IAS 2023 (annual portaria; figure unverified)"),
      2024, new SocialSupportIndex(new BigDecimal("509.26"), "IAS 2024 (as stated with the 2025 update, Público"
          + " 2025-01-06 and RTP, checked 2026-12-02)"),
      2025, new SocialSupportIndex(new BigDecimal("522.50"), "IAS 2025: Portaria 6-B/2025/1 (Público 2025-01-06,"
          + " https://www.publico.pt/2025/01/06/economia/noticia/indexante-apoios-sociais-sobe-52250-euros-2025-2117731,"
          + " checked 2026-12-02)"));

  /**
   * Decreto-Lei 187/2007 art. 29: up to 20 years, 2 % a year; from 21 years, a yearly rate per portion of
   * the reference earnings (average of the best 40 years, art. 28): up to 1.1 IAS 2.3 %, 1.1 to 2 IAS
   * 2.25 %, 2 to 4 IAS 2.2 %, 4 to 8 IAS 2.1 %, above 8 IAS 2 %; at most 40 years; global rate at least
   * 30 % (art. 32). The bracket figures are those of the Assembleia's summary ("taxas anuais variáveis de
   * 2,30% e 2,00% ... distribuídos por escalões"); the intermediate rates were recalled: "unverified".
   */
  static final String ACCRUAL = "Decreto-Lei 187/2007 art. 28-32 (2 % a year up to 20 years; from 21 years 2.3 % /"
      + " 2.25 % / 2.2 % / 2.1 % / 2 % per portion up to 1.1 / 2 / 4 / 8 / above 8 IAS; at most 40 years;"
      + " intermediate rates unverified)";

  @Override
  public String country() {
    return "PT";
  }

  @Override
  public String currency() {
    return "EUR";
  }

  @Override
  public NationalRule ruleFor(RuleQuery query) {
    return switch (query.branch()) {
      case OLD_AGE -> oldAge(query);
      case INVALIDITY -> invalidity(query);
      case SURVIVORS -> survivors(query);
      default -> OtherBranches.notCatalogued("PT", query);
    };
  }

  private static NationalRule oldAge(RuleQuery query) {
    NationalRule.Builder rule = NationalRule.builder("PT", "Regime geral, pensão de velhice")
        .minimum(PeriodLength.years(15), MINIMUM)
        .note("The reference earnings (Decreto-Lei 187/2007 art. 28: best 40 years, revalued) are the reference wage")
        .note("Sustainability factor (art. 35): applies to early pensions only since Decreto-Lei 167-E/2013, not at"
            + " the normal age computed here")
        .note("Insured persons enrolled before 2002 get a weighted mix with the old formula (art. 33): not modelled");
    switch (query.claimDate().getYear()) {
      case 2024 -> rule.age(AgeCondition.at(66, 4, AGE));
      case 2025 -> rule.age(AgeCondition.at(66, 7, AGE));
      case 2026 -> rule.age(AgeCondition.at(66, 9, AGE)).note("2026 age (66y9m) recalled from the annual portaria; verify");
      default -> rule.missing("pension age for " + query.claimDate().getYear() + ": not catalogued");
    }
    return withFormula(rule, query, null).build();
  }

  /** Decreto-Lei 187/2007: relative invalidity after 5 calendar years with earnings, absolute after 3. */
  private static NationalRule invalidity(RuleQuery query) {
    NationalRule.Builder rule = NationalRule.builder("PT", "Regime geral, pensão de invalidez").noAgeCondition()
        .minimum(PeriodLength.years(5), "Decreto-Lei 187/2007 art. 16 (relative invalidity: 5 calendar years with"
            + " earnings; article number unverified)")
        .note("Absolute invalidity needs 3 years and its global rate is improved: the degree is not asked, the"
            + " relative-invalidity rules are applied");
    return withFormula(rule, query, null).build();
  }

  /**
   * Decreto-Lei 322/90: 36 months with earnings; the spouse or partner receives 60 % and one child 20 %
   * of the pension the deceased received or would have received. Recalled: "unverified".
   */
  private static NationalRule survivors(RuleQuery query) {
    NationalRule.Builder rule = NationalRule.builder("PT", "Regime geral, pensão de sobrevivência").noAgeCondition()
        .minimum(PeriodLength.months(36), "Decreto-Lei 322/90 (36 months with earnings; article number unverified)")
        .note("The deceased's reference earnings are the reference wage; the deceased's pension is computed with"
            + " the invalidity and old-age formula");
    String relationship = query.relationship();
    if ("spouse".equals(relationship) || "partner".equals(relationship)) {
      return withFormula(rule, query, new BigDecimal("60")).build();
    }
    if ("child".equals(relationship)) {
      return withFormula(rule, query, new BigDecimal("20"))
          .note("Decreto-Lei 322/90: two children share 30 %, three or more 40 %: one child is assumed").build();
    }
    return rule.missing("amount formula: depends on the claimant's relationship to the deceased"
        + (relationship == null ? " (not given)" : " (" + relationship + ": not catalogued)")).build();
  }

  private static NationalRule.Builder withFormula(NationalRule.Builder rule, RuleQuery query, @Nullable BigDecimal share) {
    int year = query.claimDate().getYear();
    SocialSupportIndex ias = IAS.get(year);
    if (ias == null) {
      return rule.missing("amount formula: IAS for " + year + " not catalogued");
    }
    AmountFormula pension = new EarningsBracketAccrual(List.of(
        new Bracket(new BigDecimal("1.1"), new BigDecimal("2.3")),
        new Bracket(new BigDecimal("2"), new BigDecimal("2.25")),
        new Bracket(new BigDecimal("4"), new BigDecimal("2.2")),
        new Bracket(new BigDecimal("8"), new BigDecimal("2.1")),
        new Bracket(null, new BigDecimal("2"))),
        ias.amount(), ias.source(), new BigDecimal("2"), 20, 40, new BigDecimal("30"), ACCRUAL);
    if (share != null) {
      pension = new ShareOfPension(share, pension, "Decreto-Lei 322/90 (survivors: " + share.toPlainString()
          + " % of the deceased's pension; unverified)");
    }
    return rule.formula(pension);
  }
}
