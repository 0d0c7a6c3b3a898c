package org.pacto.mobility.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The diagnostic of occupations whose demand is expected to grow (seed 001, line 2, action 2). The regional
 * entries come from the areas named in the plan's note 8 (eco-technologies, electric mobility, care of children
 * and older people, technological agriculture, sustainable construction); the ISCO-08 unit group given to each
 * area is Pacto's reading of the note, not the plan's, and says so on the page. Countries add their own through
 * the secretariat.
 */
@Component
public class OccupationsInDemand {

    static final String SOURCE = "CRM, Plan de Acción Regional sobre Movilidad Laboral, línea 2, acción 2 y nota 8";
    /** The plan sets an initial horizon of five years ("Gradualidad"). */
    static final String HORIZON = "5";

    /** @param country ISO code, or null for the whole region of the Regional Conference on Migration */
    public record Entry(@Nullable String country, String area, String occupation, String horizonYears, String trend,
                       String source, String sourceDate, boolean mappedByPacto) {
    }

    /** The member countries of the Regional Conference on Migration (seed 001, footnote 2). */
    public static final List<String> CRM_COUNTRIES = List.of("BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI",
            "PA", "DO");

    private static final List<Entry> ENTRIES = List.of(
            regional("eco-technologies", "7411"),
            regional("eco-technologies", "7127"),
            regional("eco-technologies", "3113"),
            regional("electric-mobility", "7412"),
            regional("electric-mobility", "7231"),
            regional("child-care", "5311"),
            regional("elderly-care", "5322"),
            regional("elderly-care", "5321"),
            regional("technological-agriculture", "3142"),
            regional("technological-agriculture", "8341"),
            regional("sustainable-construction", "3112"),
            regional("sustainable-construction", "7124"));

    private static Entry regional(String area, String occupation) {
        return new Entry(null, area, occupation, HORIZON, "growing", SOURCE, "2023", true);
    }

    /** Entries for a country (its own and the regional ones when it is a member) or, for blank, all. */
    public List<Entry> forCountry(String country) {
        if (country.isBlank()) {
            return ENTRIES;
        }
        return ENTRIES.stream().filter(e -> country.equals(e.country())
                || (e.country() == null && CRM_COUNTRIES.contains(country))).toList();
    }

    public List<String> areas() {
        return ENTRIES.stream().map(Entry::area).distinct().toList();
    }
}
