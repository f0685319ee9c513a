package id.simonev.programs.program;

import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's benefit estimate over HTTP: entered with {@code PUT}, read with its history with {@code GET}. */
@Path("/api/v1/programs/{id}/benefit-estimate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs: benefits", description = "The office's estimate of a program's benefits in rupiah, and how "
        + "it was estimated: what a program's ROI and BCR (level 5 of its evaluation) are computed from")
public class BenefitEstimateResource {

    private final BenefitEstimateService service;
    private final Caller caller;

    BenefitEstimateResource(BenefitEstimateService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    // Analysts, who otherwise only read, enter it too: the estimate is part of evaluating the program.
    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Estimate a program's benefits",
            description = "The estimate becomes the current one; the one it replaces stays in the history. Only a "
                    + "scheduled, running or completed program's. Emits BenefitEstimated on simonev.programs.v1; "
                    + "the same amount and method as the current estimate change and emit nothing.")
    @APIResponse(responseCode = "200", description = "The current estimate, with the estimates it replaced")
    @APIResponse(responseCode = "404", description = "No such program")
    @APIResponse(responseCode = "409", description = "The program is a draft or cancelled, which it names")
    public BenefitEstimateView estimate(@PathParam("id") UUID programId, @Valid @NotNull NewBenefitEstimate estimate) {
        return service.estimate(programId, estimate, caller);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "A program's benefit estimate, with the estimates it replaced",
            description = "current is null while the office has entered none.")
    @APIResponse(responseCode = "200", description = "The current estimate, with the estimates it replaced")
    @APIResponse(responseCode = "404", description = "No such program")
    public BenefitEstimateView find(@PathParam("id") UUID programId) {
        return service.find(programId, caller);
    }
}
