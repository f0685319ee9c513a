package id.simonev.programs;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import id.simonev.testing.ArchitectureRules;

@AnalyzeClasses(packages = "id.simonev.programs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule resourcesAreHttpOnly = ArchitectureRules.RESOURCES_ARE_HTTP_ONLY;

    @ArchTest
    static final ArchRule keepsToItself = ArchitectureRules.keepsToItself("programs");
}
