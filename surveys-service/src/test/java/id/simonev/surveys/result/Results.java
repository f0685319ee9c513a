package id.simonev.surveys.result;

import id.simonev.surveys.Surveys;
import id.simonev.testing.Http;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** What the result tests share: units of their own, so that no test sees another's responses. */
final class Results {

    /** DOMAIN.md's worked example: four responses to U1..U9. */
    static final int[][] WORKED_EXAMPLE = {
            {4, 4, 3, 4, 3, 3, 4, 3, 4},
            {3, 3, 3, 3, 3, 3, 3, 3, 3},
            {4, 3, 4, 4, 4, 4, 4, 3, 3},
            {2, 3, 3, 4, 3, 4, 4, 3, 2},
    };

    private Results() {
    }

    record Unit(String agency, String code) {

        String results(LocalDate from, LocalDate to) {
            return "/api/v1/service-units/" + code + "/skm-results?from=" + from + "&to=" + to;
        }

        String trend() {
            return "/api/v1/service-units/" + code + "/skm-trend";
        }
    }

    /** A new agency with one unit in {@code region}; the register knows the unit's N when it is not null. */
    static Unit unit(String region, Integer yearlyServiceUsers) {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Unit unit = new Unit("DINAS-R-" + suffix, "UNIT-R-" + suffix);
        Register.ensureAgency(unit.agency(), region);
        Register.ensureServiceUnit(unit.code(), unit.agency(), region, yearlyServiceUsers);
        return unit;
    }

    /** Another unit of the same agency. */
    static String unitOf(Unit sibling, String region) {
        String code = "UNIT-R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Register.ensureServiceUnit(code, sibling.agency(), region);
        return code;
    }

    /** An OPEN campaign of the unit over the current quarter; its id. */
    static String openCampaign(String unit) {
        return Surveys.openCampaign(unit).id();
    }

    /** An OPEN campaign of the unit from {@code start} to {@code end}, with other fields of a new campaign; its id. */
    static String openCampaign(String unit, LocalDate start, LocalDate end, Map<String, Object> fields) {
        Map<String, Object> campaign = Surveys.campaign(unit, start, end);
        campaign.putAll(fields);
        String id = Http.post(Surveys.CAMPAIGNS, Tokens.admin(), campaign).statusCode(201).extract().path("id");
        Http.post(Surveys.CAMPAIGNS + "/" + id + "/open", Tokens.admin()).statusCode(200);
        return id;
    }

    /** A paper form with {@code answers} to U1..U9, dated {@code date}, whose respondent gave no profile. */
    static Map<String, Object> sheet(LocalDate date, int... answers) {
        Map<String, Object> sheet = new HashMap<>(Surveys.sheet(answers));
        sheet.put("surveyDate", date.toString());
        sheet.remove("respondent");
        return sheet;
    }

    static void enter(String campaign, Map<String, Object> sheet) {
        Http.post(Surveys.CAMPAIGNS + "/" + campaign + "/responses", Tokens.operator("73", "53"), sheet)
                .statusCode(201);
    }

    static void answer(String campaign, LocalDate date, int... answers) {
        enter(campaign, sheet(date, answers));
    }

    /** Nine times the same answer. */
    static int[] all(int answer) {
        int[] answers = new int[9];
        Arrays.fill(answers, answer);
        return answers;
    }
}
