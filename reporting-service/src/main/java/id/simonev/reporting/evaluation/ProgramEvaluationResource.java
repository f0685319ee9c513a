package id.simonev.reporting.evaluation;

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

/** A program's evaluation, read from the read model that events keep. */
@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Program evaluations", description = "Did a program work? Its evaluation, kept up to date from events")
public class ProgramEvaluationResource {

    private final ProgramEvaluationService service;
    private final Caller caller;

    ProgramEvaluationResource(ProgramEvaluationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("{programId}/evaluation")
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPERATOR})
    @Operation(summary = "Evaluation of a program",
            description = "Level 1 (reaction: the participants' rating of the delivery and of each trainer, "
                    + "item means, top-2-box and bands, figures only from 3 respondents, and the response rate), "
                    + "level 2 (learning: test scores with the mean paired difference and its 95% interval, "
                    + "normalized gain, completion, withdrawals), level 3 (behaviour: the post-training 360 per rater "
                    + "role with the self minus supervisor gap, and the participants' appraisal predicates before "
                    + "and after against a comparison group of their agencies' employees of the same position "
                    + "types, with the difference of the shares improved) and level 5 (worth: realised cost, cost "
                    + "per head, ROI and BCR from the office's benefit estimate). Every block names the rule it "
                    + "follows and the time of the latest event it includes (asOf). Level 4 (results) is not part of "
                    + "this answer yet.")
    @APIResponse(responseCode = "200", description = "The evaluation")
    @APIResponse(responseCode = "404", description = "Reporting has not received the program's plan")
    public ProgramEvaluation evaluation(@PathParam("programId") UUID programId) {
        return service.evaluate(programId, caller);
    }
}
