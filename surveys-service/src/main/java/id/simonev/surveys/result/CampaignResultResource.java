package id.simonev.surveys.result;

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

@Path("/api/v1/campaigns/{campaignId}/result")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaign results", description = "The SKM result of a campaign: n, each element's NRR and band, the "
        + "IKM with its grade and 95% interval, the weakest elements, the Krejcie-Morgan minimum sample and the "
        + "respondents' profile, computed from integer sums at full precision and rounded only for display.")
public class CampaignResultResource {

    private final SkmResultService service;
    private final Caller caller;

    CampaignResultResource(SkmResultService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The campaign's SKM result",
            description = "With N the yearly number of service users the campaign records. Before the first "
                    + "response: responses 0 and no index.")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    public CampaignResult result(@PathParam("campaignId") UUID campaignId) {
        return service.ofCampaign(campaignId, caller);
    }
}
