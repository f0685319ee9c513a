package id.simonev.performance.appraisal;

import id.simonev.platform.csv.ImportDocumentation;
import id.simonev.platform.csv.ImportOptions;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.rest.Created;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/appraisals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appraisals", description = "Employee appraisals under PermenPANRB 6/2022: hasil kerja and perilaku kerja, "
        + "each above, as or below expectations, and the predicate the regulation's table gives them. One per "
        + "employee and period (a month, a quarter or a year); a correction keeps what it replaces.")
public class AppraisalResource {

    private final AppraisalService service;
    private final AppraisalImport imports;
    private final Caller caller;

    AppraisalResource(AppraisalService service, AppraisalImport imports, Caller caller) {
        this.service = service;
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record an appraisal",
            description = "The appraiser is the employee's direct supervisor in the register unless named. Keeps the "
                    + "employee's agency, position type and rank as they are now. Emits AppraisalRecorded.")
    @APIResponse(responseCode = "201", description = "Recorded, with its predicate")
    @APIResponse(responseCode = "409", description = "The employee already has an appraisal for the period")
    @APIResponse(responseCode = "422", description = "The employee or appraiser is unknown or inactive, the employee "
            + "has no supervisor and none is named, or the employee would appraise themselves")
    public Response record(@Valid @NotNull NewAppraisal appraisal,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        AppraisalView recorded = service.record(appraisal, caller, idempotencyKey);
        return Created.at(uri, recorded.id(), recorded);
    }

    @POST
    @Path("import")
    @Consumes(ImportDocumentation.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record appraisals from a CSV file as e-Kinerja exports them",
            description = ImportDocumentation.FILE_RULES + " Columns: nip, periode (2026-03, 2026-Q1 or 2026), "
                    + "hasil_kerja and perilaku_kerja (di atas ekspektasi, sesuai ekspektasi, di bawah ekspektasi, "
                    + "or ABOVE_EXPECTATIONS, AS_EXPECTED, BELOW_EXPECTATIONS), and optionally nip_penilai (the "
                    + "appraiser; the supervisor when blank) and tanggal_penilaian. Each row is recorded as a single "
                    + "appraisal would be.")
    @APIResponse(responseCode = "200", description = "Recorded, or with dryRun checked: how many")
    @APIResponse(responseCode = "422", description = ImportDocumentation.INVALID_ROWS)
    public ImportSummary importAppraisals(byte[] file, @BeanParam ImportOptions options) {
        return imports.run(file, options.dryRun, caller);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One appraisal, with its corrections")
    @APIResponse(responseCode = "200", description = "The appraisal")
    @APIResponse(responseCode = "404", description = "No such appraisal in your regions")
    public AppraisalView find(@PathParam("id") UUID id) {
        return service.find(id, caller);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Correct an appraisal, with the reason",
            description = "The earlier ratings, appraiser and date are kept with who changed them, when and why. "
                    + "Emits AppraisalCorrected.")
    @APIResponse(responseCode = "200", description = "Corrected")
    @APIResponse(responseCode = "404", description = "No such appraisal in your regions")
    @APIResponse(responseCode = "422", description = "The appraiser is unknown, inactive or the employee")
    public AppraisalView correct(@PathParam("id") UUID id, @Valid @NotNull AppraisalCorrection correction) {
        return service.correct(id, correction, caller);
    }
}
