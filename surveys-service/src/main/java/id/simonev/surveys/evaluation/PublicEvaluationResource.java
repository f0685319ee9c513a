package id.simonev.surveys.evaluation;

import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.ratelimit.RateLimited;
import id.simonev.platform.ratelimit.RateLimits;
import id.simonev.surveys.link.PublicCode;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A program's questionnaire as front ends show it to participants and raters, through their single-use link. */
@Path("/api/v1/public/programs/{programId}/evaluations/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@RateLimited
@Tag(name = "Public evaluations", description = "For participants, alumni, supervisors and peers, without sign-in: "
        + "the questionnaire a single-use link opens, and its answer. The page /e/{token} does the same in plain "
        + "HTML. A link takes one answer (then 409), not after it expires or is replaced (410), and only for its "
        + "own program (404). Limited per client address and per link (simonev.rate-limit.limits.client-address "
        + "and .public-link): past a limit, 429 with Retry-After.")
public class PublicEvaluationResource {

    private final EvaluationAnswerService service;
    private final RateLimits rateLimits;

    PublicEvaluationResource(EvaluationAnswerService service, RateLimits rateLimits) {
        this.service = service;
        this.rateLimits = rateLimits;
    }

    @GET
    @Operation(summary = "The questionnaire of a single-use link")
    @APIResponse(responseCode = "200", description = "The questionnaire")
    @APIResponse(responseCode = "404", description = "The program issued no such link")
    @APIResponse(responseCode = "409", description = "The link was already used to answer")
    @APIResponse(responseCode = "410", description = "The link expired or was replaced by a newer one")
    public EvaluationForm form(@PathParam("programId") UUID programId, @PathParam("token") String token) {
        rateLimits.check(RateLimits.PUBLIC_LINK, PublicCode.normalise(token));
        return service.form(token, programId);
    }

    @POST
    @Operation(summary = "Answer the questionnaire, once",
            description = "Every section by its key, every item (but an optional one) by its code, on the scale. "
                    + "Emits EvaluationSubmitted, which carries no person.")
    @APIResponse(responseCode = "201", description = "Stored; the link is used up")
    @APIResponse(responseCode = "404", description = "The program issued no such link")
    @APIResponse(responseCode = "409", description = "The link was already used to answer")
    @APIResponse(responseCode = "410", description = "The link expired or was replaced by a newer one")
    public Response answer(@PathParam("programId") UUID programId, @PathParam("token") String token,
            @Valid @NotNull EvaluationAnswers answers,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey) {
        rateLimits.check(RateLimits.PUBLIC_LINK, PublicCode.normalise(token));
        return Response.status(Response.Status.CREATED)
                .entity(service.answer(token, programId, answers, idempotencyKey)).build();
    }
}
