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

    /** One bad field: its path in the request ({@code answers.U3}, {@code page}) and why it is bad. */
    public record Violation(String field, String message) {
    }
}
