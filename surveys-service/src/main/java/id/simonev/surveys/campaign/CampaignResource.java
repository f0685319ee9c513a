package id.simonev.surveys.campaign;

import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.rest.Created;
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

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "SKM campaigns: an instrument version applied to one service unit for a "
        + "period, moving DRAFT -> OPEN -> CLOSED. An open campaign has a public code, a link and a QR code "
        + "citizens answer through.")
public class CampaignResource {

    private final CampaignService service;
    private final Caller caller;

    CampaignResource(CampaignService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Set up a campaign, as a DRAFT")
    @APIResponse(responseCode = "201", description = "Set up")
    @APIResponse(responseCode = "422",
            description = "The unit or instrument version is unknown, inactive or not usable")
    public Response create(@Valid @NotNull NewCampaign campaign,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        CampaignView created = service.create(campaign, caller, idempotencyKey);
        return Created.at(uri, created.id(), created);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Campaigns the caller may see, paged and filtered")
    @APIResponse(responseCode = "200", description = "One page of campaigns")
    public Page<CampaignView> list(@Valid @BeanParam CampaignQuery query, @Valid @BeanParam PageRequest paging) {
        return service.list(query, paging, caller);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One campaign")
    @APIResponse(responseCode = "200", description = "The campaign")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    public CampaignView find(@PathParam("id") UUID id) {
        return service.find(id, caller);
    }

    @GET
    @Path("{id}/qr.png")
    @Produces({"image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The QR code of the campaign's link, as PNG, for the counter and the printed form")
    @APIResponse(responseCode = "200", description = "The QR code")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    @APIResponse(responseCode = "409", description = "The campaign has no link until it opens")
    public byte[] qrPng(@PathParam("id") UUID id,
            @QueryParam("scale") @DefaultValue("8") @Min(2) @Max(40)
            @Parameter(description = "Pixels per module of the code, 2 to 40") int scale) {
        return QrCode.png(service.requireLink(id, caller), scale);
    }

    @GET
    @Path("{id}/qr.svg")
    @Produces({"image/svg+xml", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The QR code of the campaign's link, as SVG, to print at any size")
    @APIResponse(responseCode = "200", description = "The QR code")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    @APIResponse(responseCode = "409", description = "The campaign has no link until it opens")
    public String qrSvg(@PathParam("id") UUID id) {
        return QrCode.svg(service.requireLink(id, caller));
    }

    @POST
    @Path("{id}/open")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Open a DRAFT campaign to citizens", description = "Gives it its public code and link. "
            + "Emits CampaignOpened.")
    @APIResponse(responseCode = "200", description = "Opened")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    @APIResponse(responseCode = "409", description = "The campaign is not a DRAFT")
    public CampaignView open(@PathParam("id") UUID id) {
        return service.open(id, caller);
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Close an OPEN campaign",
            description = "Its link takes no more answers. Emits CampaignClosed.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "404", description = "No such campaign in your regions")
    @APIResponse(responseCode = "409", description = "The campaign is not OPEN")
    public CampaignView close(@PathParam("id") UUID id) {
        return service.close(id, caller);
    }
}
