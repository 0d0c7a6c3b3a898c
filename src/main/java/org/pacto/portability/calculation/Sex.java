package org.pacto.portability.calculation;

/** Sex as recorded by the social-security institutions (some pension ages differ by it). */
public enum Sex {
  FEMALE,
  MALE
}
