package id.simonev.performance;

import id.simonev.testing.Http;
import id.simonev.testing.Tokens;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Test fixture: indicators, targets and realisations written through the API as an admin would. */
public final class Indicators {

    public static final String INDICATORS = "/api/v1/indicators";

    private Indicators() {
    }

    /** An indicator of {@code agencyCode} with a code of its own. */
    public static Map<String, Object> indicator(String agencyCode, String direction, String periodType,
            String aggregation) {
        Map<String, Object> indicator = new HashMap<>();
        indicator.put("code", "IKU-" + UUID.randomUUID().toString().substring(0, 8));
        indicator.put("name", "Waktu respon pengaduan");
        indicator.put("agencyCode", agencyCode);
        indicator.put("unit", "DAYS");
        indicator.put("direction", direction);
        indicator.put("periodType", periodType);
        indicator.put("aggregation", aggregation);
        return indicator;
    }

    public static ValidatableResponse define(String token, Map<String, Object> indicator) {
        return Http.post(INDICATORS, token, indicator);
    }

    /** Defines an indicator as an admin and answers its id. */
    public static String defined(String agencyCode, String direction, String periodType, String aggregation) {
        return define(Tokens.admin(), indicator(agencyCode, direction, periodType, aggregation))
                .statusCode(201).extract().path("id");
    }

    public static ValidatableResponse setTarget(String token, String id, String period, Object target) {
        return Http.put(INDICATORS + "/" + id + "/targets/" + period, token, target);
    }

    public static ValidatableResponse record(String token, String id, String period, Object value) {
        return Http.post(INDICATORS + "/" + id + "/realisations", token, Map.of("period", period, "value", value));
    }

    /** Sets the target and records the realisation of a period, as an admin. */
    public static ValidatableResponse reached(String id, String period, Object target, Object value) {
        setTarget(Tokens.admin(), id, period, Map.of("value", target)).statusCode(200);
        return record(Tokens.admin(), id, period, value).statusCode(201);
    }
}
