package id.simonev.performance.indicator;

import id.simonev.platform.csv.ImportDocumentation;
import id.simonev.platform.csv.ImportOptions;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
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

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The key indicators (IKU) of agencies, and their targets per period")
public class IndicatorResource {

    private final IndicatorService service;
    private final IndicatorImport indicatorImport;
    private final TargetImport targetImport;
    private final Caller caller;

    IndicatorResource(IndicatorService service, IndicatorImport indicatorImport, TargetImport targetImport,
            Caller caller) {
        this.service = service;
        this.indicatorImport = indicatorImport;
        this.targetImport = targetImport;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Define an indicator of an agency", description = "Emits IndicatorDefined.")
    @APIResponse(responseCode = "201", description = "Defined")
    @APIResponse(responseCode = "409", description = "The agency already has an indicator of that code")
    @APIResponse(responseCode = "422", description = "The agency or unit is not in the register, no longer active, "
            + "or the unit is not the agency's")
    public Response define(@Valid @NotNull NewIndicator indicator,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = IdempotentRequests.DESCRIPTION)
            String idempotencyKey, UriInfo uri) {
        IndicatorView defined = service.define(indicator, caller, idempotencyKey);
        return Created.at(uri, defined.id(), defined);
    }

    @POST
    @Path("import")
    @Consumes(ImportDocumentation.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Define indicators from a CSV file, one row per indicator",
            description = ImportDocumentation.FILE_RULES + " Columns: code (kode), name (nama), agencyCode "
                    + "(kode_instansi), optionally serviceUnitCode (kode_unit); unit (satuan: MINUTES, HOURS, DAYS, "
                    + "PERCENT, COUNT, RUPIAH or menit, jam, hari, persen, jumlah, rupiah); direction (arah: "
                    + "HIGHER_IS_BETTER or naik, semakin tinggi semakin baik; LOWER_IS_BETTER or turun, semakin "
                    + "rendah semakin baik); periodType (periode: MONTH, QUARTER, SEMESTER, YEAR or bulanan, "
                    + "triwulan, semester, tahunan); aggregation (agregasi: CUMULATIVE, LAST, AVERAGE or kumulatif, "
                    + "terakhir, rata-rata); optionally allowsAboveHundred (boleh_lebih_100: ya, tidak, true, "
                    + "false). An agency's code appears once in a file. Each row is defined as a single indicator "
                    + "would be; emits IndicatorDefined for each.")
    @APIResponse(responseCode = "200", description = "Defined, or with dryRun checked: how many")
    @APIResponse(responseCode = "422", description = ImportDocumentation.INVALID_ROWS)
    public ImportSummary importIndicators(byte[] file, @BeanParam ImportOptions options) {
        return indicatorImport.run(file, options.dryRun, caller);
    }

    @POST
    @Path("targets/import")
    @Consumes(ImportDocumentation.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Set targets from a CSV file, one row per indicator and period",
            description = ImportDocumentation.FILE_RULES + " Columns: agencyCode (kode_instansi) and indicatorCode "
                    + "(kode_indikator) name the indicator; period (periode: 2026-03, 2026-Q1, 2026-S1 or 2026); "
                    + "value (target, nilai), or lower (batas_bawah) and upper (batas_atas) for a range, as "
                    + "72.5 or 72,5. An indicator's period appears once in a file. Each row is set as a single "
                    + "PUT .../targets/{period} would be: a target already so is unchanged; emits TargetSet for "
                    + "each created or updated.")
    @APIResponse(responseCode = "200", description = "Set, or with dryRun checked: how many")
    @APIResponse(responseCode = "422", description = ImportDocumentation.INVALID_ROWS)
    public ImportSummary importTargets(byte[] file, @BeanParam ImportOptions options) {
        return targetImport.run(file, options.dryRun, caller);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "Indicators the caller may see, paged and filtered")
    @APIResponse(responseCode = "200", description = "One page of indicators")
    public Page<IndicatorView> list(@Valid @BeanParam IndicatorQuery query, @Valid @BeanParam PageRequest paging) {
        return service.list(query, paging, caller);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "One indicator")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "404", description = "No such indicator in your regions")
    public IndicatorView find(@PathParam("id") UUID id) {
        return service.find(id, caller);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Change an indicator, or retire it (active false)", description = "Emits IndicatorUpdated.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "404", description = "No such indicator in your regions")
    @APIResponse(responseCode = "409", description = "A unit, direction or above-100 rule once it has realisations, "
            + "or a period type once it has targets, stays")
    @APIResponse(responseCode = "422", description = "The unit is not in the register, or not the agency's")
    public IndicatorView change(@PathParam("id") UUID id, @Valid @NotNull IndicatorChange change) {
        return service.change(id, change, caller);
    }

    @PUT
    @Path("{id}/targets/{period}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Set the target of a period: a value, or a range",
            description = "The period is of the indicator's period type or a longer one. Emits TargetSet.")
    @APIResponse(responseCode = "200", description = "Set")
    @APIResponse(responseCode = "404", description = "No such indicator in your regions")
    @APIResponse(responseCode = "409", description = "The indicator is retired, the period is locked, or it has a "
            + "realisation")
    @APIResponse(responseCode = "422", description = "A target of 0, a percent over 100, or a period shorter than "
            + "the indicator's")
    public TargetView setTarget(@PathParam("id") UUID id, @PathParam("period") String period,
            @Valid @NotNull NewTarget target) {
        return service.setTarget(id, period, target, caller);
    }

    @GET
    @Path("{id}/targets/{period}")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.ANALYST})
    @Operation(summary = "The target of a period")
    @APIResponse(responseCode = "200", description = "The target")
    @APIResponse(responseCode = "404", description = "No such indicator in your regions, or no target of the period")
    public TargetView findTarget(@PathParam("id") UUID id, @PathParam("period") String period) {
        return service.findTarget(id, period, caller)
                .orElseThrow(() -> ProblemException.notFound("Target of period", period));
    }
}
