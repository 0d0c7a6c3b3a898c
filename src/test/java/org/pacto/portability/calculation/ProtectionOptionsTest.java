package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacto.portability.calculation.Fixtures.CALCULATOR;
import static org.pacto.portability.calculation.Fixtures.compulsory;
import static org.pacto.portability.calculation.Fixtures.man;
import static org.pacto.portability.calculation.Fixtures.oldAge;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pacto.portability.calculation.catalog.ProtectionOption;
import org.pacto.portability.calculation.catalog.SignatoryStatus;
import org.pacto.portability.calculation.catalog.StandardAgreements;

/** Where no agreement protects, the answer lists what the person can still do (seed 001 note 9). */
class ProtectionOptionsTest {

  private static CalculationResult career(String claimDate, String first, String second) {
    return CALCULATOR.calculate(oldAge(man("1960-01-01"), second, claimDate, List.of(
        compulsory(first, "1985-01-01", "1999-12-31"), compulsory(second, "2000-01-01", "2022-12-31")), Map.of()));
  }

  @Test
  void ecuadorAndTheUnitedStatesOfferIessVoluntaryAffiliationAbroadAndConsularRegistration() {
    CalculationResult result = career("2026-03-01", "EC", "US");
    assertThat(result.agreements()).isEmpty();
    assertThat(result.options()).extracting(ProtectionOption::code)
        .containsExactly("ec-iess-voluntary-abroad", "consular-registration");
    ProtectionOption iess = result.options().getFirst();
    assertThat(iess.kind()).isEqualTo(ProtectionOption.VOLUNTARY);
    assertThat(iess.country()).isEqualTo("EC");
    assertThat(iess.source()).contains("C.D. 467");
    assertThat(result.result("EC").orElseThrow().warnings()).extracting(Warning::code).contains("no-agreement");
  }

  @Test
  void mexicoColombiaAndPeruEachOfferTheirVoluntaryScheme() {
    assertThat(career("2026-03-01", "MX", "US").options()).extracting(ProtectionOption::code)
        .contains("mx-imss-voluntary-continuation");
    assertThat(career("2026-03-01", "MX", "US").options().getFirst().source()).contains("art. 218");
    assertThat(career("2026-03-01", "CO", "CA").options().getFirst().source()).contains("Ley 100 de 1993 art. 15");
    assertThat(career("2026-03-01", "PE", "JP").options()).extracting(ProtectionOption::code)
        .contains("pe-onp-facultative");
  }

  @Test
  void spainAndCostaRicaShowCmissSignedButNotInForce() {
    CalculationResult result = career("2026-03-01", "CR", "ES");
    assertThat(result.agreements()).isEmpty();
    ProtectionOption cmiss = result.options().stream().filter(o -> o.kind().equals(ProtectionOption.NOT_IN_FORCE))
        .findFirst().orElseThrow();
    assertThat(cmiss.arguments()).containsExactly(StandardAgreements.cmiss().name(), "CR", SignatoryStatus.SIGNED,
        "ES", SignatoryStatus.IN_FORCE);
    // the warning names the agreement that exists instead of saying there is none
    assertThat(result.result("ES").orElseThrow().warnings()).extracting(Warning::code)
        .contains("agreement-not-in-force").doesNotContain("no-agreement");
  }

  @Test
  void colombiaBeforeItAppliedCmissShowsTheImplementationAgreementStep() {
    // Colombia applies CMISS from 2023-08-01; with Ecuador nothing else links them.
    CalculationResult before = career("2023-05-01", "EC", "CO");
    assertThat(before.options()).anyMatch(o -> o.kind().equals(ProtectionOption.NOT_IN_FORCE)
        && o.arguments().contains(SignatoryStatus.IMPLEMENTATION_AGREEMENT_SIGNED));
    assertThat(before.options()).extracting(ProtectionOption::code)
        .contains("ec-iess-voluntary-abroad", "co-voluntary-affiliation-abroad");
    assertThat(career("2026-03-01", "EC", "CO").options()).isEmpty();
  }

  @Test
  void linkedCareersGetNoOptions() {
    assertThat(career("2026-03-01", "EC", "ES").options()).isEmpty();
    assertThat(career("2026-03-01", "FR", "ES").options()).isEmpty();
  }
}
