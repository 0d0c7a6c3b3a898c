package org.pacto.portability.calculation.catalog;

/** How an agreement chooses between the independent (national) and the pro-rata benefit. */
public enum ChoiceRule {
  /** The higher of the independent and the pro-rata amount is paid (e.g. Reg. 883/2004 art. 52(3)). */
  HIGHER_OF_INDEPENDENT_AND_PRO_RATA,
  /**
   * The independent amount is paid whenever national periods alone give entitlement; the pro-rata
   * amount only otherwise (e.g. CMISS art. 13.1).
   */
  INDEPENDENT_IF_ENTITLED_ALONE
}
