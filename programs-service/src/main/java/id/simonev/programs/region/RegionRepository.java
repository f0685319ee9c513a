package id.simonev.programs.region;

import id.simonev.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    /** Refuses, with a 422 problem naming {@code field}, a region the register does not hold. */
    public void requireRegistered(String field, String code) {
        if (count("code", code) == 0) {
            throw notRegistered(field, code);
        }
    }

    /** The 422 problem for a reference through {@code field} to a region the register does not hold. */
    public static ProblemException notRegistered(String field, String code) {
        return ProblemException.unknownReference(field, "region " + code + " is not in the register");
    }

    /** Which of {@code codes} the register holds, in one query (there are a few hundred regions at most). */
    public Set<String> registeredAmong(Collection<String> codes) {
        if (codes.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(getEntityManager()
                .createQuery("select code from Region where code in ?1", String.class)
                .setParameter(1, Set.copyOf(codes))
                .getResultList());
    }
}
