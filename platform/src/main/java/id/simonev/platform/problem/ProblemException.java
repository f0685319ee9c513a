package id.simonev.platform.problem;

import java.util.List;

/** Thrown by services to answer with a problem; the mapper turns it into the response. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;

    public ProblemException(ProblemType type, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    /** What the request names existed but is no more: an expired or replaced single-use link (HTTP 410). */
    public static ProblemException gone(String detail) {
        return new ProblemException(ProblemType.GONE, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** A well-formed value that names something this service does not know (HTTP 422). */
    public static ProblemException unknownReference(String field, String message) {
        return new ProblemException(ProblemType.UNKNOWN_REFERENCE, message,
                List.of(new Problem.Violation(field, message)));
    }

    /** A value that breaks a rule no annotation can express, such as one date before another. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.INVALID_REQUEST, message,
                List.of(new Problem.Violation(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
