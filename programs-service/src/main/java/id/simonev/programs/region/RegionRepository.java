package id.simonev.programs.region;

import id.simonev.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    /** Refuses, with a 422 problem naming {@code field}, a region the register does not hold. */
    public void requireRegistered(String field, String code) {
        if (count("code", code) == 0) {
            throw ProblemException.unknownReference(field, "region " + code + " is not in the register");
        }
    }
}
