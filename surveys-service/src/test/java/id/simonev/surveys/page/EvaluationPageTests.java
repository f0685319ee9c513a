package id.simonev.surveys.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.region.OfficeDate;
import id.simonev.testing.Http;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The evaluation page's answers as a browser receives them: statuses, and the strict reading of the form. */
@QuarkusTest
class EvaluationPageTests {

    private static EvaluationPages.Program reactionProgram() {
        return EvaluationPages.completed(OfficeDate.today().minusDays(1), EvaluationPages.ANDI, EvaluationPages.SITTI);
    }

    /** Every question of a reaction with two trainers answered, the optional ones too, under a key. */
    private static Map<String, String> form(String key) {
        Map<String, String> form = EvaluationPages.everyAnswer(4, 2);
        form.put("saran", "Waktu praktik ditambah");
        form.put("idempotencyKey", key);
        return form;
    }

    @Test
    void aLinkOpensPlainHtmlInBahasaIndonesiaWithEverySectionAndQuestion() {
        EvaluationPages.Program program = reactionProgram();
        String token = program.token("PARTICIPANT");

        String page = given().when().get("/e/" + token).then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("<html lang=\"id\">"))
                .body(containsString("name=\"viewport\""))
                .body(containsString("<h1>" + program.title() + "</h1>"))
                .body(containsString("<legend>Penyelenggaraan pelatihan</legend>"))
                .body(containsString("<legend>Pengajar: Dr. Andi Rahman, M.Si. (BPSDM Sulawesi Selatan)</legend>"))
                .body(containsString("<legend>Pengajar: Ir. Sitti Aisyah (Universitas Hasanuddin)</legend>"))
                .body(containsString("<label class=\"choice\" for=\"penyelenggaraan-D1-1\"><input type=\"radio\" "
                        + "id=\"penyelenggaraan-D1-1\" name=\"penyelenggaraan.D1\" value=\"1\" required> 1 Tidak Baik"
                        + "</label>"))
                .body(containsString("<label class=\"choice\" for=\"pengajar-2-T14-5\"><input type=\"radio\" "
                        + "id=\"pengajar-2-T14-5\" name=\"pengajar-2.T14\" value=\"5\"> 5 Sangat Baik</label>"))
                .body(containsString("pengajar ini dengan pengajar lain (hanya bila mengajar bersama)? "
                        + "(boleh dikosongkan)"))
                .body(containsString("<textarea id=\"saran\" name=\"saran\""))
                .body(containsString("name=\"idempotencyKey\""))
                .body(not(containsString("Anda menilai")))
                .body(not(containsString("<script")))
                .extract().asString();

        assertEquals(3, page.split("<fieldset").length - 1, "the delivery and two trainers");
        assertEquals((8 + 14 + 14) * 5, page.split("type=\"radio\"").length - 1, "five points per question");
    }

    @Test
    void aSupervisorsLinkSaysWhoIsRatedAndAsksThePostTrainingItems() {
        EvaluationPages.Program program = EvaluationPages.completed(OfficeDate.today().minusMonths(4),
                EvaluationPages.ANDI);

        given().when().get("/e/" + program.token("SUPERVISOR")).then().statusCode(200)
                .body(containsString("Anda menilai: <strong>" + EvaluationPages.PARTICIPANT_NAME + "</strong>"))
                .body(containsString("<legend>Evaluasi pasca pelatihan</legend>"))
                .body(containsString("name=\"pasca-pelatihan.B1\""))
                .body(containsString("name=\"pasca-pelatihan.I6\""))
                .body(not(containsString("<legend>Penyelenggaraan pelatihan</legend>")));
        given().when().get("/e/" + program.token("SELF")).then().statusCode(200)
                .body(not(containsString("Anda menilai")));
    }

    @Test
    void aPostedFormIsStoredRedirectsToTheThanksAndTheLinkTakesNoSecondAnswer() {
        EvaluationPages.Program program = reactionProgram();
        String token = program.token("PARTICIPANT");
        String key = UUID.randomUUID().toString();
        // Before any answer, the thanks page sends back to the form.
        given().redirects().follow(false).when().get("/e/" + token + "/terima-kasih").then().statusCode(303)
                .header("Location", endsWith("/e/" + token));

        // Twice under the form's key, as a double tap sends it: stored once, and both are thanked.
        for (int i = 0; i < 2; i++) {
            given().redirects().follow(false).formParams(form(key)).when().post("/e/" + token).then()
                    .statusCode(303)
                    .header("Location", endsWith("/e/" + token + "/terima-kasih"));
        }
        given().when().get("/e/" + token + "/terima-kasih").then().statusCode(200)
                .body(containsString("<h1>Terima kasih</h1>"))
                .body(containsString(program.title()));
        assertEquals(3, program.answers(), "the delivery and two trainers");
        assertEquals(1, program.suggestions());

        given().formParams(form(UUID.randomUUID().toString())).when().post("/e/" + token).then().statusCode(409)
                .contentType(ContentType.HTML)
                .body(containsString("Tautan ini sudah digunakan untuk menjawab"));
        given().when().get("/e/" + token).then().statusCode(409)
                .body(containsString("Tautan ini sudah digunakan untuk menjawab"));
        assertEquals(3, program.answers());
        assertEquals(1, program.suggestions());
    }

    @Test
    void missingAndWrongAnswersComeBackMarkedInTheFilledInFormAndNothingIsStored() {
        EvaluationPages.Program program = reactionProgram();
        String token = program.token("PARTICIPANT");
        String key = UUID.randomUUID().toString();
        Map<String, String> form = form(key);
        form.remove("penyelenggaraan.D3");
        form.remove("pengajar-2.T5");
        form.remove("pengajar-1.T14");
        form.put("penyelenggaraan.D1", "7");
        form.put("pengajar-1.T2", "2");

        given().formParams(form).when().post("/e/" + token).then().statusCode(400)
                .contentType(ContentType.HTML)
                .body(containsString("Beberapa isian perlu diperbaiki."))
                .body(containsString("<p class=\"error\" id=\"e-penyelenggaraan-D3\">Pilih salah satu jawaban.</p>"))
                .body(containsString("<p class=\"error\" id=\"e-pengajar-2-T5\">Pilih salah satu jawaban.</p>"))
                .body(containsString("<p class=\"error\" id=\"e-penyelenggaraan-D1\">"))
                .body(not(containsString("id=\"e-pengajar-1-T14\"")))
                .body(not(containsString("id=\"e-pengajar-1-T2\"")))
                .body(containsString("id=\"pengajar-1-T2-2\" name=\"pengajar-1.T2\" value=\"2\" checked"))
                .body(containsString(">Waktu praktik ditambah</textarea>"))
                .body(containsString("name=\"idempotencyKey\" value=\"" + key + "\""));

        assertEquals(0, program.answers());
        assertEquals(0, program.suggestions());
        given().when().get("/e/" + token).then().statusCode(200);
    }

    @Test
    void aFieldTheFormDoesNotHaveOrASuggestionTooLongIsRefusedNotDropped() {
        EvaluationPages.Program program = reactionProgram();
        String token = program.token("PARTICIPANT");
        Map<String, String> named = form(UUID.randomUUID().toString());
        named.put("nama", "Nurhayati Rahim");
        named.put("penyelenggaraan.D9", "4");

        given().formParams(named).when().post("/e/" + token).then().statusCode(400)
                .body(containsString("Isian nama tidak diterima"))
                .body(containsString("Isian penyelenggaraan.D9 tidak diterima"));
        Map<String, String> tooLong = form(UUID.randomUUID().toString());
        tooLong.put("saran", "x".repeat(2001));
        given().formParams(tooLong).when().post("/e/" + token).then().statusCode(400)
                .body(containsString("<p class=\"error\" id=\"e-saran\">Isian ini terlalu panjang.</p>"));

        assertEquals(0, program.answers());
        assertEquals(0, program.suggestions());
    }

    @Test
    void unknownExpiredAndReplacedLinksSayWhyInsteadOfAForm() {
        EvaluationPages.Program program = reactionProgram();
        String replaced = program.token("PARTICIPANT");
        Http.post("/api/v1/programs/" + program.id() + "/evaluation-links", Tokens.admin(), Map.of(
                "questionnaire", "REACTION", "role", "PARTICIPANT", "participantNip",
                EvaluationPages.PARTICIPANT_NIP)).statusCode(201);
        String expired = program.token("PARTICIPANT");
        program.expire(expired);

        for (String token : new String[] {replaced, expired}) {
            given().when().get("/e/" + token).then().statusCode(410)
                    .contentType(ContentType.HTML)
                    .body(containsString("Tautan ini sudah tidak berlaku"));
            given().formParams(form(UUID.randomUUID().toString())).when().post("/e/" + token).then().statusCode(410);
            given().when().get("/e/" + token + "/terima-kasih").then().statusCode(410);
        }
        given().when().get("/e/ZZZZZZZZZZZZZZZZ").then().statusCode(404)
                .body(containsString("Tautan tidak ditemukan"));
        given().formParams(form(UUID.randomUUID().toString())).when().post("/e/ZZZZZZZZZZZZZZZZ").then()
                .statusCode(404);
        given().urlEncodingEnabled(false).when().get("/e/%00").then().statusCode(404);
        assertEquals(0, program.answers());
    }
}
