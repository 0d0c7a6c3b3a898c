package org.pacto;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** House rules that the compiler does not check. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pacto");

    /** Calculation cores stay plain Java so they can be tested and reused without a container. */
    @Test
    void calculationCoresUseNoFrameworkTypes() {
        noClasses().that().resideInAPackage("..calculation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "org.hibernate..", "tools.jackson..", "com.fasterxml..", "org.pacto.platform..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void namesComeFromTheDomain() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .check(classes);
    }

    /** Entities are write models; the web layer answers with its own records. */
    @Test
    void webLayersDoNotReturnEntities() {
        noClasses().that().resideInAPackage("..web..").and().areAnnotatedWith(
                        org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(classes);
    }

    @Test
    void modulesDoNotUseJdbcTemplateDirectly() {
        classes().that().resideInAPackage("org.pacto..").should().notBeAssignableTo(
                org.springframework.jdbc.core.JdbcTemplate.class).check(classes);
    }
}
