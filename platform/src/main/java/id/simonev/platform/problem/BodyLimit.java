package id.simonev.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose body is declared larger than {@code quarkus.http.limits.max-body-size}
 * with a 413 problem naming the limit. Quarkus refuses such a request itself, with an empty
 * answer, in a route that runs before RESTEasy and so before any {@link ProblemMappers}: this
 * route runs just ahead of it.
 */
@ApplicationScoped
public class BodyLimit {

    /** The most of a refused body that is read to answer the client before its connection is closed. */
    private static final long DROPPED_AT_MOST = 100L * 1024 * 1024;

    private final long limit;
    private final ObjectMapper objectMapper;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, ObjectMapper objectMapper) {
        this.limit = limit.asLongValue();
        this.objectMapper = objectMapper;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseTooLarge);
    }

    private void refuseTooLarge(RoutingContext context) {
        long length = declaredLength(context);
        if (length <= limit) {
            context.next();
            return;
        }
        Problem problem = ProblemMappers.problem(ProblemType.CONTENT_TOO_LARGE, "The request body of " + length
                + " bytes is larger than the limit of " + limit + " bytes (" + inMebibytes(limit) + ")", List.of(),
                context.request().path());
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a problem as JSON", e);
        }
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (request.headers().contains(HttpHeaders.EXPECT, HttpHeaders.CONTINUE, true)) {
            // The client waits for a go-ahead before it sends the body; it gets none, and no body follows.
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                    .endHandler(ended -> request.connection().close());
        } else {
            // Most clients read the answer only once they have sent the whole body: closing the connection
            // at once would leave them a broken pipe instead of the problem. The body is read and dropped,
            // up to a bound past which the connection is closed all the same.
            AtomicLong dropped = new AtomicLong();
            request.handler(chunk -> {
                if (dropped.addAndGet(chunk.length()) > DROPPED_AT_MOST) {
                    request.connection().close();
                }
            });
            request.resume();
        }
        response.end(Buffer.buffer(body));
    }

    /** The Content-Length the request declares; 0 without one, which leaves a streamed body to Quarkus's own check. */
    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String inMebibytes(long bytes) {
        double mebibytes = bytes / (1024.0 * 1024.0);
        return (mebibytes == Math.rint(mebibytes) ? String.valueOf((long) mebibytes) : "%.1f".formatted(mebibytes))
                + " MiB";
    }
}
