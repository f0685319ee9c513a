package id.simonev.reporting;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.simonev.testing.ArchitectureRules;

@AnalyzeClasses(packages = "id.simonev.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule resourcesAreHttpOnly = ArchitectureRules.RESOURCES_ARE_HTTP_ONLY;

    @ArchTest
    static final ArchRule keepsToItself = ArchitectureRules.keepsToItself("reporting");
}
