package id.simonev.programs.employee;

import id.simonev.platform.csv.ImportOptions;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.nip.ValidNip;
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

@Path("/api/v1/employees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Register: employees", description = "Civil servants (ASN) of each agency, by NIP. The CSV import reads "
        + "a personnel system's export: the columns nip (18 digits, or grouped as 19671110 199203 1 001), name "
        + "(nama), gender (jenis_kelamin, jk: L, P, Laki-laki, Perempuan; must agree with the NIP), agencyCode "
        + "(kode_instansi) of an active agency, status (status_kepegawaian: PNS, PPPK) and optionally position "
        + "(jabatan), positionType (jenis_jabatan: JPT, Administrator, Pengawas, Pelaksana, Fungsional; also "
        + "Jabatan Pimpinan Tinggi, Fungsional Umum for Pelaksana, Fungsional Tertentu for Fungsional), rank "
        + "(golongan: I/a to IV/e for a PNS, I to XVII for a PPPK, in any case) and supervisorNip (nip_atasan, "
        + "atasan_langsung: the NIP of the atasan langsung, registered or another row of the same file, in any "
        + "order). A known NIP takes the values of the file; another agency is a transfer; a file without the "
        + "column positionType, rank or supervisorNip leaves what the register holds of it.")
public class EmployeeResource implements RegisterImportEndpoint {

    static final String REFUSED_REFERENCE = "The agency or the supervisor is not in the register or no longer "
            + "active (unknown-reference), or the supervisor answers to this employee, directly or through others "
            + "(unprocessable)";

    private final EmployeeService service;
    private final Caller caller;

    EmployeeResource(EmployeeService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Register a civil servant of an agency",
            description = "Checks the NIP, that the golongan is one of the employee's status, and that the "
                    + "supervisor is another employee. Emits EmployeeRegistered on simonev.programs.v1.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = EmployeeView.class)))
    @APIResponse(responseCode = "409", description = "An employee with this NIP exists")
    @APIResponse(responseCode = "422", description = REFUSED_REFERENCE)
    public Response register(@Valid @NotNull NewEmployee employee,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        EmployeeView registered = service.register(employee, caller, idempotencyKey);
        return Created.at(uri, registered.nip(), registered);
    }

    @PUT
    @Path("{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Change an employee", description = "Emits EmployeeUpdated on simonev.programs.v1.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "Not in the register")
    @APIResponse(responseCode = "422", description = REFUSED_REFERENCE)
    public EmployeeView change(@PathParam("nip") @ValidNip String nip, @Valid @NotNull EmployeeChange change) {
        return service.change(nip, change, caller);
    }

    @POST
    @Path("{nip}/deactivation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Deactivate an employee",
            description = "It stays for what refers to it but takes nothing new. Emits EmployeeUpdated.")
    @APIResponse(responseCode = "200", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "Not in the register")
    public EmployeeView deactivate(@PathParam("nip") @ValidNip String nip) {
        return service.deactivate(nip, caller);
    }

    @Override
    public ImportSummary importCsv(byte[] file, ImportOptions options) {
        return service.importCsv(file, options.dryRun, caller);
    }

    @GET
    @Path("{nip}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One employee")
    @APIResponse(responseCode = "200", description = "The employee")
    @APIResponse(responseCode = "404", description = "No such employee")
    public EmployeeView find(@PathParam("nip") @ValidNip String nip) {
        return service.find(nip, caller);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Employees the caller may see, paged and filtered")
    @APIResponse(responseCode = "200", description = "One page of employees")
    public Page<EmployeeView> list(
            @QueryParam("region") @Pattern(regexp = RegionCode.PATTERN, message = RegionCode.DESCRIPTION)
            @Parameter(description = "Kemendagri code; a province includes its kabupaten/kota") String region,
            @QueryParam("agency") @Parameter(description = "Code of the agency") String agency,
            @QueryParam("active") @Parameter(description = "true: active only; false: deactivated only") Boolean active,
            @Valid @BeanParam PageRequest paging) {
        return service.list(region, agency, active, paging, caller);
    }
}
