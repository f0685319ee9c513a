package id.simonev.surveys.page;

import id.simonev.platform.region.OfficeDate;
import id.simonev.surveys.evaluation.Programs;
import id.simonev.testing.Register;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Completed programs in this service's copy, for the evaluation page's tests: one participant with
 * a supervisor in the register, one session per trainer, put on programs-service's topic by {@link Programs}.
 */
final class EvaluationPages {

    static final String REGION = "73.71";
    static final String AGENCY = "BPSDM-MKS";
    static final String PARTICIPANT_NIP = "198507122010012004";
    static final String PARTICIPANT_NAME = "Nurhayati Rahim";
    static final String SUPERVISOR_NIP = "197003151995031002";
    static final Trainer ANDI = new Trainer("Dr. Andi Rahman, M.Si.", "197211051998031003",
            "BPSDM Sulawesi Selatan");
    static final Trainer SITTI = new Trainer("Ir. Sitti Aisyah", null, "Universitas Hasanuddin");
    /** The items of the built-in questionnaires, in order: the delivery, a trainer, the post-training 360. */
    static final List<String> DELIVERY_ITEMS = codes("D", 8);
    static final List<String> TRAINER_ITEMS = codes("T", 14);
    /** The optional item of a trainer's section: working with the other trainers. */
    static final String OPTIONAL_TRAINER_ITEM = "T14";


    private EvaluationPages() {
    }

    /** A trainer as a program's plan names one. */
    record Trainer(String name, String nip, String institution) {
    }

    /** A completed program this service knows. */
    record Program(Programs.Program program) {

        UUID id() {
            return program.id();
        }

        String title() {
            return program.title();
        }

        /** The current link of a role: the participant's reaction, or a rater's post-training link. */
        String token(String role) {
            return Programs.query("select token from evaluation_link where program_id = ?1 and role = ?2 "
                    + "and not revoked", program.id(), role).toString();
        }

        /** How many answered sections this service keeps of the program. */
        long answers() {
            return program.storedAnswers();
        }

        /** How many answered trainer sections left the optional item empty. */
        long trainerAnswersWithoutTheOptionalItem() {
            return ((Number) Programs.query("""
                    select count(*) from evaluation_answer
                    where program_id = ?1 and trainer_id is not null and answers[14] is null""", program.id()))
                    .longValue();
        }

        long suggestions() {
            return ((Number) Programs.query("select count(*) from evaluation_suggestion where program_id = ?1",
                    program.id())).longValue();
        }

        /** Lets the link's time run out, as if its days had passed. */
        void expire(String token) {
            Programs.update("update evaluation_link set expires_at = ?2 where token = ?1", token,
                    Instant.now().minus(Duration.ofDays(1)));
        }
    }

    /**
     * A program of one session per trainer, ended on {@code endDate} and completed now, that one
     * participant attended throughout and completed, supervised by {@link #SUPERVISOR_NIP} in the
     * register. Her reaction link is issued at once, and so are the post-training 360's links when
     * the end is more than the program's three months ago.
     */
    static Program completed(LocalDate endDate, Trainer... trainers) {
        Register.ensureEmployee(SUPERVISOR_NIP, AGENCY, REGION, "ADMINISTRATOR", "IV/a", null);
        Register.ensureEmployee(PARTICIPANT_NIP, AGENCY, REGION, "PELAKSANA", "III/b", SUPERVISOR_NIP);
        List<List<Map<String, Object>>> sessions = Arrays.stream(trainers)
                .map(trainer -> List.of(Programs.trainer(trainer.name(), trainer.nip(), trainer.institution())))
                .toList();
        int[] attended = IntStream.rangeClosed(1, trainers.length).toArray();
        return new Program(Programs.scheduled((int) ChronoUnit.DAYS.between(endDate, OfficeDate.today()), 3,
                sessions).took(PARTICIPANT_NIP, PARTICIPANT_NAME, true, attended).complete());
    }

    /** Every item of each section with the same answer, as the page's form fields. */
    static Map<String, String> everyAnswer(int answer, int trainers) {
        Map<String, String> form = new LinkedHashMap<>();
        DELIVERY_ITEMS.forEach(item -> form.put("penyelenggaraan." + item, String.valueOf(answer)));
        for (int trainer = 1; trainer <= trainers; trainer++) {
            for (String item : TRAINER_ITEMS) {
                form.put("pengajar-" + trainer + "." + item, String.valueOf(answer));
            }
        }
        return form;
    }

    private static List<String> codes(String prefix, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            codes.add(prefix + i);
        }
        return codes;
    }
}
