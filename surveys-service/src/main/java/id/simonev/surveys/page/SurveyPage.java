package id.simonev.surveys.page;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.ratelimit.RateLimits;
import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.link.PublicCode;
import id.simonev.surveys.response.Questionnaire;
import id.simonev.surveys.response.SurveyResponseService;
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
 * The page citizens answer a campaign's survey on, through its link or QR code: plain HTML in
 * Bahasa Indonesia that posts without JavaScript and reads at 360 px. The form carries a key made
 * when the page was served, so that a form sent twice (a double tap, a reload) is stored once.
 * A refused form comes back filled in, each wrong answer marked.
 */
@Path("/s/{code}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SurveyPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance form(PageModel page);

        static native TemplateInstance thanks(String title);
    }

    private final SurveyResponseService service;
    private final Validator validator;
    private final RateLimits rateLimits;

    SurveyPage(SurveyResponseService service, Validator validator, RateLimits rateLimits) {
        this.service = service;
        this.validator = validator;
        this.rateLimits = rateLimits;
    }

    @GET
    @Operation(hidden = true)
    public Response form(@PathParam("code") String code, @Context HttpServerRequest request) {
        return limited(code, request, () -> blankForm(code));
    }

    @POST
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("code") String code, MultivaluedMap<String, String> form,
            @Context HttpServerRequest request) {
        return limited(code, request, () -> answered(code, form));
    }

    /**
     * The page, unless the client or the campaign is past its rate limit (the public JSON API's
     * limits): then a page saying when to try again, with {@code Retry-After}.
     */
    private Response limited(String code, HttpServerRequest request, Supplier<Response> page) {
        return Pages.limited(() -> {
            rateLimits.checkClient(request.remoteAddress());
            rateLimits.check(RateLimits.PUBLIC_LINK, PublicCode.normalise(code));
        }, page);
    }

    private Response blankForm(String code) {
        Questionnaire questionnaire;
        try {
            questionnaire = service.questionnaire(code);
        } catch (ProblemException unknown) {
            return notFound();
        }
        if (!questionnaire.open()) {
            return closed(questionnaire);
        }
        return Pages.page(Response.Status.OK.getStatusCode(), Templates.form(PageModel.blank(questionnaire,
                OfficeDate.today(), UUID.randomUUID().toString())));
    }

    private Response answered(String code, MultivaluedMap<String, String> form) {
        Questionnaire questionnaire;
        try {
            questionnaire = service.questionnaire(code);
        } catch (ProblemException unknown) {
            return notFound();
        }
        try {
            service.answer(code, StrictForm.valid(validator, SurveyForm.read(questionnaire, form)),
                    StrictForm.value(form, StrictForm.KEY));
        } catch (ProblemException refused) {
            if (refused.type() == ProblemType.CONFLICT) {
                return closed(questionnaire);
            }
            if (refused.type() == ProblemType.UNPROCESSABLE) {
                // The form's key was already used for other answers: the citizen went back and changed them.
                return Pages.unavailable(refused.type().status(), "Jawaban sudah terkirim", "Formulir ini sudah "
                        + "dikirim sebelumnya; jawaban yang pertama yang dicatat. Untuk mengisi survei lagi, buka "
                        + "kembali tautannya.");
            }
            if (refused.type() != ProblemType.INVALID_REQUEST) {
                throw refused;
            }
            return Pages.page(Response.Status.BAD_REQUEST.getStatusCode(), Templates.form(PageModel.of(questionnaire,
                    form, StrictForm.keptKey(form), errors(refused), formErrors(refused))));
        }
        return Response.seeOther(UriBuilder.fromPath("/s/{code}/terima-kasih").build(questionnaire.code())).build();
    }

    @GET
    @Operation(hidden = true)
    @Path("terima-kasih")
    public Response thanks(@PathParam("code") String code) {
        try {
            return Pages.page(Response.Status.OK.getStatusCode(),
                    Templates.thanks(service.questionnaire(code).title()));
        } catch (ProblemException unknown) {
            return notFound();
        }
    }

    /** The reason shown beside each field, in the citizen's language. */
    private static Map<String, String> errors(ProblemException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem.Violation violation : refused.violations()) {
            String field = violation.field();
            if (field.startsWith("answers.")) {
                errors.put(field, "Pilih salah satu jawaban.");
            } else if (field.equals("respondent.age")) {
                errors.put(field, "Isi umur dalam tahun, 10 sampai 120.");
            } else if (field.equals(SurveyForm.SURVEY_DATE)) {
                errors.put(field, "Tanggal harus dalam periode survei dan tidak setelah hari ini.");
            } else if (field.equals(SurveyForm.SUGGESTION)
                    || field.equals("respondent." + SurveyForm.SERVICE_RECEIVED)) {
                errors.put(field, "Isian ini terlalu panjang.");
            } else {
                errors.put(field, "Isian ini tidak dapat diterima.");
            }
        }
        return errors;
    }

    /** What the form cannot show beside a field of its own: fields it does not have, or got twice. */
    private static List<String> formErrors(ProblemException refused) {
        return StrictForm.strayFields(refused).stream()
                .map(field -> "Isian " + field + " tidak diterima: survei ini tanpa nama, nomor telepon atau alamat.")
                .toList();
    }

    private static Response closed(Questionnaire questionnaire) {
        return Pages.unavailable(Response.Status.CONFLICT.getStatusCode(), questionnaire.title(),
                "Survei ini tidak menerima jawaban saat ini. Periode survei: " + questionnaire.startDate()
                        + " s.d. " + questionnaire.endDate() + ".");
    }

    private static Response notFound() {
        return Pages.unavailable(Response.Status.NOT_FOUND.getStatusCode(), "Survei tidak ditemukan",
                "Periksa kembali kode survei pada kartu atau kode QR.");
    }
}
