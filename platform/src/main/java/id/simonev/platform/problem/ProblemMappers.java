package id.simonev.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
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

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String reason = e.getTargetType() == String.class ? e.getOriginalMessage().replaceFirst("^.*: ", "")
                : "must be " + describe(e.getTargetType());
        return unreadableField(e, reason, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        if (e.getPath().isEmpty()) {
            return respond(ProblemType.INVALID_REQUEST, "The request body must be a JSON object", List.of(), uri);
        }
        return unreadableField(e, "must be " + describe(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return unreadableField(e, "is not readable: " + e.getOriginalMessage(), uri);
    }

    /** Anything else the JSON reader refuses, such as a number too large for its field. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(ProblemType.INVALID_REQUEST, "The request body is not readable: " + e.getOriginalMessage(),
                List.of(), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(ProblemType.INVALID_REQUEST, "The request body is not valid JSON: " + e.getOriginalMessage(),
                List.of(), uri);
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

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getResponse().getEntity() instanceof Problem problem) {
            return Response.fromResponse(e.getResponse()).entity(new Problem(problem.type(), problem.title(),
                    problem.status(), problem.detail(), uri.getPath(), problem.violations())).build();
        }
        int status = e.getResponse().getStatus();
        ProblemType type = Arrays.stream(ProblemType.values())
                .filter(t -> t.status() == status)
                .findFirst()
                .orElse(status < 500 ? ProblemType.INVALID_REQUEST : ProblemType.INTERNAL_ERROR);
        Problem body = new Problem(type.uri(), type.status() == status ? type.title() : e.getResponse()
                .getStatusInfo().getReasonPhrase(), status, e.getMessage(), uri.getPath(), List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR, "An unexpected error occurred; it has been logged", List.of(), uri);
    }

    private static Response unreadableField(JsonMappingException e, String message, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return respond(ProblemType.INVALID_REQUEST, field + " " + message,
                List.of(new Problem.Violation(field, message)), uri);
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

    private static Response respond(ProblemType type, String detail, List<Problem.Violation> violations, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), type.status(), detail, uri.getPath(), violations);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
