package id.simonev.programs.agency;

import id.simonev.platform.csv.ImportOptions;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.region.RegionCode;
import id.simonev.platform.rest.Created;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import id.simonev.programs.register.RegisterImportEndpoint;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Register: agencies", description = "Agencies (instansi / OPD) of each region. The CSV import reads the "
        + "columns code (kode, kode_instansi), name (nama, nama_instansi) and regionCode (region, kode_wilayah). A "
        + "known code is renamed; an agency stays in its region.")
public class AgencyResource implements RegisterImportEndpoint {

    private final AgencyService service;
    private final Caller caller;

    AgencyResource(AgencyService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Register an agency", description = "Emits AgencyRegistered on simonev.programs.v1.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = AgencyView.class)))
    @APIResponse(responseCode = "409", description = "An agency with this code exists")
    @APIResponse(responseCode = "422", description = "The region is not in the register")
    public Response register(@Valid @NotNull NewAgency agency,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        AgencyView registered = service.register(agency, caller, idempotencyKey);
        return Created.at(uri, registered.code(), registered);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Change an agency", description = "Emits AgencyUpdated on simonev.programs.v1.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such agency")
    public AgencyView change(@PathParam("code") String code, @Valid @NotNull AgencyChange change) {
        return service.change(code, change, caller);
    }

    @POST
    @Path("{code}/deactivation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Deactivate an agency",
            description = "It stays for what refers to it but takes nothing new. Emits AgencyUpdated.")
    @APIResponse(responseCode = "200", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "No such agency")
    public AgencyView deactivate(@PathParam("code") String code) {
        return service.deactivate(code, caller);
    }

    @Override
    public ImportSummary importCsv(byte[] file, ImportOptions options) {
        return service.importCsv(file, options.dryRun, caller);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One agency")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "404", description = "No such agency")
    public AgencyView find(@PathParam("code") String code) {
        return service.find(code, caller);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Agencies the caller may see, paged and filtered")
    @APIResponse(responseCode = "200", description = "One page of agencies")
    public Page<AgencyView> list(
            @QueryParam("region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
            @Parameter(description = "Kemendagri code; a province includes its kabupaten/kota") String region,
            @QueryParam("active") @Parameter(description = "true: active only; false: deactivated only") Boolean active,
            @Valid @BeanParam PageRequest paging) {
        return service.list(region, active, paging, caller);
    }
}
