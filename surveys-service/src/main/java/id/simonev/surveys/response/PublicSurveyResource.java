package id.simonev.surveys.response;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The survey as front ends show it to citizens: anonymous, through the campaign's public code. */
@Path("/api/v1/public/surveys/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirementsSet
@RateLimited
@Tag(name = "Public surveys", description = "For citizens, without sign-in: an open campaign's questionnaire and "
        + "the answer to it, through the campaign's public code. The page /s/{code} does the same in plain HTML. "
        + "Limited per client address and per campaign (simonev.rate-limit.limits.client-address and .public-link): "
        + "past a limit, 429 with Retry-After.")
public class PublicSurveyResource {

    private final SurveyResponseService service;
    private final RateLimits rateLimits;

    PublicSurveyResource(SurveyResponseService service, RateLimits rateLimits) {
        this.service = service;
        this.rateLimits = rateLimits;
    }

    @GET
    @Operation(summary = "The questionnaire of an open survey")
    @APIResponse(responseCode = "200", description = "The questionnaire")
    @APIResponse(responseCode = "404", description = "No survey has this code")
    public Questionnaire questionnaire(@PathParam("code") String code) {
        rateLimits.check(RateLimits.PUBLIC_LINK, PublicCode.normalise(code));
        return service.questionnaire(code);
    }

    @POST
    @Path("responses")
    @Operation(summary = "Answer the survey",
            description = "Only while the campaign is open and within its dates. Emits SurveyResponseSubmitted.")
    @APIResponse(responseCode = "201", description = "Stored; thank you")
    @APIResponse(responseCode = "404", description = "No survey has this code")
    @APIResponse(responseCode = "409", description = "The survey is closed, has not started or has ended")
    public Response answer(@PathParam("code") String code, @Valid @NotNull NewSurveyResponse response,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey) {
        rateLimits.check(RateLimits.PUBLIC_LINK, PublicCode.normalise(code));
        return Response.status(Response.Status.CREATED).entity(service.answer(code, response, idempotencyKey)).build();
    }
}
