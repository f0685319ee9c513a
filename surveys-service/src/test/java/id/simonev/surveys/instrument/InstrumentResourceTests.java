package id.simonev.surveys.instrument;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.ProblemType;
import id.simonev.surveys.Surveys;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InstrumentResourceTests {

    private static final String INSTRUMENTS = "/api/v1/instruments";

    @BeforeEach
    void unitsAreRegistered() {
        Surveys.registerUnits();
    }

    private static long stored() {
        return Surveys.rows("instrument_item");
    }

    private static Map<String, Object> weights(double... values) {
        Map<String, Object> weights = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            weights.put("U" + (i + 1), values[i]);
        }
        return weights;
    }

    private static Map<String, Object> ownSkm(String code, Map<String, Object> weights) {
        Map<String, Object> content = new HashMap<>();
        content.put("name", "SKM Dinkes Makassar");
        content.put("weights", weights);
        content.put("extraQuestions", List.of(Map.of("code", "X1", "name", "Informasi pelayanan",
                "question", "Bagaimana kejelasan informasi pelayanan?",
                "wordings", List.of("Tidak jelas", "Kurang jelas", "Jelas", "Sangat jelas"))));
        return Map.of("code", code, "agencyCode", Surveys.MAKASSAR_AGENCY, "content", content);
    }

    @Test
    void theSkmOfTheRegulationIsBuiltInWithItsNineElementsAndWordings() {
        Http.get(INSTRUMENTS + "/SKM/versions/1", Tokens.analyst("73")).statusCode(200)
                .body("scaleMin", equalTo(1))
                .body("scaleMax", equalTo(4))
                .body("items.code", contains("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"))
                .body("items[7].name", equalTo("Penanganan pengaduan, saran dan masukan"))
                .body("items[8].name", equalTo("Sarana dan prasarana"))
                .body("items[3].wordings", contains("Sangat mahal", "Cukup mahal", "Murah", "Gratis"))
                .body("items[0].weight", nullValue())
                .body("items.indexed", contains(true, true, true, true, true, true, true, true, true));
        Http.get(INSTRUMENTS, Tokens.analyst("53")).statusCode(200)
                .body("code", hasItem("SKM"));
    }

    @Test
    void anOfficesOwnSkmIsADraftUntilPublishedAndAChangeAfterThatIsTheNextVersion() {
        String code = "SKM-MKS-" + UUID.randomUUID().toString().substring(0, 6);
        Http.post(INSTRUMENTS, Tokens.operator("73.71"),
                        ownSkm(code, weights(0.1, 0.1, 0.15, 0.1, 0.1, 0.1, 0.15, 0.1, 0.1)))
                .statusCode(201)
                .body("builtIn", equalTo(false))
                .body("versions.version", contains(1))
                .body("versions[0].publishedAt", nullValue());

        Map<String, Object> campaign = Surveys.campaign(Surveys.MAKASSAR_UNIT, Surveys.quarterStart(),
                Surveys.quarterStart().plusMonths(1));
        campaign.put("instrumentCode", code);
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "instrumentCode").saying("instrument " + code + " has no published version yet")
                .check(() -> Surveys.rows("campaign"), () -> Http.post(Surveys.CAMPAIGNS, Tokens.operator("73.71"),
                        campaign));

        campaign.put("instrumentVersion", 1);
        Refusal.of(ProblemType.UNKNOWN_REFERENCE, "instrumentCode").saying(code + " version 1 is a draft")
                .check(() -> Surveys.rows("campaign"), () -> Http.post(Surveys.CAMPAIGNS, Tokens.operator("73.71"),
                        campaign));

        Http.post(INSTRUMENTS + "/" + code + "/publish", Tokens.operator("73.71")).statusCode(200);
        Http.post(Surveys.CAMPAIGNS, Tokens.operator("73.71"), campaign).statusCode(201)
                .body("instrumentVersion", equalTo(1));
        Http.post(INSTRUMENTS + "/" + code + "/publish", Tokens.operator("73.71")).statusCode(409);

        Map<String, Object> changed = new HashMap<>(Map.of("name", "SKM Dinkes Makassar 2"));
        Http.put(INSTRUMENTS + "/" + code, Tokens.operator("73.71"), changed).statusCode(200)
                .body("versions.version", contains(1, 2));
        Http.get(INSTRUMENTS + "/" + code + "/versions/1", Tokens.operator("73.71")).statusCode(200)
                .body("items.code", contains("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "X1"))
                .body("items[2].weight", equalTo(0.15f))
                .body("items[9].indexed", equalTo(false));
        Http.get(INSTRUMENTS + "/" + code + "/versions/2", Tokens.operator("73.71")).statusCode(200)
                .body("items.code", contains("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"))
                .body("items[2].weight", nullValue())
                .body("publishedAt", nullValue());
    }

    @Test
    void aRetriedInstrumentWithItsIdempotencyKeyIsMadeOnce() {
        String code = "SKM-RETRY-" + UUID.randomUUID().toString().substring(0, 6);
        String key = "instrument-" + code;
        Http.postOnce(INSTRUMENTS, Tokens.operator("73.71"), key, ownSkm(code, null)).statusCode(201);
        long made = stored();

        Http.postOnce(INSTRUMENTS, Tokens.operator("73.71"), key, ownSkm(code, null)).statusCode(201)
                .body("code", equalTo(code));

        assertEquals(made, stored());
    }

    @Test
    void weightsThatDoNotSumToExactlyOneAreRefusedAndNothingIsWritten() {
        Refusal.of(ProblemType.INVALID_REQUEST, "content.weights").saying("The instrument is invalid")
                .check(InstrumentResourceTests::stored, () -> Http.post(INSTRUMENTS, Tokens.admin(),
                        ownSkm("SKM-BAD-1", weights(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.111))))
                .body("violations[0].message", equalTo("must sum to exactly 1; they sum to 0.911"));
        Refusal.of(ProblemType.INVALID_REQUEST, "content.weights")
                .check(InstrumentResourceTests::stored, () -> Http.post(INSTRUMENTS, Tokens.admin(),
                        ownSkm("SKM-BAD-2", weights(0.5, 0.5))))
                .body("violations[0].message", equalTo("must weigh every element U1-U9 or none; missing U3, U4, "
                        + "U5, U6, U7, U8, U9"));
        Map<String, Object> unknown = weights(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2);
        unknown.put("U10", 0.1);
        Map<String, Object> tooFine = weights(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1);
        tooFine.put("U1", new BigDecimal("0.0999999999"));
        tooFine.put("U2", new BigDecimal("0.1000000001"));
        Refusal.of(ProblemType.INVALID_REQUEST, "content.weights.U1")
                .check(InstrumentResourceTests::stored, () -> Http.post(INSTRUMENTS, Tokens.admin(),
                        ownSkm("SKM-BAD-5", tooFine)))
                .body("violations.message", contains("must have at most 6 decimals", "must have at most 6 decimals"));
        Refusal.of(ProblemType.INVALID_REQUEST, "content.weights.U10")
                .check(InstrumentResourceTests::stored, () -> Http.post(INSTRUMENTS, Tokens.admin(),
                        ownSkm("SKM-BAD-3", unknown)));
    }

    @Test
    void anExtraQuestionMayNotTakeTheCodeOfAnElement() {
        Map<String, Object> instrument = new HashMap<>(ownSkm("SKM-BAD-4", null));
        @SuppressWarnings("unchecked")
        Map<String, Object> content = new HashMap<>((Map<String, Object>) instrument.get("content"));
        content.put("extraQuestions", List.of(Map.of("code", "U8", "name", "Lain", "question", "Lain?",
                "wordings", List.of("a", "b", "c", "d"))));
        instrument.put("content", content);

        Refusal.of(ProblemType.INVALID_REQUEST, "content.extraQuestions[0].code")
                .check(InstrumentResourceTests::stored, () -> Http.post(INSTRUMENTS, Tokens.admin(), instrument));
    }

    @Test
    void theBuiltInSkmNeverChangesAndAnotherRegionsAgencyIsRefused() {
        long before = stored();
        Http.put(INSTRUMENTS + "/SKM", Tokens.admin(), Map.of("name", "Mine")).statusCode(409);
        Http.post(INSTRUMENTS + "/SKM/publish", Tokens.admin()).statusCode(409);
        Refusal.of(ProblemType.FORBIDDEN, "agencyCode").check(InstrumentResourceTests::stored, () -> Http.post(INSTRUMENTS,
                Tokens.operator("53.71"), ownSkm("SKM-KPG-X", null)));
        Refusal.byRole().check(InstrumentResourceTests::stored, () -> Http.post(INSTRUMENTS, Tokens.analyst("73"),
                ownSkm("SKM-MKS-Y", null)));
        assertEquals(before, stored());
    }
}
