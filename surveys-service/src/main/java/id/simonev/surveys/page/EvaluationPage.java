package id.simonev.surveys.page;

import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.ratelimit.RateLimits;
import id.simonev.surveys.evaluation.EvaluationAnswerService;
import id.simonev.surveys.evaluation.EvaluationForm;
import id.simonev.surveys.link.PublicCode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The page participants, alumni, supervisors and peers answer a program's evaluation on, through
 * their single-use link: plain HTML in Bahasa Indonesia that posts without JavaScript and reads at
 * 360 px, the twin of {@code /api/v1/public/programs/{programId}/evaluations/{token}} with the same
 * service, refusals and limit. The form carries a key made when the page was served, so that a form
 * sent twice (a double tap, a reload) is stored once and both see the thanks. A refused form comes
 * back filled in, each wrong or missing answer marked.
 */
@Path("/e/{token}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class EvaluationPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance form(EvaluationPageModel page);

        static native TemplateInstance thanks(String title);
    }

    private final EvaluationAnswerService service;
    private final Validator validator;
    private final RateLimits rateLimits;

    EvaluationPage(EvaluationAnswerService service, Validator validator, RateLimits rateLimits) {
        this.service = service;
        this.validator = validator;
        this.rateLimits = rateLimits;
    }

    @GET
    @Operation(hidden = true)
    public Response form(@PathParam("token") String token, @Context HttpServerRequest request) {
        return limited(token, request, () -> {
            try {
                return Pages.page(Response.Status.OK.getStatusCode(), Templates.form(EvaluationPageModel.blank(
                        service.form(token, null), PublicCode.normalise(token), UUID.randomUUID().toString())));
            } catch (ProblemException refused) {
                return refusal(refused);
            }
        });
    }

    @POST
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("token") String token, MultivaluedMap<String, String> form,
            @Context HttpServerRequest request) {
        return limited(token, request, () -> answered(token, form));
    }

    @GET
    @Operation(hidden = true)
    @Path("terima-kasih")
    public Response thanks(@PathParam("token") String token, @Context HttpServerRequest request) {
        return limited(token, request, () -> service.answeredProgramTitle(token)
                .map(title -> Pages.page(Response.Status.OK.getStatusCode(), Templates.thanks(title)))
                // Nothing was answered through it (or there is no such link): the link itself says what it is.
                .orElseGet(() -> Response.seeOther(UriBuilder.fromPath("/e/{token}")
                        .build(PublicCode.normalise(token))).build()));
    }

    /** The page, unless the client or the link is past the public API's limits (per client address, per link). */
    private Response limited(String token, HttpServerRequest request, Supplier<Response> page) {
        return Pages.limited(() -> {
            rateLimits.checkClient(request.remoteAddress());
            rateLimits.check(RateLimits.PUBLIC_LINK, PublicCode.normalise(token));
        }, page);
    }

    private Response answered(String token, MultivaluedMap<String, String> form) {
        EvaluationForm questionnaire;
        try {
            questionnaire = service.form(token, null);
        } catch (ProblemException refused) {
            return refused.type() == ProblemType.CONFLICT ? retried(token, form) : refusal(refused);
        }
        try {
            service.answer(token, null, StrictForm.valid(validator, EvaluationPageForm.read(questionnaire, form)),
                    StrictForm.value(form, StrictForm.KEY));
        } catch (ProblemException refused) {
            if (refused.type() != ProblemType.INVALID_REQUEST) {
                return refusal(refused);
            }
            return Pages.page(Response.Status.BAD_REQUEST.getStatusCode(), Templates.form(EvaluationPageModel.of(
                    questionnaire, PublicCode.normalise(token), form, StrictForm.keptKey(form), errors(refused),
                    formErrors(refused))));
        }
        return thanked(token);
    }

    /**
     * A form posted through a used link: the retry of the answer that used it (a double tap, a post
     * sent again) comes with its key and is thanked again, as the API gives it the same receipt; any
     * other is told that the link was used.
     */
    private Response retried(String token, MultivaluedMap<String, String> form) {
        try {
            service.answer(token, null, EvaluationPageForm.answers(form), StrictForm.value(form, StrictForm.KEY));
        } catch (ProblemException refused) {
            return refusal(refused);
        }
        return thanked(token);
    }

    private static Response thanked(String token) {
        return Response.seeOther(UriBuilder.fromPath("/e/{token}/terima-kasih").build(PublicCode.normalise(token)))
                .build();
    }

    /** The reason shown beside each question, and the suggestion, in the person's language. */
    private static Map<String, String> errors(ProblemException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        refused.violations().forEach(violation -> {
            String field = EvaluationPageForm.fieldOf(violation);
            errors.put(field, field.equals(EvaluationPageForm.SUGGESTION) ? "Isian ini terlalu panjang."
                    : "Pilih salah satu jawaban.");
        });
        return errors;
    }

    /** What the form cannot show beside a field of its own: fields it does not have, or got twice. */
    private static List<String> formErrors(ProblemException refused) {
        return StrictForm.strayFields(refused).stream()
                .map(field -> "Isian " + field + " tidak diterima: formulir ini hanya berisi penilaian dan saran, "
                        + "tanpa nama atau NIP.")
                .toList();
    }

    /** The page that says why a link takes no answer, with the API's status. */
    private static Response refusal(ProblemException refused) {
        return switch (refused.type()) {
            case NOT_FOUND -> Pages.unavailable(refused.type().status(), "Tautan tidak ditemukan",
                    "Periksa kembali tautan yang Anda terima: salin seluruhnya, atau ketik kodenya dengan teliti.");
            case CONFLICT -> Pages.unavailable(refused.type().status(), "Tautan ini sudah digunakan untuk menjawab",
                    "Setiap tautan hanya menerima satu jawaban, dan jawaban melalui tautan ini sudah kami terima.");
            case GONE -> Pages.unavailable(refused.type().status(), "Tautan ini sudah tidak berlaku",
                    "Masa berlakunya sudah habis, atau tautan ini sudah diganti dengan tautan baru. Gunakan tautan "
                            + "terbaru yang Anda terima, atau hubungi penyelenggara pelatihan.");
            default -> throw refused;
        };
    }
}
