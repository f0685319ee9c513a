package id.simonev.platform.problem;

import java.net.URI;

/** The stable problem types every service answers with, each with its HTTP status and title. */
public enum ProblemType {
    INVALID_REQUEST(400, "The request is invalid"),
    UNAUTHENTICATED(401, "Sign-in required"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict with the current state"),
    /** What the request names existed but is no more (an expired or replaced single-use link). */
    GONE(410, "Gone"),
    /** The request body is larger than the limit every service takes ({@code quarkus.http.limits.max-body-size}). */
    CONTENT_TOO_LARGE(413, "Content too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    UNKNOWN_REFERENCE(422, "Unknown reference"),
    UNPROCESSABLE(422, "The request cannot be processed"),
    /** Rows of an uploaded file break the rules; each violation names its line. Nothing was written. */
    INVALID_ROWS(422, "Rows of the file are invalid"),
    /** A public operation's rate limit is reached; the answer's {@code Retry-After} says when to come back. */
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("urn:simonev:problem:" + name().toLowerCase().replace('_', '-'));
    }
}
