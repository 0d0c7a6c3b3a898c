package org.pacto.portability.calculation;

/**
 * Kind of insurance period, in the order of precedence of Regulation (EC) 987/2009 art. 12:
 * compulsory over voluntary, real over credited (equivalent).
 */
public enum PeriodKind {
  COMPULSORY,
  VOLUNTARY,
  CREDITED
}
