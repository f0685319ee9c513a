package id.simonev.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem-details body. {@code type} is stable and documented; {@code violations}
 * lists each bad field of the request with the reason.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One bad field: its path in the request ({@code answers.U3}, {@code page}) and why it is bad.
     * In an uploaded file the field is the column and {@code line} the line of the file (the
     * header is line 1); elsewhere there is no line and it is left out of the JSON.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, String message, Integer line) {

        public Violation(String field, String message) {
            this(field, message, null);
        }
    }
}
