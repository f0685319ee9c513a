package id.simonev.surveys.result;

import id.simonev.platform.export.ExportFormat;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    @GET
    @Path("export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Download the campaign's result table",
            description = "As XLSX: the sheet IKM (each element's NRR, weighted NRR, 95% interval and band, then the "
                    + "IKM with its interval, mutu and kinerja), the sheet Profil (respondents per category) and the "
                    + "sheet Jawaban (every response); as CSV: the IKM table. Streamed, with text that a spreadsheet "
                    + "would read as a formula neutralised.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    public Response export(@PathParam("campaignId") UUID campaignId,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX or CSV") ExportFormat format) {
        return service.exportOf(campaignId, caller).response(format);
    }
}
