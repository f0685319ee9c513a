package id.simonev.surveys.evaluation;

import static id.simonev.surveys.evaluation.Programs.items;
import static id.simonev.surveys.evaluation.Programs.postTraining;
import static id.simonev.surveys.evaluation.Programs.trainer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import id.simonev.platform.problem.ProblemType;
import id.simonev.surveys.evaluation.Programs.Program;
import id.simonev.testing.Http;
import id.simonev.testing.Refusal;
import id.simonev.testing.Register;
import id.simonev.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a program's questionnaires say, checked against figures computed by hand. */
@QuarkusTest
class EvaluationResultTests {

    @BeforeAll
    static void register() {
        Register.ensureAgency(Programs.AGENCY, Programs.REGION);
    }

    @Test
    void reactionPerItemAndOverallWithTrainersRatedByFewerThanThreeShownAsACount() {
        Map<String, Object> widyaiswara = trainer("Dra. Siti Aminah", Programs.nip(), "BPSDM Sulawesi Selatan");
        Map<String, Object> lecturer = trainer("Dr. Rudi Hartono", null, "Universitas Negeri Makassar");
        String[] nips = {Programs.nip(), Programs.nip(), Programs.nip(), Programs.nip()};
        Program program = Programs.scheduled(1, 3, List.of(List.of(widyaiswara), List.of(lecturer)))
                .took(nips[0], true, 1, 2).took(nips[1], true, 1, 2).took(nips[2], true, 1).took(nips[3], false, 1)
                .complete();
        // DOMAIN.md's example on D1: 5, 4, 4, 2 -> 3.75, Baik, 75%.
        answerReaction(program, nips[0], 5, 5, 4, "Waktu praktik ditambah");
        answerReaction(program, nips[1], 4, 4, 3, null);
        answerReaction(program, nips[2], 4, 4, 0, "Materi kurang relevan");
        answerReaction(program, nips[3], 2, 3, 0, null);

        Http.get(program.results(), Tokens.analyst("73.71")).statusCode(200)
                .body("anonymityThreshold", equalTo(3))
                .body("reaction.links.issued", equalTo(4))
                .body("reaction.links.answered", equalTo(4))
                .body("reaction.links.responseRate", equalTo(100.00f))
                .body("reaction.delivery.instrument", equalTo("PENYELENGGARAAN"))
                .body("reaction.delivery.rating.respondents", equalTo(4))
                .body("reaction.delivery.rating.items[0].code", equalTo("D1"))
                .body("reaction.delivery.rating.items[0].mean", equalTo(3.75f))
                .body("reaction.delivery.rating.items[0].topTwoBox", equalTo(75.00f))
                .body("reaction.delivery.rating.items[0].band", equalTo("Baik"))
                .body("reaction.delivery.rating.items[1].mean", equalTo(4.00f))
                .body("reaction.delivery.rating.items[1].topTwoBox", equalTo(100.00f))
                // (3.75 + 7 x 4) / 8 = 3.96875
                .body("reaction.delivery.rating.overall", equalTo(3.97f))
                .body("reaction.delivery.rating.band", equalTo("Baik"))
                .body("reaction.trainers.trainer.name", contains("Dra. Siti Aminah", "Dr. Rudi Hartono"))
                // T1-T13: 5, 4, 4, 3 -> 4.00, 75%; T14 unanswered, shown by its count and left out of the overall.
                .body("reaction.trainers[0].section.rating.respondents", equalTo(4))
                .body("reaction.trainers[0].section.rating.items[0].mean", equalTo(4.00f))
                .body("reaction.trainers[0].section.rating.items[0].topTwoBox", equalTo(75.00f))
                .body("reaction.trainers[0].section.rating.items[13].n", equalTo(0))
                .body("reaction.trainers[0].section.rating.items[13].mean", nullValue())
                .body("reaction.trainers[0].section.rating.overall", equalTo(4.00f))
                .body("reaction.trainers[1].section.rating.respondents", equalTo(2))
                .body("reaction.trainers[1].section.rating.shown", equalTo(false))
                .body("reaction.trainers[1].section.rating.items[0].n", equalTo(2))
                .body("reaction.trainers[1].section.rating.items[0].mean", nullValue())
                .body("reaction.trainers[1].section.rating.overall", nullValue())
                .body("reaction.suggestions", contains("Materi kurang relevan", "Waktu praktik ditambah"));
    }

    @Test
    void thePostTrainingRolesAndTheGapBetweenSelfAndSupervisor() {
        String supervisor = Programs.nip();
        Register.ensureEmployee(supervisor, Programs.AGENCY, Programs.REGION, "ADMINISTRATOR", "IV/a", null);
        String[] alumni = {Programs.nip(), Programs.nip(), Programs.nip()};
        for (String alumnus : alumni) {
            Register.ensureEmployee(alumnus, Programs.AGENCY, Programs.REGION, "PELAKSANA", "III/a", supervisor);
        }
        Program program = Programs.scheduled(100, 3, List.of(List.of(trainer("Drs. Made Wirawan", null, "LAN"))))
                .took(alumni[0], true, 1).took(alumni[1], true, 1).took(alumni[2], true, 1).complete();
        int[] self = {5, 4, 4};
        int[] bySupervisor = {4, 3, 3};
        for (int i = 0; i < alumni.length; i++) {
            program.answer(program.token(Questionnaire.POST_TRAINING, RaterRole.SELF, alumni[i]),
                    Map.of("sections", Map.of("pasca-pelatihan", postTraining(self[i])),
                            "suggestion", "Perlu pendampingan lanjutan " + i)).statusCode(201);
            program.answer(program.token(Questionnaire.POST_TRAINING, RaterRole.SUPERVISOR, alumni[i]),
                    Map.of("sections", Map.of("pasca-pelatihan", postTraining(bySupervisor[i])))).statusCode(201);
        }
        String openPeer = Http.put(program.raterPath(alumni[0]), Tokens.admin(), Map.of("openPeerLinks", 1))
                .statusCode(200).extract().path("links.find { it.role == 'PEER' }.token");
        program.answer(openPeer, Map.of("sections", Map.of("pasca-pelatihan", postTraining(5)))).statusCode(201);

        Http.get(program.results(), Tokens.admin()).statusCode(200)
                .body("postTraining.issued", equalTo(true))
                .body("postTraining.roles.role", contains("SELF", "SUPERVISOR", "PEER"))
                // 13 / 3 = 4.333: Sangat Baik; 10 / 3 = 3.333: Cukup.
                .body("postTraining.roles[0].section.rating.overall", equalTo(4.33f))
                .body("postTraining.roles[0].section.rating.band", equalTo("Sangat Baik"))
                .body("postTraining.roles[0].section.rating.items[0].topTwoBox", equalTo(100.00f))
                .body("postTraining.roles[1].section.rating.overall", equalTo(3.33f))
                .body("postTraining.roles[1].section.rating.band", equalTo("Cukup"))
                .body("postTraining.roles[1].section.rating.items[0].topTwoBox", equalTo(33.33f))
                .body("postTraining.roles[1].links.responseRate", equalTo(100.00f))
                .body("postTraining.roles[2].section.rating.respondents", equalTo(1))
                .body("postTraining.roles[2].section.rating.overall", nullValue())
                .body("postTraining.selfMinusSupervisor.overall", equalTo(1.00f))
                .body("postTraining.selfMinusSupervisor.items[0].code", equalTo("B1"))
                .body("postTraining.selfMinusSupervisor.items[0].gap", equalTo(1.00f))
                .body("postTraining.suggestions", contains("Perlu pendampingan lanjutan 0",
                        "Perlu pendampingan lanjutan 1", "Perlu pendampingan lanjutan 2"));
    }

    @Test
    void aTrainerAcrossTheProgramsTheyTaughtPoolsWhatEachProgramAloneCannotShow() {
        Map<String, Object> widyaiswara = trainer("Dr. Hasnawati Latief, M.Pd.", Programs.nip(), "BPSDM Sulsel");
        String[] first = {Programs.nip(), Programs.nip()};
        String[] second = {Programs.nip(), Programs.nip()};
        Program a = Programs.scheduled(40, 3, List.of(List.of(widyaiswara))).took(first[0], true, 1)
                .took(first[1], true, 1).complete();
        Program b = Programs.scheduled(2, 3, List.of(List.of(widyaiswara))).took(second[0], true, 1)
                .took(second[1], true, 1).complete();
        for (String nip : first) {
            answerReaction(a, nip, 4, 5, 0, null);
        }
        for (String nip : second) {
            answerReaction(b, nip, 4, 4, 0, null);
        }
        String trainerId = Http.get(a.results(), Tokens.admin()).extract().path("reaction.trainers[0].trainer.id");

        Http.get("/api/v1/trainers/" + trainerId + "/results", Tokens.analyst("73")).statusCode(200)
                .body("trainer.name", equalTo("Dr. Hasnawati Latief, M.Pd."))
                .body("programs.programCode", contains(b.code(), a.code()))
                .body("programs[0].rating.shown", equalTo(false))
                .body("programs[0].rating.respondents", equalTo(2))
                .body("overall.rating.respondents", equalTo(4))
                .body("overall.rating.items[0].mean", equalTo(4.50f))
                .body("overall.rating.band", equalTo("Sangat Baik"));
        Http.get("/api/v1/trainers?name=hasnawati", Tokens.operator("73.71")).statusCode(200)
                .body("items.id", hasItem(trainerId))
                .body("items.find { it.id == '" + trainerId + "' }.programs", equalTo(2))
                .body("items.find { it.id == '" + trainerId + "' }.respondents", equalTo(4));
        Http.get("/api/v1/trainers?name=hasnawati", Tokens.operator("53")).body("total", equalTo(0));
        Refusal.of(ProblemType.NOT_FOUND).check(() -> Http.get("/api/v1/trainers/" + trainerId + "/results",
                Tokens.analyst("53")));
        Refusal.outsideRegions().check(() -> Http.get(a.results(), Tokens.analyst("53")));
    }

    /** A participant's reaction: D1 as given, D2-D8 4, the first trainer {@code first}, the second {@code second}. */
    static void answerReaction(Program program, String nip, int d1, int first, int second, String suggestion) {
        Map<String, Integer> delivery = items("D", 8, 4);
        delivery.put("D1", d1);
        Map<String, Object> sections = new HashMap<>(Map.of("penyelenggaraan", delivery,
                "pengajar-1", items("T", 13, first)));
        if (second > 0) {
            sections.put("pengajar-2", items("T", 13, second));
        }
        Map<String, Object> answers = new HashMap<>(Map.of("sections", sections));
        if (suggestion != null) {
            answers.put("suggestion", suggestion);
        }
        program.answer(program.token(Questionnaire.REACTION, RaterRole.PARTICIPANT, nip), answers).statusCode(201);
    }
}
