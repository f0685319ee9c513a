package id.simonev.programs.region;

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
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Register: regions", description = "Provinces and kabupaten/kota, by Kemendagri code. The CSV import "
        + "(Kemendagri's code list) reads the columns code (kode, kode_wilayah) and name (nama, nama_wilayah); 73 is "
        + "a province, 73.71 a kabupaten/kota whose province must be registered or in the same file. A known code is "
        + "renamed.")
public class RegionResource implements RegisterImportEndpoint {

    private final RegionService service;
    private final Caller caller;

    RegionResource(RegionService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Register a province or kabupaten/kota",
            description = "An operator registers only codes its token covers. Emits RegionRegistered on "
                    + "simonev.programs.v1.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = RegionView.class)))
    @APIResponse(responseCode = "409", description = "A region with this code exists")
    @APIResponse(responseCode = "422", description = "The province of this kabupaten/kota is not in the register")
    public Response register(@Valid @NotNull NewRegion region,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        RegionView registered = service.register(region, caller, idempotencyKey);
        return Created.at(uri, registered.code(), registered);
    }

    @PUT
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Rename a region", description = "Emits RegionUpdated on simonev.programs.v1 when the name "
            + "changes.")
    @APIResponse(responseCode = "200", description = "Renamed")
    @APIResponse(responseCode = "404", description = "No such region")
    public RegionView rename(@PathParam("code") String code, @Valid @NotNull RegionChange change) {
        return service.rename(code, change, caller);
    }

    @Override
    public ImportSummary importCsv(byte[] file, ImportOptions options) {
        return service.importCsv(file, options.dryRun, caller);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One region")
    @APIResponse(responseCode = "200", description = "The region")
    @APIResponse(responseCode = "404", description = "No such region")
    public RegionView find(@PathParam("code") String code) {
        return service.find(code);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Regions, paged and filtered", description = "Every role sees every region: the code list "
            + "is public.")
    @APIResponse(responseCode = "200", description = "One page of regions")
    public Page<RegionView> list(
            @QueryParam("level") @Parameter(description = "PROVINCE or KABUPATEN_KOTA") RegionLevel level,
            @QueryParam("parent") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
            @Parameter(description = "The province whose kabupaten/kota to list") String parent,
            @QueryParam("name") @Size(max = 200)
            @Parameter(description = "Part of the name, in any case, e.g. makassar") String name,
            @Valid @BeanParam PageRequest paging) {
        return service.list(level, parent, name, paging);
    }
}
