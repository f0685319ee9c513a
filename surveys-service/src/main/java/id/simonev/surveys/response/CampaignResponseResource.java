package id.simonev.surveys.response;

import id.simonev.platform.csv.ImportDocumentation;
import id.simonev.platform.csv.ImportOptions;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.export.ExportFormat;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.rest.Created;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{campaignId}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaign responses", description = "The answer sheets of a campaign: citizens' own, and paper forms "
        + "operators type in. Anonymous by construction: no name, phone or other field is accepted.")
public class CampaignResponseResource {

    private final SurveyResponseService service;
    private final PaperFormImport paperForms;
    private final Caller caller;

    CampaignResponseResource(SurveyResponseService service, PaperFormImport paperForms, Caller caller) {
        this.service = service;
        this.paperForms = paperForms;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Enter a paper form",
            description = "Into an OPEN or CLOSED campaign of a unit in your regions, dated within its period. "
                    + "Emits SurveyResponseSubmitted.")
    @APIResponse(responseCode = "201", description = "Stored")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    @APIResponse(responseCode = "409", description = "The campaign is still a DRAFT")
    public Response enter(@PathParam("campaignId") UUID campaignId, @Valid @NotNull NewSurveyResponse response,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        SurveyResponseView stored = service.enter(campaignId, response, caller, idempotencyKey);
        return Created.at(uri, stored.id(), stored);
    }

    @POST
    @Path("import")
    @Consumes(ImportDocumentation.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Enter paper forms from a CSV file, one row per form",
            description = ImportDocumentation.FILE_RULES + " Columns: surveyDate (or tanggal; 2026-03-31 or "
                    + "31/03/2026), one column per item of the campaign's instrument named by its code (U1 ... U9 and "
                    + "any extra question), and optionally gender (or jenis_kelamin: L/P), age (umur), education "
                    + "(pendidikan: SD, SMP, SMA, D1_D3_D4, S1, S2, S3), occupation (pekerjaan: PNS, TNI, POLRI, "
                    + "SWASTA, WIRAUSAHA, LAINNYA), serviceReceived (jenis_layanan), suggestion (saran). Each row is "
                    + "stored as a single form would be, emitting SurveyResponseSubmitted.")
    @APIResponse(responseCode = "200", description = "Stored, or with dryRun checked: how many")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    @APIResponse(responseCode = "409", description = "The campaign is still a DRAFT")
    @APIResponse(responseCode = "422", description = ImportDocumentation.INVALID_ROWS)
    public ImportSummary importForms(@PathParam("campaignId") UUID campaignId, byte[] file,
            @BeanParam ImportOptions options) {
        return paperForms.run(campaignId, file, options.dryRun, caller);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The campaign's responses, paged")
    @APIResponse(responseCode = "200", description = "One page of responses")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    public Page<SurveyResponseView> list(@PathParam("campaignId") UUID campaignId,
            @Valid @BeanParam PageRequest paging) {
        return service.list(campaignId, paging, caller);
    }

    @GET
    @Path("export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Download the campaign's responses",
            description = "As XLSX (sheet Jawaban: one row per response, one column per item, then the profile) or "
                    + "as CSV (the same table). Streamed: a campaign of any size downloads in the same memory. Text "
                    + "that a spreadsheet would read as a formula (starting with =, +, - or @) is neutralised.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    public Response export(@PathParam("campaignId") UUID campaignId,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX or CSV") ExportFormat format) {
        return service.export(campaignId, caller).response(format);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One response of the campaign")
    @APIResponse(responseCode = "200", description = "The response")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions, or no such response in it")
    public SurveyResponseView find(@PathParam("campaignId") UUID campaignId, @PathParam("id") UUID id) {
        return service.find(campaignId, id, caller);
    }
}
