package id.simonev.reporting.evaluation;

import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import id.simonev.reporting.rule.PeriodType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's evaluation, read from the read model that events keep. */
@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Program evaluations", description = "Did a program work? Its evaluation, kept up to date from events")
public class ProgramEvaluationResource {

    private static final int MAX_PERIODS = 12;

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
                    + "types, with the difference of the shares improved), level 4 (results: each expected outcome's "
                    + "indicator capaian or unit IKM in the windows before and after the program against the "
                    + "comparison group, with the difference in differences; the windows can be set) and level 5 "
                    + "(worth: realised cost, cost per head, ROI and BCR from the office's benefit estimate). Every "
                    + "block names the rule it follows and the time of the latest event it includes (asOf).")
    @APIResponse(responseCode = "200", description = "The evaluation")
    @APIResponse(responseCode = "404", description = "Reporting has not received the program's plan")
    @APIResponse(responseCode = "400", description = "A window parameter out of its range, named")
    public ProgramEvaluation evaluation(
            @PathParam("programId") UUID programId,
            @QueryParam("periods") @Min(1) @Max(MAX_PERIODS)
            @Parameter(description = "Level 4: periods in each window (1-12); 2 unless given") Integer periods,
            @QueryParam("lagPeriods") @Min(0) @Max(MAX_PERIODS)
            @Parameter(description = "Level 4: periods skipped after the period containing the program's end before "
                    + "the window after starts (0-12); 0 unless given") Integer lagPeriods,
            @QueryParam("ikmPeriodType")
            @Parameter(description = "Level 4: the period type of IKM windows (MONTH, QUARTER, SEMESTER, YEAR); "
                    + "QUARTER unless given") PeriodType ikmPeriodType) {
        ResultsLevel.WindowSettings defaults = ProgramResultsService.DEFAULT_WINDOWS;
        return service.evaluate(programId, new ResultsLevel.WindowSettings(
                Objects.requireNonNullElse(periods, defaults.periods()),
                Objects.requireNonNullElse(lagPeriods, defaults.lagPeriods()),
                Objects.requireNonNullElse(ikmPeriodType, defaults.ikmPeriodType())), caller);
    }
}
