package org.pacto.dialogue.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelBalanceTest {

    @Test
    void threeCivilSocietyTwoNationalAndOneLocalMeetTheRule() {
        assertThat(PanelBalance.warnings(List.of("civil-society", "civil-society", "civil-society",
                "national-government", "national-government", "local-government"))).isEmpty();
    }

    @Test
    void eachShortSectorIsOneWarningWithMinimumAndFound() {
        // Seed 003's first panel: three national governments, no local government
        var warnings = PanelBalance.warnings(List.of("civil-society", "civil-society", "civil-society",
                "national-government", "national-government", "national-government"));
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("panel-short");
            assertThat(w.arguments()).containsExactly("local-government", 1, 0L);
        });
    }
}
