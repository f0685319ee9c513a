package id.simonev.reporting.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.simonev.reporting.rule.Period;
import id.simonev.reporting.rule.PeriodType;
import id.simonev.testing.TestEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The events level 3 of one program is computed from, as their producers write them, each checked
 * against its contract, with scripted event times (seconds after a fixed start): the program's plan
 * (14-18 April 2025, a post-training lag of 4 months), its participants, the register's employees of
 * its own agency (so that no other test's employees join its comparison group), their appraisals, and
 * the 360's links and answers.
 */
final class BehaviourEvents {

    static final String REGION = "73.71";
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");
    private static final Map<PeriodType, String> KINDS = Map.of(PeriodType.MONTH, "MONTHLY",
            PeriodType.QUARTER, "QUARTERLY", PeriodType.YEAR, "ANNUAL");

    private final String programId;
    private final String agency;
    /** A birth date of this script's own, so that its employees' NIPs are not another script's. */
    private final String born;

    BehaviourEvents(String programId) {
        this.programId = programId;
        this.agency = "DINKES-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        this.born = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000))
                .format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    String agency() {
        return agency;
    }

    /** The NIP of this script's employee {@code number} (1-999). */
    String nip(int number) {
        return born + "201001" + "1" + "%03d".formatted(number);
    }

    static Instant time(int second) {
        return START.plusSeconds(second);
    }

    /** The plan, COMPLETED: 14-18 April 2025, the 360 and the appraisal after 4 months past the end. */
    ObjectNode planned(int second) {
        Map<String, Object> program = new HashMap<>(Map.of(
                "programId", programId, "code", "PEL-PERILAKU", "title", "Pelatihan Pelayanan Publik",
                "regionCode", REGION, "format", "TRAINING", "classical", true, "competencyType", "TEKNIS",
                "organisingAgencyCode", "BKPSDM-MKS", "startDate", "2025-04-14", "endDate", "2025-04-18"));
        program.putAll(Map.of("targetAgencyCodes", List.of(), "jp", 40, "capacity", 30, "passingScore", 60,
                "plannedBudget", 60_000_000, "expectedOutcomes", List.of(), "status", "COMPLETED",
                "sessions", List.of(Map.of("number", 1, "date", "2025-04-14", "jp", 40)),
                "postTrainingLagMonths", 4));
        return event("ProgramScheduled", "programs-service", programId, second, program);
    }

    ObjectNode enrolled(int second, int number) {
        return event("ParticipantEnrolled", "programs-service", programId, second, Map.of("programId", programId,
                "nip", nip(number), "name", "Peserta " + number, "agencyCode", agency, "regionCode", REGION,
                "enrolledAt", time(second).toString()));
    }

    ObjectNode withdrawn(int second, int number) {
        Map<String, Object> data = new HashMap<>(Map.of("programId", programId, "nip", nip(number),
                "agencyCode", agency, "reason", "WORKLOAD", "withdrawnAt", time(second).toString()));
        data.put("note", null);
        return event("ParticipantWithdrawn", "programs-service", programId, second, data);
    }

    /** An employee of this script's agency, or of {@code otherAgency} when not null; no position type if null. */
    ObjectNode employee(int second, int number, String positionType, String otherAgency) {
        Map<String, Object> data = new HashMap<>();
        data.put("nip", nip(number));
        data.put("name", "Pegawai " + number);
        data.put("gender", "L");
        data.put("agencyCode", otherAgency == null ? agency : otherAgency);
        data.put("regionCode", REGION);
        data.put("position", null);
        data.put("status", "PNS");
        data.put("positionType", positionType);
        data.put("rank", "III/a");
        data.put("supervisorNip", null);
        data.put("active", true);
        return event("EmployeeRegistered", "programs-service", nip(number), second, data);
    }

    /** Employee {@code number}'s appraisal {@code appraisalId} for a period (2025, 2025-Q1, 2025-03). */
    ObjectNode appraised(int second, int number, UUID appraisalId, String period, String predicate) {
        Period appraised = Period.parse(period).orElseThrow();
        Map<String, Object> data = new HashMap<>(appraisal(number, appraisalId, period, predicate));
        data.putAll(Map.of("periodKind", KINDS.get(appraised.type()), "periodStart", appraised.start().toString(),
                "periodEnd", appraised.end().toString(), "hasilKerja", "AS_EXPECTED", "perilakuKerja", "AS_EXPECTED"));
        data.put("positionType", null);
        data.put("rank", "III/a");
        return event("AppraisalRecorded", "performance-service", nip(number), second, data);
    }

    ObjectNode corrected(int second, int number, UUID appraisalId, String period, String predicate,
                         String previous) {
        Map<String, Object> data = new HashMap<>(appraisal(number, appraisalId, period, predicate));
        data.putAll(Map.of("hasilKerja", "AS_EXPECTED", "perilakuKerja", "AS_EXPECTED", "previousPredicate", previous,
                "reason", "Salah input", "correctedAt", time(second).toString()));
        return event("AppraisalCorrected", "performance-service", nip(number), second, data);
    }

    private Map<String, Object> appraisal(int number, UUID appraisalId, String period, String predicate) {
        return Map.of("appraisalId", appraisalId.toString(), "nip", nip(number), "period", period,
                "predicate", predicate, "appraiserNip", nip(999), "appraisedOn", "2025-01-10", "agencyCode", agency,
                "regionCode", REGION);
    }

    ObjectNode linksIssued(int second, String role, int issued, int replaced) {
        return event("EvaluationLinksIssued", "surveys-service", programId, second, Map.of("programId", programId,
                "regionCode", REGION, "questionnaire", "POST_TRAINING", "role", role, "issued", issued,
                "replaced", replaced, "expiresAt", time(second).plus(Duration.ofDays(14)).toString(),
                "issuedAt", time(second).toString()));
    }

    /** One rater's 360: B1 as given, every other item (B2-B5, I1-I6) the same {@code others}. */
    ObjectNode answered(int second, String role, int b1, int others) {
        Map<String, Integer> answers = new HashMap<>();
        answers.put("B1", b1);
        for (String item : List.of("B2", "B3", "B4", "B5", "I1", "I2", "I3", "I4", "I5", "I6")) {
            answers.put(item, others);
        }
        Map<String, Object> section = new HashMap<>(Map.of("instrument", "PASCA-PELATIHAN", "instrumentVersion", 1,
                "answers", answers));
        section.put("trainerId", null);
        section.put("trainerName", null);
        return event("EvaluationSubmitted", "surveys-service", programId, second, Map.of("programId", programId,
                "regionCode", REGION, "questionnaire", "POST_TRAINING", "role", role, "sections", List.of(section)));
    }

    private static ObjectNode event(String type, String source, String key, int second, Map<String, ?> data) {
        ObjectNode event = TestEvents.envelope(type, source, key, REGION, data);
        event.put("occurredAt", time(second).toString());
        return event;
    }
}
