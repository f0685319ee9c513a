package id.simonev.programs.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<Program, UUID> {

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
