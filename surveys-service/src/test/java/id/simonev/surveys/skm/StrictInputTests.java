package id.simonev.surveys.skm;

import static id.simonev.surveys.skm.SkmResponseResourceTests.post;
import static id.simonev.surveys.skm.SkmResponseResourceTests.response;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.simonev.platform.problem.ProblemType;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * surveys-service reads requests as strictly as every service (issue 14): an anonymous SKM
 * response that names its respondent is refused, not stored without the name, and an answer is a
 * whole number 1 to 4 as sent, never one converted from text or cut from a fraction.
 */
@QuarkusTest
class StrictInputTests {

    private static final String UNIT = "PKM-MKS-01";

    @Inject
    SkmResponseRepository responses;

    @BeforeEach
    void aPuskesmasInMakassarIsRegistered() {
        Register.ensureAgency("DINKES-MKS", "73.71");
        Register.ensureServiceUnit(UNIT, "DINKES-MKS", "73.71");
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> responses.count());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answers(Map<String, Object> response) {
        return (Map<String, Object>) response.get("answers");
    }

    @Test
    void aRespondentsNameIsRefusedNotDropped() {
        Map<String, Object> response = response(UNIT);
        response.put("name", "Andi Baso");

        Refusal.of(ProblemType.INVALID_REQUEST, "name")
                .check(this::stored, () -> post(Tokens.operator("73.71"), response))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("name"))
                .body("violations[0].message", startsWith("is not a field of this request"));
    }

    @Test
    void aRespondentsPhoneIsRefusedNotDropped() {
        Map<String, Object> response = response(UNIT);
        response.put("respondent", Map.of("gender", "P", "age", 34, "phone", "081234567890"));

        Refusal.of(ProblemType.INVALID_REQUEST, "respondent.phone")
                .check(this::stored, () -> post(Tokens.operator("73.71"), response))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("respondent.phone"))
                .body("violations[0].message",
                        equalTo("is not a field of this request; its fields are age, education, gender, "
                                + "occupation, serviceReceived"));
    }

    @Test
    void anAnswerWithAFractionIsRefusedNotTruncated() {
        Map<String, Object> response = response(UNIT);
        answers(response).put("U3", 3.5);

        Refusal.of(ProblemType.INVALID_REQUEST, "answers.U3")
                .check(this::stored, () -> post(Tokens.operator("73.71"), response))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("answers.U3"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }

    @Test
    void anAnswerAsTextIsRefusedNotConverted() {
        Map<String, Object> response = response(UNIT);
        answers(response).put("U4", "4");

        Refusal.of(ProblemType.INVALID_REQUEST, "answers.U4")
                .check(this::stored, () -> post(Tokens.operator("73.71"), response))
                .body("violations.size()", equalTo(1))
                .body("violations[0].field", equalTo("answers.U4"))
                .body("violations[0].message", equalTo("must be a whole number"));
    }
}
