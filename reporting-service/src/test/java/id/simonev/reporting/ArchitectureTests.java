package id.simonev.reporting;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.simonev.platform.validation.Display;
import id.simonev.testing.ArchitectureRules;

@AnalyzeClasses(packages = "id.simonev.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule resourcesAreHttpOnly = ArchitectureRules.RESOURCES_ARE_HTTP_ONLY;

    @ArchTest
    static final ArchRule keepsToItself = ArchitectureRules.keepsToItself("reporting");

    @ArchTest
    static final ArchRule evaluationRulesAreFrameworkFree = classes().that().resideInAPackage("..reporting.rule..")
            .should().onlyDependOnClassesThat(
                    resideInAnyPackage("java..", "..reporting.rule..", "org.apache.commons.math3..")
                            .or(equivalentTo(Display.class)))
            .because("every read model of the evaluation computes its figures with these rules, and their tests "
                    + "need no database");
}
