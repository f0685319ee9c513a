package id.simonev.surveys.skm;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SkmResponseRepository implements PanacheRepositoryBase<SkmResponse, UUID> {
}
