package org.pacto;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

    /** Issue 17: on a cluster every node fires each schedule; only ScheduledWork makes one of them run it. */
    @Test
    void scheduledWorkRunsOncePerCluster() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .should().beDeclaredInClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "hand their work to platform.ScheduledWork",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getDirectDependenciesFromSelf().stream()
                                .anyMatch(d -> d.getTargetClass().isEquivalentTo(org.pacto.platform.ScheduledWork.class))))
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

    /**
     * SQL goes through {@code JdbcClient} (reports) or JPA (write models). The former rule asked that no class
     * <em>be</em> a JdbcTemplate, which no class is; this one refuses any class that <em>uses</em> one.
     */
    static final ArchRule NO_JDBC_TEMPLATE = noClasses().that().resideInAPackage("org.pacto..")
            .should().dependOnClassesThat().areAssignableTo(org.springframework.jdbc.core.JdbcOperations.class)
            .orShould().dependOnClassesThat().areAssignableTo(
                    org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations.class)
            .because("modules use JdbcClient or JPA (docs/CONVENTIONS.md, Persistence)");

    @Test
    void modulesDoNotUseJdbcTemplateDirectly() {
        NO_JDBC_TEMPLATE.check(classes);
    }

    /** The rule is not vacuous: it fails on classes that use either template. */
    @Test
    void theJdbcTemplateRuleCatchesUse() {
        var importer = new ClassFileImporter();
        assertThatThrownBy(() -> NO_JDBC_TEMPLATE.check(importer.importClasses(JdbcTemplateFixtures.Queries.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("JdbcTemplate");
        assertThatThrownBy(() -> NO_JDBC_TEMPLATE.check(importer.importClasses(JdbcTemplateFixtures.NamedQueries.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("NamedParameterJdbcTemplate");
        NO_JDBC_TEMPLATE.check(importer.importClasses(JdbcTemplateFixtures.ClientQueries.class));
    }
}
