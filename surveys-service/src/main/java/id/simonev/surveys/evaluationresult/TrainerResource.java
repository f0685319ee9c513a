package id.simonev.surveys.evaluationresult;

import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/trainers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
@Tag(name = EvaluationResultResource.TAG, description = EvaluationResultResource.TAG_DESCRIPTION)
public class TrainerResource {

    private final TrainerResultService trainers;
    private final Caller caller;

    TrainerResource(TrainerResultService trainers, Caller caller) {
        this.trainers = trainers;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Trainers who taught programs in your regions, by name")
    @APIResponse(responseCode = "200", description = "One page of trainers")
    public Page<TrainerSummary> trainers(
            @QueryParam("name") @Size(max = 200) @Parameter(description = "Part of the name") String name,
            @Valid @BeanParam PageRequest paging) {
        return trainers.list(name, paging, caller);
    }

    @GET
    @Path("{trainerId}/results")
    @Operation(summary = "How participants rated a trainer, across the programs of your regions they taught")
    @APIResponse(responseCode = "200", description = "The trainer's results")
    @APIResponse(responseCode = "404", description = "No such trainer of a program in your regions")
    public TrainerResult trainer(@PathParam("trainerId") UUID trainerId) {
        return trainers.of(trainerId, caller);
    }
}
