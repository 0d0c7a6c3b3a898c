package org.pacto.dialogue.domain;

import java.util.Arrays;
import java.util.Optional;
import org.pacto.platform.Coded;
import org.pacto.platform.CodedConverter;

/**
 * The mechanism's working tables (seed 003, note 3: "Mesa 1: Factores de la migración y rutas regulares; Mesa 2:
 * Gobernanza migratoria, salvar vidas y reintegración sostenible; Mesa 3: Inclusión; Mesa 4: Datos, información y
 * políticas basadas en evidencia"), which follow the thematic clusters of the International Migration Review Forum,
 * and the liaison table ("Mesa de Vinculación") that gathers the four tables' delegates and secretariat.
 */
public enum WorkingTable implements Coded {
    TABLE_1("table-1"),
    TABLE_2("table-2"),
    TABLE_3("table-3"),
    TABLE_4("table-4"),
    LIAISON("liaison");

    private final String code;
    WorkingTable(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<WorkingTable> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Column extends CodedConverter<WorkingTable> {
        Column() {
            super(WorkingTable.class);
        }
    }
}
