package id.simonev.platform.ratelimit;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/** A public operation of the platform's tests only, rate-limited as a service's survey link is. */
@Path("/test/links")
@PermitAll
public class PublicAnswerResource {

    private final RateLimits rateLimits;

    PublicAnswerResource(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_PLAIN)
    @SecurityRequirementsSet
    @RateLimited
    @APIResponse(responseCode = "200", description = "The link's code")
    @APIResponse(responseCode = "404", description = "No such link")
    public String follow(@PathParam("code") String code) {
        rateLimits.check(RateLimits.PUBLIC_LINK, code);
        return code;
    }
}
