package id.simonev.programs.register;

import id.simonev.platform.csv.ImportDocumentation;
import id.simonev.platform.csv.ImportOptions;
import id.simonev.platform.csv.ImportSummary;
import id.simonev.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The CSV import every resource of the register offers at {@code POST .../import}: declared here
 * once, so that the four behave and are documented alike; each resource says in its
 * {@code @Tag} which columns it reads (the OpenAPI scanner documents the operation from this
 * declaration, not from the resource's method).
 */
public interface RegisterImportEndpoint {

    String RULES = ImportDocumentation.FILE_RULES + " An operator imports only within the regions of its token. A "
            + "changed entry emits its Updated event, a new one its Registered event, an unchanged one nothing.";

    @POST
    @Path("import")
    @Consumes(ImportDocumentation.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    @Operation(summary = "Import entries from a CSV file", description = "The columns this register reads are in its "
            + "tag's description. " + RULES)
    @APIResponse(responseCode = "200", description = "Imported, or with dryRun checked: what was (would be) "
            + "created, updated and left unchanged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "422", description = ImportDocumentation.INVALID_ROWS)
    ImportSummary importCsv(byte[] file, @BeanParam ImportOptions options);
}
