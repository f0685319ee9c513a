package id.simonev.performance.realisation;

import id.simonev.platform.csv.ImportDocumentation;
import id.simonev.platform.csv.ImportOptions;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.security.Caller;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Realisations of many indicators from one file, beside {@link RealisationResource}, whose path names one. */
@Path("/api/v1/indicators/realisations/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Realisations")
public class RealisationImportResource {

    private final RealisationImport imports;
    private final Caller caller;

    RealisationImportResource(RealisationImport imports, Caller caller) {
        this.imports = imports;
        this.caller = caller;
    }

    @POST
    @Consumes(ImportDocumentation.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Record realisations from a CSV file, one row per indicator and period",
            description = ImportDocumentation.FILE_RULES + " Columns: agencyCode (kode_instansi) and indicatorCode "
                    + "(kode_indikator) name the indicator; period (periode: of the indicator's period type, with "
                    + "a target); value (realisasi, nilai) as 6.5 or 6,5; optionally evidence (bukti). An "
                    + "indicator's period appears once in a file. Each row is recorded as a single POST "
                    + ".../realisations would be, capaian computed against the period's target; emits "
                    + "RealisationRecorded for each.")
    @APIResponse(responseCode = "200", description = "Recorded, or with dryRun checked: how many")
    @APIResponse(responseCode = "422", description = ImportDocumentation.INVALID_ROWS)
    public ImportSummary importRealisations(byte[] file, @BeanParam ImportOptions options) {
        return imports.run(file, options.dryRun, caller);
    }
}
