package id.simonev.programs.employee;

import static id.simonev.programs.program.ProgramFixtures.PROGRAMS;
import static id.simonev.testing.Http.get;
import static id.simonev.testing.Http.post;
import static id.simonev.testing.Http.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import id.simonev.platform.problem.ProblemType;
import id.simonev.programs.program.ProgramFixtures;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A NIP is read by one parser wherever it enters (JSON, CSV, path): a bad one gets the same
 * reason everywhere, a 400 naming the field in a request and a 422 naming the line in a file,
 * and nothing is written.
 */
@QuarkusTest
class NipEntryTests {

    private static final String SPELLINGS = "must be 18 digits, or grouped as 19671110 199203 1 001";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "1967 1110 1992 031001 | " + SPELLINGS,
            "203001012050011001 | holds a birth date 2030-01-01 in the future",
            "198001012035011001 | holds an appointment month 2035-01 more than 12 months ahead",
            "200001012015011001 | holds an appointment month 2015-01 before the age of 18 (born 2000-01-01)"
    })
    void aBadNipGetsTheSameReasonWhereverItEnters(String nip, String reason) {
        String agency = ProgramFixtures.agency("73.71");
        String employees = "/api/v1/employees?agency=" + agency;
        Map<String, Object> employee = Map.of("nip", nip, "name", "Andi Baso", "gender", "L", "agencyCode", agency,
                "status", "PNS");

        refused(ProblemType.INVALID_REQUEST, reason, () -> Http.read(employees),
                () -> post("/api/v1/employees", Tokens.admin(), employee));
        refused(ProblemType.INVALID_ROWS, reason, () -> Http.read(employees),
                () -> upload("/api/v1/employees/import", Tokens.admin(),
                        "nip;nama;jenis_kelamin;kode_instansi;status_kepegawaian\n" + nip + ";Andi Baso;L;" + agency
                                + ";PNS\n"))
                .body("violations.line", contains(2));
        refused(ProblemType.INVALID_REQUEST, reason, () -> Http.read(employees),
                () -> get("/api/v1/employees/" + nip, Tokens.admin()));

        String program = ProgramFixtures.draft(ProgramFixtures.plan("73.71", agency));
        ProgramFixtures.moveTo(program, "SCHEDULED");
        String participants = PROGRAMS + "/" + program + "/participants";
        refused(ProblemType.INVALID_REQUEST, reason, () -> Http.read(participants),
                () -> post(participants, Tokens.admin(), Map.of("nip", nip)));
        refused(ProblemType.INVALID_ROWS, reason, () -> Http.read(participants),
                () -> upload(participants + "/import", Tokens.admin(), "nip\n" + nip + "\n"))
                .body("violations.line", contains(2));
        refused(ProblemType.INVALID_REQUEST, reason, () -> Http.read(participants),
                () -> get(participants + "/" + nip, Tokens.admin()));
    }

    @ParameterizedTest(name = "grouped: {0}")
    @ValueSource(booleans = {true, false})
    void aNipReadsTheSameInEitherSpellingInABodyAndInAPath(boolean grouped) {
        String agency = ProgramFixtures.agency("73.71");
        String nip = (grouped ? "19610102" : "19610103") + "199203" + "1" + "001";
        String spelled = grouped ? nip.substring(0, 8) + " " + nip.substring(8, 14) + " 1 001" : nip;

        post("/api/v1/employees", Tokens.admin(), Map.of("nip", spelled, "name", "Andi Baso", "gender", "L",
                "agencyCode", agency, "status", "PNS"))
                .statusCode(201)
                .body("nip", equalTo(nip));
        get("/api/v1/employees/" + spelled, Tokens.admin()).statusCode(200).body("nip", equalTo(nip));
    }

    private static ValidatableResponse refused(ProblemType type, String reason, Supplier<?> state,
                                               Supplier<ValidatableResponse> request) {
        return Refusal.of(type, "nip").check(state, request)
                .body("violations.field", contains("nip"))
                .body("violations[0].message", equalTo(reason));
    }
}
