package id.simonev.performance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.simonev.testing.ArchitectureRules;

@AnalyzeClasses(packages = "id.simonev.performance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule resourcesAreHttpOnly = ArchitectureRules.RESOURCES_ARE_HTTP_ONLY;

    @ArchTest
    static final ArchRule keepsToItself = ArchitectureRules.keepsToItself("performance");

    @ArchTest
    static final ArchRule capaianIsFrameworkFree = classes().that().resideInAPackage("..performance.capaian..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..performance.capaian..")
            .because("every report computes capaian with these rules, and their tests need no database");

    @ArchTest
    static final ArchRule predicateIsFrameworkFree = classes().that().resideInAPackage("..performance.predicate..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..performance.predicate..")
            .because("the predicate is the regulation's table, tested cell by cell without a database");
}
