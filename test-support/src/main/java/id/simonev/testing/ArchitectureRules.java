package id.simonev.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The boundaries every service keeps, checked by each service's ArchitectureTests. */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("programs", "surveys", "performance", "reporting");

    private ArchitectureRules() {
    }

    /** Resources do HTTP only: they reach data through services, never through repositories. */
    public static final ArchRule RESOURCES_ARE_HTTP_ONLY = noClasses()
            .that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("a resource maps HTTP to a service call; transactions and rules live in services");

    /** A service never uses another service's code: they learn about each other through events. */
    public static ArchRule keepsToItself(String service) {
        String[] others = SERVICES.stream().filter(other -> !other.equals(service))
                .map(other -> "id.simonev." + other + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage("id.simonev." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share events, not code or databases");
    }
}
