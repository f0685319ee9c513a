package id.simonev.programs.region;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

    public boolean isRegistered(String code) {
        return count("code", code) > 0;
    }
}
