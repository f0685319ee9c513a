package id.simonev.programs.serviceunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ServiceUnitRepository implements PanacheRepositoryBase<ServiceUnit, String> {
}
