package org.pacto.dialogue.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pacto.dialogue.calculation.AnonymityCheck.Text;

class AnonymityCheckTest {

    private static List<AnonymityCheck.Occurrence> check(String text, String... names) {
        return AnonymityCheck.check(List.of(new Text("text", text)), List.of(names));
    }

    @Test
    void aNameIsFoundWhateverItsCaseAndAccents() {
        var found = check("Según JOSE perez, y también según José Pérez.", "José Pérez");
        assertThat(found).extracting(AnonymityCheck.Occurrence::found).containsExactly("JOSE perez", "José Pérez");
        assertThat(found.getFirst().start()).isEqualTo("Según ".length());
        assertThat(found.getFirst().name()).isEqualTo("José Pérez");
    }

    @Test
    void aWrittenWithoutAccentsNameFindsTheAccentedText() {
        assertThat(check("La Fundación Andina propuso…", "fundacion andina")).hasSize(1);
    }

    @Test
    void partsOfLongerWordsAreNotMatched() {
        assertThat(check("Anabel y mañana; la ANAlítica.", "Ana")).isEmpty();
        assertThat(check("Habló Ana, luego Ana.", "Ana")).hasSize(2);
    }

    @Test
    void anyRunOfSpacesBetweenTheWordsOfANameMatches() {
        assertThat(check("La Red   de\nMujeres propuso", "Red de Mujeres")).singleElement()
                .satisfies(o -> assertThat(o.found()).isEqualTo("Red   de\nMujeres"));
    }

    @Test
    void veryShortNamesAreNotSearched() {
        assertThat(check("El PE y la ONU", "PE")).isEmpty();
    }

    @Test
    void eachTextIsNamedInItsOccurrences() {
        var found = AnonymityCheck.check(List.of(new Text("text", "nada"),
                new Text("recommendations[1].text", "Como dijo Rosa Quispe")), List.of("Rosa Quispe", "Otra Gente"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.field()).isEqualTo("recommendations[1].text");
            assertThat(o.start()).isEqualTo(10);
            assertThat(o.end()).isEqualTo(21);
        });
    }

    @Test
    void aTextNamingNoOneIsClean() {
        assertThat(check("Garantizar el acceso a servicios básicos.", "María López", "Asociación Sol")).isEmpty();
    }
}
