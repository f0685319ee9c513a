package id.simonev.surveys.evaluation;

import id.simonev.platform.export.ExportFormat;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.nip.Nip;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import id.simonev.surveys.link.QrCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/programs/{programId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluation links", description = "The single-use links of a program's questionnaires: reaction links "
        + "issued when it completes, post-training 360 links once its lag after the end has come, and links the "
        + "office issues by hand. The office sees to whom each went and whether it was used, never what was "
        + "answered.")
public class EvaluationLinkResource {

    private final EvaluationLinkService service;
    private final EvaluationLinkOverview overview;
    private final Caller caller;

    EvaluationLinkResource(EvaluationLinkService service, EvaluationLinkOverview overview, Caller caller) {
        this.service = service;
        this.overview = overview;
        this.caller = caller;
    }

    @GET
    @Path("evaluation-links")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The program's links, paged and filtered")
    @APIResponse(responseCode = "200", description = "One page of links")
    @APIResponse(responseCode = "404", description = "This service has not heard of the program")
    public Page<EvaluationLinkView> list(@PathParam("programId") UUID programId, @BeanParam LinkQuery query,
            @Valid @BeanParam PageRequest paging) {
        return overview.list(programId, query, paging, caller);
    }

    @POST
    @Path("evaluation-links")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Issue a link by hand",
            description = "A lost link again (the unused one it replaces stops working), a supervisor the register "
                    + "lacks, a peer by NIP, or an open peer link. Valid for the program's days from now.")
    @APIResponse(responseCode = "201", description = "Issued")
    @APIResponse(responseCode = "404", description = "This service has not heard of the program")
    @APIResponse(responseCode = "409", description = "The program is not completed, or the rater already answered")
    @APIResponse(responseCode = "422", description = "The participant or rater is not one the questionnaire takes")
    public Response issue(@PathParam("programId") UUID programId, @Valid @NotNull NewEvaluationLink link,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey) {
        return Response.status(Response.Status.CREATED).entity(service.issue(programId, link, caller, idempotencyKey))
                .build();
    }

    @GET
    @Path("evaluation-links/summary")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The response rate per questionnaire and role, and alumni without a supervisor link")
    @APIResponse(responseCode = "200", description = "The summary")
    @APIResponse(responseCode = "404", description = "This service has not heard of the program")
    public LinkSummary summary(@PathParam("programId") UUID programId) {
        return overview.summary(programId, caller);
    }

    @GET
    @Path("evaluation-links/export")
    @Produces({ExportFormat.CSV_MEDIA_TYPE, ExportFormat.XLSX_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Download the current links to mail-merge",
            description = "As XLSX (sheet Tautan) or CSV: questionnaire, role, recipient, about whom, link, code, "
                    + "valid until, status. NIPs are masked but for admins.")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "404", description = "This service has not heard of the program")
    public Response export(@PathParam("programId") UUID programId,
            @QueryParam("format") @DefaultValue("XLSX") @Parameter(description = "XLSX or CSV") ExportFormat format) {
        return overview.export(programId, caller).response(format);
    }

    @GET
    @Path("evaluation-links/{token}/qr.png")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The QR code of a link, as PNG")
    @APIResponse(responseCode = "200", description = "The QR code")
    @APIResponse(responseCode = "404", description = "The program has no such link")
    public byte[] qrPng(@PathParam("programId") UUID programId, @PathParam("token") String token,
            @QueryParam("scale") @DefaultValue("8") @Min(2) @Max(40)
            @Parameter(description = "Pixels per module of the code, 2 to 40") int scale) {
        return QrCode.png(overview.requireLink(programId, token, caller), scale);
    }

    @GET
    @Path("evaluation-links/{token}/qr.svg")
    @Produces({"image/svg+xml", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The QR code of a link, as SVG")
    @APIResponse(responseCode = "200", description = "The QR code")
    @APIResponse(responseCode = "404", description = "The program has no such link")
    public String qrSvg(@PathParam("programId") UUID programId, @PathParam("token") String token) {
        return QrCode.svg(overview.requireLink(programId, token, caller));
    }

    @GET
    @Path("participants/{nip}/post-training-raters")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Who rates a participant in the post-training 360, and their links")
    @APIResponse(responseCode = "200", description = "The raters")
    @APIResponse(responseCode = "404", description = "No such participant of the program")
    public PostTrainingRatersView raters(@PathParam("programId") UUID programId, @PathParam("nip") String nip) {
        return service.raters(programId, Nip.canonical(nip), caller);
    }

    @PUT
    @Path("participants/{nip}/post-training-raters")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Name a participant's supervisor, peers and open peer links for the post-training 360",
            description = "Before the 360 is issued they wait for it; after, the links they lack are issued at once.")
    @APIResponse(responseCode = "200", description = "The raters and their links")
    @APIResponse(responseCode = "404", description = "No such participant of the program")
    @APIResponse(responseCode = "409", description = "The participant withdrew or did not complete")
    @APIResponse(responseCode = "422", description = "A rater is not an active employee of the register")
    public PostTrainingRatersView setRaters(@PathParam("programId") UUID programId, @PathParam("nip") String nip,
            @Valid @NotNull PostTrainingRaters raters) {
        return service.setRaters(programId, Nip.canonical(nip), raters, caller);
    }
}
