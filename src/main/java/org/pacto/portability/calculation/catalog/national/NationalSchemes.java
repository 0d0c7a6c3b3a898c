package org.pacto.portability.calculation.catalog.national;

import java.util.List;
import org.pacto.portability.calculation.catalog.NationalScheme;

/** The national schemes of the standard catalog. */
public final class NationalSchemes {

  private NationalSchemes() {}

  public static List<NationalScheme> all() {
    return List.of(
        new Spain(), new Portugal(), new Ecuador(), new Colombia(), new Argentina(), new Chile(),
        new Peru(), new Uruguay(), new Paraguay(), new Brazil(), new Bolivia(), new ElSalvador(),
        new DominicanRepublic(), new CostaRica(), new Mexico());
  }
}
