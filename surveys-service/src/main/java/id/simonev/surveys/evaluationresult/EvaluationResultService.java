package id.simonev.surveys.evaluationresult;

import id.simonev.platform.security.Caller;
import id.simonev.surveys.evaluation.EvaluationLinkOverview;
import id.simonev.surveys.evaluation.EvaluationLinkService;
import id.simonev.surveys.evaluation.LinkSummary;
import id.simonev.surveys.evaluation.Questionnaire;
import id.simonev.surveys.evaluation.RaterRole;
import id.simonev.surveys.evaluationresult.AnswerTallies.Group;
import id.simonev.surveys.evaluationresult.AnswerTallies.Sums;
import id.simonev.surveys.instrument.InstrumentKind;
import id.simonev.surveys.instrument.InstrumentService;
import id.simonev.surveys.instrument.InstrumentVersion;
import id.simonev.surveys.program.ProgramCopy.KnownProgram;
import id.simonev.surveys.program.ProgramCopy;
import id.simonev.surveys.rating.Anonymity;
import id.simonev.surveys.rating.Rating;
import id.simonev.surveys.rating.RatingGap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** The results of a program's questionnaires, from the sums of its stored answers. */
@ApplicationScoped
public class EvaluationResultService {

    /** The rule every figure here follows: means, top-2-box, bands of 0.8, at least 3 respondents. */
    public static final String RULE = "rating:mean-top2-band-0.8-v1";

    private final EvaluationLinkService links;
    private final EvaluationLinkOverview overview;
    private final ProgramCopy programs;
    private final InstrumentService instruments;
    private final AnswerTallies tallies;
    private final EntityManager entityManager;

    EvaluationResultService(EvaluationLinkService links, EvaluationLinkOverview overview, ProgramCopy programs,
            InstrumentService instruments, AnswerTallies tallies, EntityManager entityManager) {
        this.links = links;
        this.overview = overview;
        this.programs = programs;
        this.instruments = instruments;
        this.tallies = tallies;
        this.entityManager = entityManager;
    }

    public ProgramEvaluationResult ofProgram(UUID programId, Caller caller) {
        KnownProgram program = links.visibleProgram(programId, caller);
        Map<Group, Sums> sums = tallies.ofProgram(program.id());
        LinkSummary summary = overview.summary(program);
        Sums delivery = AnswerTallies.pooled(sums, group -> group.questionnaire() == Questionnaire.REACTION
                && group.trainerId() == null);
        InstrumentVersion trainerVersion = version(InstrumentKind.TRAINER);
        List<ProgramEvaluationResult.TrainerSection> trainers = programs.trainers(program.id()).stream()
                .map(trainer -> new ProgramEvaluationResult.TrainerSection(
                        new ProgramEvaluationResult.Trainer(trainer.id(), trainer.name(), trainer.nip(),
                                trainer.institution()),
                        section(trainerVersion, AnswerTallies.pooled(sums,
                                group -> trainer.id().equals(group.trainerId())))))
                .toList();
        ProgramEvaluationResult.Reaction reaction = new ProgramEvaluationResult.Reaction(
                count(summary, Questionnaire.REACTION, RaterRole.PARTICIPANT),
                section(version(InstrumentKind.PROGRAM_DELIVERY), delivery), trainers,
                Anonymity.shows(delivery.respondents())
                        ? suggestions(program.id(), Questionnaire.REACTION) : List.of());
        InstrumentVersion postTrainingVersion = version(InstrumentKind.POST_TRAINING);
        List<ProgramEvaluationResult.RoleSection> roles = Questionnaire.POST_TRAINING.roles().stream()
                .map(role -> new ProgramEvaluationResult.RoleSection(role,
                        count(summary, Questionnaire.POST_TRAINING, role),
                        section(postTrainingVersion, AnswerTallies.pooled(sums,
                                group -> group.questionnaire() == Questionnaire.POST_TRAINING
                                        && group.role() == role))))
                .toList();
        Rating self = roles.stream().filter(r -> r.role() == RaterRole.SELF).findFirst().orElseThrow()
                .section().rating();
        Rating supervisor = roles.stream().filter(r -> r.role() == RaterRole.SUPERVISOR).findFirst().orElseThrow()
                .section().rating();
        long postTrainingRespondents = roles.stream().mapToLong(role -> role.section().rating().respondents()).sum();
        return new ProgramEvaluationResult(program.id(), program.code(), program.title(), Anonymity.MIN_RESPONDENTS,
                RULE, reaction, new ProgramEvaluationResult.PostTraining(program.postTrainingDue(),
                summary.postTrainingIssued(), roles, RatingGap.between(self, supervisor),
                Anonymity.shows(postTrainingRespondents)
                        ? suggestions(program.id(), Questionnaire.POST_TRAINING) : List.of()));
    }

    static ProgramEvaluationResult.Section section(InstrumentVersion version, Sums sums) {
        return new ProgramEvaluationResult.Section(version.instrumentCode(), version.version(), sums.rating(version));
    }

    InstrumentVersion version(InstrumentKind kind) {
        return instruments.latestBuiltIn(Questionnaire.instrumentOf(kind));
    }

    private static LinkSummary.RoleCount count(LinkSummary summary, Questionnaire questionnaire, RaterRole role) {
        return summary.roles().stream()
                .filter(count -> count.questionnaire() == questionnaire && count.role() == role)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> suggestions(UUID programId, Questionnaire questionnaire) {
        List<String> suggestions = entityManager.createNativeQuery("""
                        select suggestion from evaluation_suggestion where program_id = ?1 and questionnaire = ?2
                        order by suggestion""", String.class)
                .setParameter(1, programId).setParameter(2, questionnaire.name())
                .getResultList();
        return suggestions.stream().filter(Objects::nonNull).toList();
    }
}
