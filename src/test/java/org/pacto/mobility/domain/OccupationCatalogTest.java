package org.pacto.mobility.domain;

import org.junit.jupiter.api.Test;
import org.pacto.mobility.Occupation;
import org.pacto.platform.Language;

import static org.assertj.core.api.Assertions.assertThat;

class OccupationCatalogTest {

    private final OccupationCatalog catalog = new OccupationCatalog();

    @Test
    void theWholeClassificationIsShippedInItsFourLevels() {
        assertThat(catalog.all()).hasSize(619);
        assertThat(catalog.all().stream().filter(Occupation::unitGroup)).hasSize(436);
        assertThat(catalog.all().stream().filter(o -> o.level() == 1)).hasSize(10);
        assertThat(catalog.isUnitGroup("2221")).isTrue();
        assertThat(catalog.isUnitGroup("222")).isFalse();
        assertThat(catalog.isUnitGroup("9999")).isFalse();
    }

    @Test
    void searchIgnoresAccentsAndCaseInEveryLanguage() {
        assertThat(codes("enfermeria")).contains("2221");
        assertThat(codes("ENFERMERÍA")).contains("2221");
        assertThat(codes("nursing professionals")).containsExactly("2221", "3221");
        assertThat(codes("macons")).contains("7112");
        assertThat(codes("pedreiros")).contains("7112");
        assertThat(codes("cuidados pessoais domicilio")).contains("5322");
        assertThat(codes("2221")).containsExactly("2221");
        assertThat(codes("")).isEmpty();
    }

    @Test
    void unitGroupsComeFirstAndGroupsCanBeExcluded() {
        var all = catalog.search("enfermeria", false);
        assertThat(all.getFirst().unitGroup()).isTrue();
        assertThat(all).anyMatch(o -> !o.unitGroup());
        assertThat(catalog.search("enfermeria", true)).allMatch(Occupation::unitGroup);
    }

    @Test
    void titlesFollowTheLanguageAndAMissingPortugueseTitleIsFlagged() {
        var nurse = catalog.find("2221").orElseThrow();
        assertThat(nurse.title(Language.EN)).isEqualTo("Nursing professionals");
        assertThat(nurse.title(Language.ES)).isEqualTo("Profesionales de enfermería");
        assertThat(nurse.title(Language.PT)).isEqualTo("Profissionais de enfermagem");
        assertThat(nurse.translated(Language.PT)).isTrue();
        var major = catalog.find("2").orElseThrow();
        assertThat(major.translated(Language.PT)).isFalse();
        assertThat(major.title(Language.PT)).isEqualTo(major.title(Language.ES));
    }

    private java.util.List<String> codes(String query) {
        return catalog.search(query, true).stream().map(Occupation::code).toList();
    }
}
