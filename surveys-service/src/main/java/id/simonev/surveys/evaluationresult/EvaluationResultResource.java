package id.simonev.surveys.evaluationresult;

import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programs/{programId}/evaluation-results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
@Tag(name = EvaluationResultResource.TAG, description = EvaluationResultResource.TAG_DESCRIPTION)
public class EvaluationResultResource {

    static final String TAG = "Evaluation results";
    static final String TAG_DESCRIPTION = "What programs' questionnaires say: per item n, mean, top-2-box and band "
            + "(4.21-5.00 Sangat Baik, 3.41-4.20 Baik, 2.61-3.40 Cukup, 1.81-2.60 Kurang Baik, 1.00-1.80 Tidak Baik), "
            + "overall means, trainers across programs, the post-training 360 per role. A figure drawn from fewer "
            + "than 3 respondents shows its count only.";

    private final EvaluationResultService programs;
    private final Caller caller;

    EvaluationResultResource(EvaluationResultService programs, Caller caller) {
        this.programs = programs;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "A program's reaction and post-training 360 results")
    @APIResponse(responseCode = "200", description = "The results")
    @APIResponse(responseCode = "404", description = "This service has not heard of the program")
    public ProgramEvaluationResult program(@PathParam("programId") UUID programId) {
        return programs.ofProgram(programId, caller);
    }
}
