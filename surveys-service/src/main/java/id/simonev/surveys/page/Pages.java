package id.simonev.surveys.page;

import id.simonev.platform.problem.TooManyRequests;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * What the pages for people share: their layout ({@code templates/Pages/layout.html}), the page that
 * says why there is no form, and the answer past a rate limit. Every page is answered with the
 * status the JSON API would give, so that a refusal is a refusal to a browser too.
 */
final class Pages {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance unavailable(String title, String message);
    }

    private Pages() {
    }

    static Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** A page saying, instead of a form, why there is none. */
    static Response unavailable(int status, String title, String message) {
        return page(status, Templates.unavailable(title, message));
    }

    /**
     * The page, unless counting the request reaches a rate limit (the public JSON API's limits, which
     * a page counts itself so that it can answer with a page): then a page saying when to try again,
     * with {@code Retry-After}.
     */
    static Response limited(Runnable count, Supplier<Response> page) {
        try {
            count.run();
        } catch (TooManyRequests tooMany) {
            long seconds = tooMany.retryAfter().toSeconds();
            return Response.fromResponse(unavailable(Response.Status.TOO_MANY_REQUESTS.getStatusCode(),
                            "Terlalu banyak permintaan", "Silakan coba lagi dalam " + seconds + " detik."))
                    .header(HttpHeaders.RETRY_AFTER, seconds).build();
        }
        return page.get();
    }
}
