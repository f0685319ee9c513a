package id.simonev.platform.csv;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every import endpoint takes ({@code @BeanParam ImportOptions options}). */
public class ImportOptions {

    @QueryParam("dryRun")
    @DefaultValue("false")
    @Parameter(description = "true: check the whole file and answer what the import would do, writing nothing")
    public boolean dryRun;
}
