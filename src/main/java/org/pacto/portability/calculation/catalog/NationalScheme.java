package org.pacto.portability.calculation.catalog;

/** A country's versioned old-age parameters. */
public interface NationalScheme {

  /** ISO 3166-1 alpha-2 code. */
  String country();

  /** ISO 4217 currency in which the scheme pays. */
  String currency();

  /** The rule version applying to the query; parts that could not be sourced are listed as missing. */
  NationalRule ruleFor(RuleQuery query);
}
