package org.pacto.portability.calculation;

import java.time.LocalDate;
import java.time.Period;

/** The insured person. */
public record Person(LocalDate birthDate, Sex sex) {

  public Period ageOn(LocalDate date) {
    return Period.between(birthDate, date);
  }
}
