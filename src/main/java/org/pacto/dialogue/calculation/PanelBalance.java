package org.pacto.dialogue.calculation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seed 003's panels combined civil society with national and local governments ("panelistas expertos/as tanto de
 * gobiernos como del Mecanismo"); issue 11 takes from it the rule of at least three civil-society speakers, two of
 * national governments and one of a local government per session. The rule is checked and warned about, never
 * enforced: each shortfall is one warning (step) with the sector, the minimum and the number found.
 */
public final class PanelBalance {

    static final String SOURCE = "Seed 003 (panels, section a); issue 11";
    /** Minimum speakers per sector (moderators not counted). */
    public static final Map<String, Integer> MINIMUM = Map.of("civil-society", 3, "national-government", 2,
            "local-government", 1);

    private PanelBalance() {
    }

    /** @param speakerSectors the sector of each speaker of one session (moderator excluded) */
    public static List<Step> warnings(List<String> speakerSectors) {
        List<Step> warnings = new ArrayList<>();
        for (String sector : List.of("civil-society", "national-government", "local-government")) {
            long found = speakerSectors.stream().filter(sector::equals).count();
            int minimum = MINIMUM.get(sector);
            if (found < minimum) {
                warnings.add(Step.of("panel-short", SOURCE, sector, minimum, found));
            }
        }
        return List.copyOf(warnings);
    }
}
