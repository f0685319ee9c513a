package id.simonev.surveys.skm;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import id.simonev.platform.region.OfficeDate;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A survey date is judged on the offices' date (WIB), not on the zone the server runs in. */
@QuarkusTest
class SurveyDateTests {

    private static final String UNIT = "PKM-MKS-01";

    @BeforeEach
    void aPuskesmasInMakassarIsRegistered() {
        Register.ensureAgency("DINKES-MKS", "73.71");
        Register.ensureServiceUnit(UNIT, "DINKES-MKS", "73.71");
    }

    private static Map<String, Object> datedOn(String date) {
        Map<String, Object> response = SkmResponseResourceTests.response(UNIT);
        response.put("surveyDate", date);
        return response;
    }

    @Test
    void aSurveyOfTodayInIndonesiaIsTakenAndOneOfTomorrowIsNot() {
        SkmResponseResourceTests.post(Tokens.operator("73.71"), datedOn(OfficeDate.today().toString()))
                .statusCode(201)
                .body("surveyDate", equalTo(OfficeDate.today().toString()));
        SkmResponseResourceTests.post(Tokens.operator("73.71"), datedOn(OfficeDate.today().plusDays(1).toString()))
                .statusCode(400)
                .body("violations.field", contains("surveyDate"));
    }
}
