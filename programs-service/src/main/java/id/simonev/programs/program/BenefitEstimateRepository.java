package id.simonev.programs.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The benefit estimates of programs, current and earlier. */
@ApplicationScoped
public class BenefitEstimateRepository implements PanacheRepositoryBase<BenefitEstimate, UUID> {

    /** A program's estimates, earliest first: the last one is the current one. */
    List<BenefitEstimate> of(UUID programId) {
        return list("programId", Sort.ascending("number"), programId);
    }
}
