package org.glossa;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The four layers of DESIGN.md, one direction: ui and cli use core and model, never each other. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.glossa");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Main").definedBy(com.tngtech.archunit.base.DescribedPredicate.describe("Main",
                        c -> c.getName().equals("org.glossa.Main")))
                .layer("UI").definedBy("org.glossa.ui..")
                .layer("CLI").definedBy("org.glossa.cli..")
                .layer("Core").definedBy("org.glossa.core..")
                .layer("Model").definedBy("org.glossa.model..")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("UI").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("CLI").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Core").mayOnlyBeAccessedByLayers("Main", "UI", "CLI")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Main", "UI", "CLI", "Core")
                .check(classes);
    }

    @Test
    void coreAndModelNeverTouchTheUiToolkit() {
        noClasses().that().resideInAnyPackage("org.glossa.core..", "org.glossa.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void modelDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("org.glossa.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.glossa.model..", "java..")
                .check(classes);
    }

    @Test
    void coreFeaturePackagesHaveNoCycles() {
        slices().matching("org.glossa.core.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void uiFeaturePackagesHaveNoCycles() {
        slices().matching("org.glossa.ui.(*)..").should().beFreeOfCycles().check(classes);
    }
}
