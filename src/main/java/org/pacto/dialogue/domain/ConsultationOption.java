package org.pacto.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An option of a consultation: a stable key, its label, and the GCM objectives it is about. */
@Embeddable
public class ConsultationOption {

    @Column(name = "key")
    private String key;
    private String label;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "int[]")
    private Integer[] objectives = {};

    protected ConsultationOption() {
        this.key = "";
        this.label = "";
    }

    ConsultationOption(String key, String label, List<Integer> objectives) {
        this.key = key;
        this.label = label;
        this.objectives = objectives.toArray(Integer[]::new);
    }

    public String key() { return key; }
    public String label() { return label; }
    public List<Integer> objectives() { return Arrays.asList(objectives); }
}
