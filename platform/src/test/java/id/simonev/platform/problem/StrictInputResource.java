package id.simonev.platform.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** A resource of the platform's tests only, read and answered as every service's resources are. */
@Path("/test/plans")
@PermitAll
public class StrictInputResource {

    enum Format { TRAINING, WORKSHOP }

    public record Session(LocalDate date, int jp) {
    }

    public record Plan(String title, Format format, LocalDate startDate, Integer capacity, Long plannedBudget,
                       List<Session> sessions) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Plan> list() {
        return List.of();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Plan create(@Valid Plan plan) {
        return plan;
    }

    @POST
    @Path("import")
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public int importCsv(String csv) {
        return csv.length();
    }
}
