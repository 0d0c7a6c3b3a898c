package org.pacto.practices.template;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of the practice template, in the order of the online form. Each row of the template
 * carries the field's stable key in its first cell, so reading a completed template never depends
 * on the language of the labels.
 */
public enum TemplateField {
    LANGUAGE("language", Kind.LANGUAGE, "practices.field.language"),
    TITLE("title", Kind.TEXT, "practices.field.title"),
    SUMMARY("summary", Kind.TEXT, "practices.field.summary"),
    DESCRIPTION("description", Kind.TEXT, "practices.field.description"),
    TYPE("type", Kind.TYPE, "practices.field.type"),
    LEVEL("level", Kind.LEVEL, "practices.field.level"),
    COUNTRIES("countries", Kind.COUNTRIES, "practices.field.countries"),
    LOCALITY("locality", Kind.TEXT, "practices.field.locality"),
    START_DATE("startDate", Kind.DATE, "practices.field.startDate"),
    END_DATE("endDate", Kind.DATE, "practices.field.endDate"),
    OBJECTIVES("objectives", Kind.OBJECTIVES, "practices.field.objectives"),
    PRINCIPLES("principles", Kind.PRINCIPLES, "practices.field.principles"),
    SDG_TARGETS("sdgTargets", Kind.SDG_TARGETS, "practices.field.sdgTargets"),
    THEMES("themes", Kind.THEMES, "practices.field.themes"),
    TARGET_POPULATION("targetPopulation", Kind.TEXT, "practices.field.targetPopulation"),
    RESULTS("results", Kind.TEXT, "practices.field.results"),
    MONITORING("monitoring", Kind.TEXT, "practices.field.monitoring"),
    LESSONS("lessons", Kind.TEXT, "practices.field.lessons"),
    REPLICATION("replication", Kind.TEXT, "practices.field.replication"),
    BUDGET("budget", Kind.TEXT, "practices.field.budget"),
    PARTNERS("partners", Kind.LINES, "practices.field.partners"),
    LINKS("links", Kind.LINKS, "practices.field.links"),
    CONTACT_NAME("contactName", Kind.TEXT, "practices.template.field.contactName"),
    CONTACT_EMAIL("contactEmail", Kind.EMAIL, "practices.template.field.contactEmail"),
    CONTACT_PHONE("contactPhone", Kind.TEXT, "practices.template.field.contactPhone");

    /** How an answer is read. */
    public enum Kind { TEXT, LANGUAGE, TYPE, LEVEL, COUNTRIES, DATE, OBJECTIVES, PRINCIPLES, SDG_TARGETS, THEMES,
        LINES, LINKS, EMAIL }

    private final String key;
    private final Kind kind;
    private final String labelKey;

    TemplateField(String key, Kind kind, String labelKey) {
        this.key = key;
        this.kind = kind;
        this.labelKey = labelKey;
    }

    /** The stable key written in the row's first cell (also the form's and the API's field name). */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The message key of the field's label. */
    public String labelKey() {
        return labelKey;
    }

    /** The message key of the guidance on what to write. */
    public String guidanceKey() {
        return "practices.template.guide." + key;
    }

    public static Optional<TemplateField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(TemplateField::key).toList();
    }
}
