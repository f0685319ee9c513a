package id.simonev.platform.csv;

/** What the OpenAPI document says of every CSV import endpoint, in the same words everywhere. */
public final class ImportDocumentation {

    /**
     * What an import endpoint consumes: {@code text/csv}, and what browsers send for a {@code .csv}
     * file where a spreadsheet program is installed. One string, comma-separated as JAX-RS allows,
     * so that every {@code @Consumes(MEDIA_TYPE)} accepts both.
     */
    public static final String MEDIA_TYPE = "text/csv, application/vnd.ms-excel";
    public static final String FILE_RULES = "All or nothing: every row is checked, and one bad row writes nothing. "
            + "A file is UTF-8 with or without BOM (Excel's \"CSV UTF-8\"), separated by commas or semicolons, its "
            + "first line naming the columns (in any case; other columns are ignored).";
    public static final String INVALID_ROWS = "Rows are invalid (type urn:simonev:problem:invalid-rows): each "
            + "violation names the line (the header is line 1), the column as the file spells it, and the reason; "
            + "nothing was written";

    private ImportDocumentation() {
    }
}
