package id.simonev.surveys;

import id.simonev.platform.region.OfficeDate;
import id.simonev.testing.Http;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What the surveys tests share: registered units, campaigns set up and opened, answer sheets. */
public final class Surveys {

    public static final String CAMPAIGNS = "/api/v1/campaigns";
    public static final String MAKASSAR_AGENCY = "DINKES-MKS";
    public static final String MAKASSAR_UNIT = "PKM-MKS-01";
    public static final String KUPANG_UNIT = "PKM-KPG-01";

    private Surveys() {
    }

    /** A Puskesmas in Makassar (73.71) and one in Kupang (53.71). */
    public static void registerUnits() {
        Register.ensureAgency(MAKASSAR_AGENCY, "73.71");
        Register.ensureServiceUnit(MAKASSAR_UNIT, MAKASSAR_AGENCY, "73.71");
        Register.ensureAgency("DINKES-KPG", "53.71");
        Register.ensureServiceUnit(KUPANG_UNIT, "DINKES-KPG", "53.71");
    }

    public static Map<String, Object> campaign(String unit, LocalDate start, LocalDate end) {
        Map<String, Object> campaign = new HashMap<>();
        campaign.put("serviceUnitCode", unit);
        campaign.put("startDate", start.toString());
        campaign.put("endDate", end.toString());
        return campaign;
    }

    /** A DRAFT campaign of the unit over the current quarter; its id. */
    public static String draftCampaign(String unit) {
        return Http.post(CAMPAIGNS, Tokens.admin(), campaign(unit, quarterStart(), quarterStart().plusMonths(3)
                .minusDays(1))).statusCode(201).extract().path("id");
    }

    /** An OPEN campaign of the unit over the current quarter; its id and public code. */
    public static Opened openCampaign(String unit) {
        String id = draftCampaign(unit);
        String code = Http.post(CAMPAIGNS + "/" + id + "/open", Tokens.admin()).statusCode(200)
                .extract().path("publicCode");
        return new Opened(id, code);
    }

    public record Opened(String id, String code) {

        public String responses() {
            return CAMPAIGNS + "/" + id + "/responses";
        }

        public String publicResponses() {
            return "/api/v1/public/surveys/" + code + "/responses";
        }
    }

    public static LocalDate quarterStart() {
        LocalDate today = OfficeDate.today();
        return today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
    }

    /** A complete sheet of the nine SKM elements, dated today. */
    public static Map<String, Object> sheet(int... answers) {
        int[] values = answers.length == 0 ? new int[] {4, 4, 3, 4, 3, 3, 4, 3, 4} : answers;
        Map<String, Object> byCode = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            byCode.put("U" + (i + 1), values[i]);
        }
        Map<String, Object> sheet = new HashMap<>();
        sheet.put("answers", byCode);
        sheet.put("surveyDate", OfficeDate.today().toString());
        sheet.put("respondent", Map.of("gender", "P", "age", 34, "education", "S1", "occupation", "SWASTA"));
        return sheet;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> answers(Map<String, Object> sheet) {
        return (Map<String, Object>) sheet.get("answers");
    }

    /** How many rows a table holds now; what a refusal must leave unchanged. */
    public static long rows(String table) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    public static long responsesOf(String campaignId) {
        EntityManager entityManager = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from survey_response where campaign_id = ?1")
                .setParameter(1, UUID.fromString(campaignId)).getSingleResult()).longValue());
    }
}
