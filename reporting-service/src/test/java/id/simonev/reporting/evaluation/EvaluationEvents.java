package id.simonev.reporting.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The events of one program as programs-service writes them, each checked against its contract, with
 * scripted event times (seconds after a fixed start), so that two programs fed the same script in two
 * orders can be compared field by field, their provenance times included. The reaction's events are
 * surveys-service's, about the same program.
 */
public final class EvaluationEvents {

    public static final String REGION = "73.71";
    private static final Instant START = Instant.parse("2026-03-01T01:00:00Z");

    private final String programId;

    public EvaluationEvents(String programId) {
        this.programId = programId;
    }

    static String nip(int participant) {
        return "19800101200501%04d".formatted(participant);
    }

    /** The plan, at {@code second}: 40 JP, passing score 60. */
    public ObjectNode planned(String type, int second, String title, String status) {
        Map<String, Object> program = new HashMap<>(Map.of(
                "programId", programId, "code", "PEL-EVAL", "title", title, "regionCode", REGION,
                "format", "TRAINING", "classical", true, "competencyType", "TEKNIS",
                "organisingAgencyCode", "BKPSDM-MKS", "startDate", "2026-03-02", "endDate", "2026-03-06"));
        program.putAll(Map.of("targetAgencyCodes", List.of(), "jp", 40, "capacity", 30, "passingScore", 60,
                "plannedBudget", 60_000_000, "expectedOutcomes", List.of(), "status", status,
                "sessions", List.of(Map.of("number", 1, "date", "2026-03-02", "jp", 40))));
        return at(second, TestEvents.envelope(type, "programs-service", programId, REGION, program));
    }

    public ObjectNode statusChanged(int second, String from, String to) {
        Map<String, Object> data = new HashMap<>(Map.of("programId", programId, "code", "PEL-EVAL",
                "regionCode", REGION, "from", from, "to", to, "changedAt", time(second).toString()));
        data.put("reason", null);
        return event("ProgramStatusChanged", second, data);
    }

    public ObjectNode enrolled(int second, int participant) {
        return event("ParticipantEnrolled", second, Map.of("programId", programId, "nip", nip(participant),
                "name", "Peserta " + participant, "agencyCode", "DINKES-MKS", "regionCode", REGION,
                "enrolledAt", time(second).toString()));
    }

    /** Scores as they now stand; null where none is recorded. */
    public ObjectNode scores(int second, int participant, Integer pre, Integer post) {
        Map<String, Object> data = new HashMap<>(Map.of("programId", programId, "nip", nip(participant)));
        data.put("preTest", pre);
        data.put("postTest", post);
        return event("TestScoresRecorded", second, data);
    }

    public ObjectNode withdrawn(int second, int participant, String reason) {
        Map<String, Object> data = new HashMap<>(Map.of("programId", programId, "nip", nip(participant),
                "agencyCode", "DINKES-MKS", "reason", reason, "withdrawnAt", time(second).toString()));
        data.put("note", null);
        return event("ParticipantWithdrawn", second, data);
    }

    /** How the program ended for one participant: completed (40 JP credited) or with its shortfalls. */
    public ObjectNode finished(int second, int participant, Integer pre, Integer post, String... shortfalls) {
        boolean completed = shortfalls.length == 0;
        Map<String, Object> data = new HashMap<>(Map.of("programId", programId, "nip", nip(participant),
                "agencyCode", "DINKES-MKS", "regionCode", REGION, "completed", completed,
                "shortfalls", List.of(shortfalls), "attendedJp", completed ? 40 : 24, "programJp", 40,
                "passingScore", 60, "jpCredited", completed ? 40 : 0));
        data.put("year", 2026);
        data.put("preTest", pre);
        data.put("postTest", post);
        return event("ParticipantCompleted", second, data);
    }

    public ObjectNode expense(int second, long amount, long realisedSoFar) {
        Map<String, Object> data = new HashMap<>(Map.of("programId", programId,
                "expenseId", UUID.randomUUID().toString(), "category", "VENUE", "amount", amount,
                "date", "2026-03-02", "plannedBudget", 60_000_000, "realisedBudget", realisedSoFar));
        data.put("note", null);
        return event("ExpenseRecorded", second, data);
    }

    public ObjectNode benefitEstimated(int second, long amount, Long previous) {
        Map<String, Object> data = new HashMap<>(Map.of("programId", programId, "amount", amount,
                "method", "Jam kerja yang dihemat x tarif per jam", "estimatedBy", "analyst@test",
                "estimatedAt", time(second).toString()));
        data.put("previousAmount", previous);
        return event("BenefitEstimated", second, data);
    }

    /** One answer to the reaction questionnaire (level 1), of the given {@link #section sections}. */
    public ObjectNode reactionSubmitted(int second, List<Map<String, Object>> sections) {
        return surveys("EvaluationSubmitted", second, Map.of("programId", programId, "regionCode", REGION,
                "questionnaire", "REACTION", "role", "PARTICIPANT", "sections", sections));
    }

    /** Links to the reaction questionnaire issued, {@code replaced} of them replacing earlier ones. */
    public ObjectNode linksIssued(int second, int issued, int replaced) {
        return surveys("EvaluationLinksIssued", second, Map.of("programId", programId, "regionCode", REGION,
                "questionnaire", "REACTION", "role", "PARTICIPANT", "issued", issued, "replaced", replaced,
                "expiresAt", time(second).plus(Duration.ofDays(14)).toString(), "issuedAt", time(second).toString()));
    }

    /** A section of an answer: the delivery's ({@code PENYELENGGARAAN}) or a trainer's ({@code PENGAJAR}). */
    public static Map<String, Object> section(String instrument, String trainerId, String trainerName,
                                              Map<String, Integer> answers) {
        Map<String, Object> section = new HashMap<>(Map.of("instrument", instrument, "instrumentVersion", 1,
                "answers", answers));
        section.put("trainerId", trainerId);
        section.put("trainerName", trainerName);
        return section;
    }

    private ObjectNode surveys(String type, int second, Map<String, ?> data) {
        return at(second, TestEvents.envelope(type, "surveys-service", programId, REGION, data));
    }

    static Instant time(int second) {
        return START.plusSeconds(second);
    }

    private ObjectNode event(String type, int second, Map<String, ?> data) {
        return at(second, TestEvents.envelope(type, "programs-service", programId, REGION, data));
    }

    private static ObjectNode at(int second, ObjectNode event) {
        event.put("occurredAt", time(second).toString());
        return event;
    }
}
