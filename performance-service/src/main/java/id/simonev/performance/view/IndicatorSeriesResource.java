package id.simonev.performance.view;

import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators/{id}/series")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance")
public class IndicatorSeriesResource {

    private final PerformanceViews views;
    private final Caller caller;

    IndicatorSeriesResource(PerformanceViews views, Caller caller) {
        this.views = views;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "An indicator's periods of a year with target, realisation and capaian, and the year's "
            + "capaian by its declared aggregation")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "404", description = "No such indicator in your regions")
    public IndicatorSeries series(@PathParam("id") UUID id,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) @Parameter(example = "2026") Integer year) {
        return views.series(id, year, caller);
    }
}
