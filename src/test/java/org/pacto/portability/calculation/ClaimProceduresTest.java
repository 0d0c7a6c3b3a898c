package org.pacto.portability.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pacto.portability.calculation.catalog.ClaimProcedures;
import org.pacto.portability.calculation.catalog.StandardAgreements;

class ClaimProceduresTest {

  @Test
  void cmissNamesOnlySourcedInstitutionsAndLeavesTheRestToTheLiaisonInstitution() {
    var cmiss = ClaimProcedures.of(StandardAgreements.cmiss()).orElseThrow();
    assertThat(cmiss.rule()).isEqualTo(ClaimProcedures.RESIDENCE_FORWARDS);
    assertThat(cmiss.source()).contains("Implementation Agreement");
    assertThat(cmiss.institutionsOf("ES")).extracting(ClaimProcedures.Institution::name)
        .contains("Instituto Nacional de la Seguridad Social (INSS)");
    assertThat(cmiss.institutionsOf("EC")).extracting(ClaimProcedures.Institution::name)
        .containsExactly("Instituto Ecuatoriano de Seguridad Social (IESS)");
    assertThat(cmiss.institutionsOf("DO")).isEmpty();
    assertThat(cmiss.institutions().keySet()).allMatch(c -> StandardAgreements.cmiss().effectiveFrom().containsKey(c));
  }

  @Test
  void theEuFollowsRegulation987AndCaricomIsNotSourced() {
    var eu = ClaimProcedures.of(StandardAgreements.eu()).orElseThrow();
    assertThat(eu.rule()).isEqualTo(ClaimProcedures.EU_RESIDENCE_OR_LAST_STATE);
    assertThat(eu.source()).contains("987/2009 art. 45(4)");
    assertThat(eu.institutionsOf("PT")).isNotEmpty();
    assertThat(eu.institutionsOf("EC")).isEmpty();
    assertThat(ClaimProcedures.of(StandardAgreements.caricom())).isEmpty();
    assertThat(ClaimProcedures.of(StandardAgreements.mercosur()).orElseThrow().institutions().keySet())
        .containsExactlyInAnyOrder("AR", "BR", "PY", "UY");
  }
}
