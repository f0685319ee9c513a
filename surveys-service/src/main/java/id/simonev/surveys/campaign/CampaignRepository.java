package id.simonev.surveys.campaign;

import id.simonev.surveys.link.PublicCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, UUID> {

    public Optional<Campaign> findByPublicCode(String code) {
        return find("publicCode", code).firstResultOptional();
    }
}
