package id.simonev.surveys.evaluationresult;

import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.surveys.evaluationresult.AnswerTallies.Group;
import id.simonev.surveys.evaluationresult.AnswerTallies.Sums;
import id.simonev.surveys.instrument.InstrumentKind;
import id.simonev.surveys.instrument.InstrumentVersion;
import id.simonev.surveys.program.ProgramCopy.KnownTrainer;
import id.simonev.surveys.program.ProgramCopy;
import id.simonev.surveys.rating.Anonymity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** Trainers and their ratings across the programs they taught, within the caller's regions. */
@ApplicationScoped
public class TrainerResultService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name");
    /** The programs of the caller's regions (all when the parameter is null), as a condition on {@code p}. */
    private static final String VISIBLE = "(cast(?1 as text[]) is null or p.region_code = any(cast(?1 as text[])) "
            + "or substring(p.region_code, 1, 2) = any(cast(?1 as text[])))";

    private final ProgramCopy programs;
    private final AnswerTallies tallies;
    private final EvaluationResultService results;
    private final EntityManager entityManager;

    TrainerResultService(ProgramCopy programs, AnswerTallies tallies, EvaluationResultService results,
            EntityManager entityManager) {
        this.programs = programs;
        this.tallies = tallies;
        this.results = results;
        this.entityManager = entityManager;
    }

    private record TaughtProgram(UUID id, String code, String title, LocalDate endDate) {
    }

    public Page<TrainerSummary> list(String name, PageRequest paging, Caller caller) {
        paging.sortAmong(SORTABLE, "name", "id");
        String where = " where " + VISIBLE + " and (cast(?2 as text) is null or t.name ilike '%' || ?2 || '%') ";
        String from = " from trainer t join program_trainer pt on pt.trainer_id = t.id "
                + "join program p on p.id = pt.program_id ";
        List<TrainerSummary> items = session().createNativeQuery("select t.id, t.name, t.nip, t.institution, "
                        + "count(distinct pt.program_id) as programs, (select count(*) from evaluation_answer a "
                        + "join program p on p.id = a.program_id where a.trainer_id = t.id and " + VISIBLE
                        + ") as respondents" + from + where + "group by t.id order by t.name "
                        + (paging.sort != null && paging.sort.endsWith("desc") ? "desc" : "asc")
                        + ", t.id limit ?3 offset ?4", TrainerSummary.class)
                .setParameter(1, regions(caller)).setParameter(2, name)
                .setParameter(3, paging.size).setParameter(4, (long) paging.page * paging.size)
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("select count(distinct t.id)" + from + where)
                .setParameter(1, regions(caller)).setParameter(2, name)
                .getSingleResult()).longValue();
        return new Page<>(items, paging.page, paging.size, total);
    }

    public TrainerResult of(UUID trainerId, Caller caller) {
        List<TaughtProgram> taught = session().createNativeQuery("""
                        select distinct p.id, p.code, p.title, p.end_date from program p
                        join program_trainer pt on pt.program_id = p.id
                        where pt.trainer_id = ?2 and""" + " " + VISIBLE + " order by p.end_date desc, p.code",
                        TaughtProgram.class)
                .setParameter(1, regions(caller)).setParameter(2, trainerId)
                .getResultList();
        KnownTrainer trainer = programs.trainer(trainerId).filter(found -> !taught.isEmpty())
                .orElseThrow(() -> ProblemException.notFound("Trainer of a program in your regions", trainerId));
        Map<Group, Sums> sums = tallies.ofTrainer(trainerId, taught.stream().map(TaughtProgram::id).toList());
        InstrumentVersion version = results.version(InstrumentKind.TRAINER);
        List<TrainerResult.ProgramRating> perProgram = taught.stream()
                .map(program -> new TrainerResult.ProgramRating(program.id(), program.code(), program.title(),
                        program.endDate(), AnswerTallies.pooled(sums, group -> group.programId().equals(program.id()))
                        .rating(version)))
                .toList();
        return new TrainerResult(new ProgramEvaluationResult.Trainer(trainer.id(), trainer.name(), trainer.nip(),
                trainer.institution()), Anonymity.MIN_RESPONDENTS, EvaluationResultService.RULE,
                EvaluationResultService.section(version, AnswerTallies.pooled(sums, group -> true)), perProgram);
    }

    private static String regions(Caller caller) {
        return caller.seesAllRegions() ? null : "{" + String.join(",", caller.regions()) + "}";
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
