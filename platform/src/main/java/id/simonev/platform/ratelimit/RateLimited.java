package id.simonev.platform.ratelimit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Rate-limits a public operation (or each operation of a resource): before it runs, a request is
 * counted against the limit of its client address ({@link RateLimits#CLIENT_ADDRESS}), and one past
 * the limit is answered with a 429 problem and {@code Retry-After}. The operation may count the
 * request against a limit of its own key too, such as the public link it names
 * ({@link RateLimits#check}).
 *
 * <p>The OpenAPI document shows the 429 answer, with its header, on every such operation: SmallRye
 * OpenAPI reads the {@link APIResponse} this annotation carries, and the problem filter gives it
 * the problem body. Every service's {@code OperationsTests} require it of every public operation.
 *
 * <p>The count is a database statement, made on the thread the operation runs on: a rate-limited
 * operation is a blocking one (the default for an operation that does not answer a {@code Uni}).
 */
@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
@APIResponse(responseCode = "429", description = "Too many requests from this client or for this link; "
        + "retry after the seconds that Retry-After gives",
        headers = @Header(name = "Retry-After", description = "Seconds until the client may try again",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1")))
public @interface RateLimited {
}
