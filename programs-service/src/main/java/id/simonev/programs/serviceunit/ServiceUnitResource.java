package id.simonev.programs.serviceunit;

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

@Path("/api/v1/service-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Register: service units", description = "Public-service units (unit layanan) of each agency. The CSV "
        + "import reads the columns code (kode, kode_unit), name (nama, nama_unit), agencyCode (kode_instansi) of an "
        + "active agency, and optionally yearlyServiceUsers (jumlah_pengguna_layanan). A known code takes the name "
        + "and yearly users of the file; a unit stays with its agency.")
public class ServiceUnitResource implements RegisterImportEndpoint {

    private final ServiceUnitService service;
    private final Caller caller;

    ServiceUnitResource(ServiceUnitService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Register a service unit of an agency",
            description = "Emits ServiceUnitRegistered on simonev.programs.v1.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ServiceUnitView.class)))
    @APIResponse(responseCode = "409", description = "A service unit with this code exists")
    @APIResponse(responseCode = "422", description = "The agency is not in the register or no longer active")
    public Response register(@Valid @NotNull NewServiceUnit unit,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        ServiceUnitView registered = service.register(unit, caller, idempotencyKey);
        return Created.at(uri, registered.code(), registered);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Change a service unit", description = "Emits ServiceUnitUpdated on simonev.programs.v1.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "Not in the register")
    public ServiceUnitView change(@PathParam("code") String code, @Valid @NotNull ServiceUnitChange change) {
        return service.change(code, change, caller);
    }

    @POST
    @Path("{code}/deactivation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Deactivate a service unit",
            description = "It stays for what refers to it but takes nothing new. Emits ServiceUnitUpdated.")
    @APIResponse(responseCode = "200", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "Not in the register")
    public ServiceUnitView deactivate(@PathParam("code") String code) {
        return service.deactivate(code, caller);
    }

    @Override
    public ImportSummary importCsv(byte[] file, ImportOptions options) {
        return service.importCsv(file, options.dryRun, caller);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One service unit")
    @APIResponse(responseCode = "200", description = "The service unit")
    @APIResponse(responseCode = "404", description = "No such service unit")
    public ServiceUnitView find(@PathParam("code") String code) {
        return service.find(code, caller);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Service units the caller may see, paged and filtered")
    @APIResponse(responseCode = "200", description = "One page of service units")
    public Page<ServiceUnitView> list(
            @QueryParam("region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
            @Parameter(description = "Kemendagri code; a province includes its kabupaten/kota") String region,
            @QueryParam("agency") @Parameter(description = "Code of the agency") String agency,
            @QueryParam("active") @Parameter(description = "true: active only; false: deactivated only") Boolean active,
            @Valid @BeanParam PageRequest paging) {
        return service.list(region, agency, active, paging, caller);
    }
}
