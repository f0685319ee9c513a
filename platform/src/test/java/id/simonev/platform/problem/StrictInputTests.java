package id.simonev.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a client that got its JSON wrong is answered, row by row of issue 14: the strict reading
 * refuses it and the problem names the field and what it must be.
 */
class StrictInputTests {

    enum Format { TRAINING, WORKSHOP }

    record Session(LocalDate date, int jp) {
    }

    record Plan(String title, Format format, LocalDate startDate, Integer capacity, Long plannedBudget,
                Double passingScore, Boolean classical, List<Session> sessions, Map<String, Integer> answers) {
    }

    private static final ObjectMapper JSON = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        return mapper;
    }

    /** The problem the client gets for {@code json}, with single quotes for double ones. */
    private static Problem refusalOf(String json) {
        JsonProcessingException refused = assertThrows(JsonProcessingException.class,
                () -> JSON.readValue(json.replace('\'', '"'), Plan.class));
        return ProblemMappers.unreadable(refused, "/plans");
    }

    private static void assertRefused(String json, String field, String message) {
        Problem problem = refusalOf(json);
        assertEquals(ProblemType.INVALID_REQUEST.uri(), problem.type());
        assertEquals(400, problem.status());
        assertEquals("/plans", problem.instance());
        assertEquals(List.of(new Problem.Violation(field, message)), problem.violations());
        assertEquals(field + " " + message, problem.detail());
    }

    @Test
    void aWellFormedRequestIsReadAsSent() throws Exception {
        Plan plan = JSON.readValue("""
                {"title": "Pelatihan \\ud83d\\ude00", "format": "WORKSHOP", "startDate": "2026-03-02",
                 "capacity": 30, "plannedBudget": 45000000, "passingScore": 70, "classical": true,
                 "sessions": [{"date": "2026-03-02", "jp": 8}], "answers": {"U1": 4}}""", Plan.class);

        assertEquals(new Plan("Pelatihan \uD83D\uDE00", Format.WORKSHOP, LocalDate.of(2026, 3, 2), 30, 45_000_000L,
                70.0, true, List.of(new Session(LocalDate.of(2026, 3, 2), 8)), Map.of("U1", 4)), plan);
    }

    @Test
    void anUnknownFieldIsRefusedNamingItAndTheFieldsThereAre() {
        String fields = "; its fields are answers, capacity, classical, format, passingScore, plannedBudget, "
                + "sessions, startDate, title";
        assertRefused("{'titel': 'Pelatihan'}", "titel", "is not a field of this request" + fields);
        assertRefused("{'title': 'Survei', 'name': 'Andi', 'phone': '0812'}", "name",
                "is not a field of this request" + fields);
        assertRefused("{'sessions': [{'date': '2026-03-02', 'jp': 8, 'unit': 'JP'}]}", "sessions[0].unit",
                "is not a field of this request; its fields are date, jp");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{'plannedBudget': 1.5}                   | plannedBudget   | must be a whole number",
            "{'sessions': [{'jp': 1.9}]}              | sessions[0].jp  | must be a whole number",
            "{'answers': {'U3': 3.5}}                 | answers.U3      | must be a whole number",
            "{'answers': {'U3': '4'}}                 | answers.U3      | must be a whole number",
            "{'plannedBudget': '5'}                   | plannedBudget   | must be a whole number",
            "{'capacity': ''}                         | capacity        | must be a whole number",
            "{'sessions': [{'jp': null}]}             | sessions[0].jp  | must be a whole number",
            "{'passingScore': '70'}                   | passingScore    | must be a number",
            "{'classical': 'true'}                    | classical       | must be true or false",
            "{'classical': 1}                         | classical       | must be true or false",
            "{'title': 5}                             | title           | must be a string",
            "{'format': 0}                            | format          | must be one of TRAINING, WORKSHOP",
            "{'format': '1'}                          | format          | must be one of TRAINING, WORKSHOP",
            "{'format': 'training'}                   | format          | must be one of TRAINING, WORKSHOP",
            "{'startDate': 0}                         | startDate       | must be a date (yyyy-mm-dd)",
            "{'sessions': [{'date': -1}]}             | sessions[0].date | must be a date (yyyy-mm-dd)",
            "{'startDate': ''}                        | startDate       | must be a date (yyyy-mm-dd)",
    })
    void aValueOfAnotherJsonTypeIsNotConverted(String json, String field, String message) {
        assertRefused(json, field, message);
    }

    @Test
    void aKeyGivenTwiceIsRefusedNamingIt() {
        assertRefused("{'title': 'A', 'capacity': 1, 'title': 'B'}", "title", "is given more than once");
        assertRefused("{'sessions': [{'jp': 8}, {'jp': 8, 'jp': 4}]}", "sessions[1].jp", "is given more than once");
        assertRefused("{'answers': {'U1': 4, 'U1': 1}}", "answers.U1", "is given more than once");
    }

    @Test
    void aNumberTooLargeForItsFieldIsRefusedNamingTheFieldAndTheRange() {
        assertRefused("{'capacity': 2147483648}", "capacity",
                "must be a whole number from -2147483648 to 2147483647");
        assertRefused("{'sessions': [{'jp': 2147483648}]}", "sessions[0].jp",
                "must be a whole number from -2147483648 to 2147483647");
        assertRefused("{'plannedBudget': 9223372036854775808}", "plannedBudget",
                "must be a whole number from -9223372036854775808 to 9223372036854775807");
    }

    @Test
    void textPostgresqlCannotStoreAsSentIsRefused() {
        assertRefused("{'title': 'Pelatihan \\ud800'}", "title",
                "must be Unicode text, without half of a UTF-16 surrogate pair");
        assertRefused("{'title': '\\udc00 Pelatihan'}", "title",
                "must be Unicode text, without half of a UTF-16 surrogate pair");
        assertRefused("{'title': 'Pelatihan\\u0000'}", "title", "must not hold the NUL character");
    }

    @Test
    void malformedJsonIsRefusedSayingWhere() {
        Problem problem = refusalOf("{'title': 'A',");

        assertEquals(400, problem.status());
        assertTrue(problem.detail().startsWith("The request body is not valid JSON: "), problem.detail());
        assertTrue(problem.detail().contains("(line 1, column"), problem.detail());
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        Problem problem = refusalOf("['title']");

        assertEquals("The request body must be an object", problem.detail());
        assertEquals(List.of(), problem.violations());
    }
}
