package id.simonev.programs.agency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {
}
