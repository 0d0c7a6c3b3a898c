package org.pacto.portability.calculation.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Branches of social security an agreement may cover, with their API codes. */
public enum Branch {
  OLD_AGE("old-age"),
  INVALIDITY("invalidity"),
  SURVIVORS("survivors"),
  WORK_INJURY("work-injury"),
  HEALTH_CARE("health-care"),
  FAMILY("family"),
  UNEMPLOYMENT("unemployment");

  private final String code;

  Branch(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Branch> fromCode(String code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
  }
}
