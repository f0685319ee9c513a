package id.simonev.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem details. Whatever a client sends, it gets
 * a 4xx naming the field and the reason; only our own faults are a 500, and those are logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String UNIQUE_VIOLATION = "23505";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), e.violations(), uri);
    }

    /** A client past a rate limit learns when it may come back: {@code Retry-After}, in seconds. */
    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequests e, UriInfo uri) {
        return Response.fromResponse(respond(e.type(), e.getMessage(), e.violations(), uri))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfter().toSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; "));
        return respond(ProblemType.INVALID_REQUEST, detail, violations, uri);
    }

    /**
     * A request body the strict JSON reading ({@link StrictJson}) refused: the problem names the
     * field, as the client wrote it ({@code sessions[0].jp}), and what it must be. Named for
     * MismatchedInputException too, over the mapper Quarkus adds for it in dev and test mode.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(unreadable(e, uri.getPath()));
    }

    /**
     * A unique constraint that a service's own check could not see: another request wrote the
     * same thing between the check and the commit.
     */
    @ServerExceptionMapper
    public Response concurrentWrite(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return unexpected(e, uri);
        }
        LOG.infof("A write on %s lost a race: %s", uri.getPath(), e.getMessage());
        return respond(ProblemType.CONFLICT, "Another request wrote the same thing at the same time; "
                + "read the current state and retry if still needed", List.of(), uri);
    }

    /** A value the checks let through but the database cannot store, such as a date in year 200000. */
    @ServerExceptionMapper
    public Response unstorableValue(org.hibernate.exception.DataException e, UriInfo uri) {
        LOG.infof("A write on %s held a value the database refused: %s", uri.getPath(), e.getMessage());
        return respond(ProblemType.INVALID_REQUEST, "A value is outside what can be stored", List.of(), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHENTICATED,
                        "A valid bearer token is required", List.of(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this", List.of(), uri);
    }

    /**
     * The framework's own refusals (405, 406, 415, an unknown path), keeping their headers; a body
     * the JSON reader refused reaches here wrapped in a 400.
     */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(unreadable(json, path));
        }
        Response refusal = e.getResponse();
        if (refusal.getEntity() instanceof Problem problem) {
            return Response.fromResponse(refusal).entity(new Problem(problem.type(), problem.title(),
                    problem.status(), problem.detail(), path, problem.violations())).build();
        }
        int status = refusal.getStatus();
        ProblemType type = Arrays.stream(ProblemType.values())
                .filter(t -> t.status() == status)
                .findFirst()
                .orElse(status < 500 ? ProblemType.INVALID_REQUEST : ProblemType.INTERNAL_ERROR);
        String title = type.status() == status ? type.title() : refusal.getStatusInfo().getReasonPhrase();
        Problem body = new Problem(type.uri(), title, status, refusalDetail(e, request), path, List.of());
        return Response.fromResponse(refusal).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; it has been logged", List.of(), uri);
    }

    private static String refusalDetail(WebApplicationException e, ContainerRequestContext request) {
        return switch (e.getResponse().getStatus()) {
            case 405 -> request.getMethod() + " is not allowed here";
            case 406 -> "No answer here has a media type that Accept allows ("
                    + request.getHeaderString(HttpHeaders.ACCEPT) + ")";
            case 415 -> "Content-Type " + Objects.requireNonNullElse(request.getHeaderString(HttpHeaders.CONTENT_TYPE),
                    "(none)") + " is not accepted here";
            default -> e.getMessage();
        };
    }

    /**
     * The problem for a body the JSON reader refused. The field is Jackson's path to the value it
     * refused or, for what the parser itself refuses (a key given twice, a number too large for its
     * type), the parser's position, which holds the key. Malformed JSON names no field, as the key
     * before the fault may not be where the fault is: its line and column say where.
     */
    static Problem unreadable(JsonProcessingException e, String instance) {
        JsonProcessingException reason = e;
        while (reason.getCause() instanceof JsonProcessingException cause && cause != reason) {
            reason = cause;
        }
        String field;
        if (reason instanceof StreamReadException read) {
            field = read.getProcessor() != null && (read instanceof InputCoercionException || isDuplicateKey(read))
                    ? positionOf(read.getProcessor().getParsingContext()) : "";
        } else {
            field = e instanceof JsonMappingException mapping ? pathOf(mapping) : "";
        }
        String message = reasonOf(reason);
        if (field.isEmpty()) {
            return problem(ProblemType.INVALID_REQUEST, "The request body " + message, List.of(), instance);
        }
        return problem(ProblemType.INVALID_REQUEST, field + " " + message,
                List.of(new Problem.Violation(field, message)), instance);
    }

    private static String reasonOf(JsonProcessingException reason) {
        if (reason instanceof UnrecognizedPropertyException unknown) {
            return "is not a field of this request" + (unknown.getKnownPropertyIds() == null ? "" : "; its fields are "
                    + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")));
        }
        if (reason instanceof StrictJson.UnstorableText text) {
            return text.getOriginalMessage();
        }
        if (reason instanceof InputCoercionException outOfRange) {
            return "must be " + describe(outOfRange.getTargetType()) + rangeOf(outOfRange.getTargetType());
        }
        if (reason instanceof MismatchedInputException mismatched) {
            return "must be " + describe(mismatched.getTargetType());
        }
        if (reason instanceof StreamReadException read) {
            if (isDuplicateKey(read)) {
                return "is given more than once";
            }
            return "is not valid JSON: " + read.getOriginalMessage()
                    + (read.getLocation() == null ? "" : " (line " + read.getLocation().getLineNr()
                            + ", column " + read.getLocation().getColumnNr() + ")");
        }
        return "is not readable: " + reason.getOriginalMessage();
    }

    /** Jackson has no exception of its own for a key given twice (STRICT_DUPLICATE_DETECTION), only its message. */
    private static boolean isDuplicateKey(StreamReadException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The parser's position as a field path: the key it is at, in the arrays and objects around it. */
    private static String positionOf(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                segments.push("[" + at.getCurrentIndex() + "]");
            } else if (at.getCurrentName() != null) {
                segments.push("." + at.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String rangeOf(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (type == short.class || type == Short.class) {
            return " from " + Short.MIN_VALUE + " to " + Short.MAX_VALUE;
        }
        return "";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /**
     * The field as the client named it: the method and, for a request body, the Java parameter
     * name are dropped ({@code create.program.code} becomes {@code code}), while a query parameter
     * keeps its own name ({@code list.page} becomes {@code page}).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            boolean last = !nodes.hasNext();
            if (node.getKind() == ElementKind.METHOD || (node.getKind() == ElementKind.PARAMETER && !last)) {
                continue;
            }
            // A node in a list or map carries its position there, which comes before its own name:
            // sessions[0].jp, answers.U3.
            if (node.getKey() != null) {
                appendSegment(field, node.getKey().toString());
            } else if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            boolean named = node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN;
            if (named) {
                appendSegment(field, node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static void appendSegment(StringBuilder field, String segment) {
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(segment);
    }

    /** The problem of {@code type}; every refusal's body is made here, also those answered before RESTEasy. */
    static Problem problem(ProblemType type, String detail, List<Problem.Violation> violations, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, violations);
    }

    private static Response respond(ProblemType type, String detail, List<Problem.Violation> violations, UriInfo uri) {
        return respond(problem(type, detail, violations, uri.getPath()));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
