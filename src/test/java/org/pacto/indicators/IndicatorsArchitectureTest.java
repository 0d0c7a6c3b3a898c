package org.pacto.indicators;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only {@code indicators.data} talks to DuckDB: everything else goes through the Microdata interface. */
class IndicatorsArchitectureTest {

    @Test
    void onlyTheDataPackageUsesDuckDb() {
        noClasses().that().resideOutsideOfPackage("org.pacto.indicators.data..")
                .should().dependOnClassesThat().resideInAPackage("org.duckdb..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.pacto"));
    }
}
