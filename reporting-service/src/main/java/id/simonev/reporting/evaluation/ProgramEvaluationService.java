package id.simonev.reporting.evaluation;

import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.Display;
import id.simonev.reporting.rule.Anonymity;
import id.simonev.reporting.rule.ItemTally;
import id.simonev.reporting.rule.Learning;
import id.simonev.reporting.rule.LearningTally;
import id.simonev.reporting.rule.NormalizedGain;
import id.simonev.reporting.rule.PairedDifference;
import id.simonev.reporting.rule.Rating;
import id.simonev.reporting.rule.Worth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A program's evaluation, levels 1 to 5: a lookup of its read model, turned into figures by the rules. */
@ApplicationScoped
public class ProgramEvaluationService {

    /** The rule programs-service decided each participant's completion with; the rate is of its outcomes. */
    static final String COMPLETION_RULE = "completion:attendance-80-and-passing-score";

    private static final String NOBODY_FINISHED = "not enough data: no participant taking part has finished the "
            + "program yet";
    private static final String NO_LINKS = "not enough data: no reaction links issued yet";
    private static final BigDecimal PERCENT = BigDecimal.valueOf(100);

    private final EntityManager entityManager;
    private final ProgramBehaviourService behaviour;
    private final ProgramResultsService results;

    ProgramEvaluationService(EntityManager entityManager, ProgramBehaviourService behaviour,
                             ProgramResultsService results) {
        this.entityManager = entityManager;
        this.behaviour = behaviour;
        this.results = results;
    }

    /** The program's evaluation, level 4 with the windows asked for. */
    @Transactional
    public ProgramEvaluation evaluate(UUID programId, ResultsLevel.WindowSettings windows, Caller caller) {
        Object[] row = row(programId);
        // Until its plan arrives reporting cannot tell whose program it is, so it has not heard of it.
        if (row == null || row[3] == null) {
            throw ProblemException.notFound("Program", programId);
        }
        String region = (String) row[3];
        caller.requireRegion(region);
        Map<String, Long> withdrawals = reasons(programId, ProgramEvaluationProjection.WITHDRAWAL);
        Map<String, Long> shortfalls = reasons(programId, ProgramEvaluationProjection.SHORTFALL);
        Instant planAt = Columns.instant(row[10]);
        Instant statusAt = Columns.instant(row[12]);
        LocalDate start = Columns.date(row[7]);
        LocalDate end = Columns.date(row[8]);
        return new ProgramEvaluation(programId, (String) row[1], (String) row[2], region, (String) row[4],
                (String) row[5], (String) row[6], start, end, (String) row[11], (int) Columns.count(row[9]),
                statusAt == null || planAt.isAfter(statusAt) ? planAt : statusAt,
                reaction(programId, row), learning(row, shortfalls, withdrawals),
                behaviour.behaviour(programId, start, end, (int) Columns.count(row[38])),
                results.results(programId, region, start, end, Columns.instant(row[39]), windows), worth(row));
    }

    /** Level 1: the delivery's and each trainer's rating from the sums kept, and the response rate. */
    private ProgramEvaluation.ReactionLevel reaction(UUID programId, Object[] row) {
        Map<String, List<Rating.Item>> items = new LinkedHashMap<>();
        entityManager.createNativeQuery("""
                        select section, item_code, answered, answer_sum, top_two from program_reaction_item
                        where program_id = ?1 order by section, length(item_code), item_code""")
                .setParameter(1, programId).getResultList().forEach(result -> {
                    Object[] item = (Object[]) result;
                    items.computeIfAbsent((String) item[0], section -> new ArrayList<>()).add(item(item, 1));
                });
        Rating delivery = Rating.of(0, List.of());
        List<ProgramEvaluation.TrainerRating> trainers = new ArrayList<>();
        for (Object result : entityManager.createNativeQuery("""
                        select section, trainer_name, respondents from program_reaction_section
                        where program_id = ?1 order by trainer_name nulls first, section""")
                .setParameter(1, programId).getResultList()) {
            Object[] section = (Object[]) result;
            String key = (String) section[0];
            Rating rating = Rating.of(Columns.count(section[2]), items.getOrDefault(key, List.of()));
            if (ProgramReactionProjection.DELIVERY.equals(key)) {
                delivery = rating;
            } else {
                trainers.add(new ProgramEvaluation.TrainerRating(UUID.fromString(key), (String) section[1],
                        ProgramEvaluation.SectionRating.of(rating)));
            }
        }
        long links = Columns.count(row[36]);
        return new ProgramEvaluation.ReactionLevel(Rating.RULE, Columns.instant(row[37]), links,
                delivery.respondents(), responseRate(delivery.respondents(), links, NO_LINKS),
                Anonymity.MIN_RESPONDENTS, ProgramEvaluation.SectionRating.of(delivery), trainers);
    }

    /** The share of the current links that were answered, in %, 2 decimals; the reason when none is issued. */
    static ProgramEvaluation.DecimalFigure responseRate(long answered, long links, String noLinks) {
        return links <= 0
                ? new ProgramEvaluation.DecimalFigure(null, noLinks)
                : new ProgramEvaluation.DecimalFigure(Display.twoDecimals(BigDecimal.valueOf(answered)
                        .multiply(PERCENT).divide(BigDecimal.valueOf(links), MathContext.DECIMAL128)), null);
    }

    private ProgramEvaluation.LearningLevel learning(Object[] row, Map<String, Long> shortfalls,
                                                     Map<String, Long> withdrawals) {
        Learning learning = learning(row, 13);
        PairedDifference difference = learning.difference();
        long completed = Columns.count(row[26]);
        long notCompleted = Columns.count(row[27]);
        ProgramEvaluation.DecimalFigure rate = completionRate(completed, notCompleted);
        return new ProgramEvaluation.LearningLevel(Columns.instant(row[35]), learning.paired(),
                ProgramEvaluation.DecimalFigure.of(learning.meanPre()),
                ProgramEvaluation.DecimalFigure.of(learning.meanPost()),
                new ProgramEvaluation.PairedDifferenceFigures(PairedDifference.RULE, difference.n(),
                        ProgramEvaluation.DecimalFigure.of(difference.mean()),
                        ProgramEvaluation.DecimalFigure.of(difference.standardDeviation()),
                        ProgramEvaluation.IntervalFigure.of(difference.interval())),
                new ProgramEvaluation.GainFigures(NormalizedGain.RULE,
                        ProgramEvaluation.DecimalFigure.of(learning.meanGain()), learning.high(), learning.medium(),
                        learning.low()),
                new ProgramEvaluation.LeftOut(learning.gainUndefined(), learning.preOnly(), learning.postOnly()),
                new ProgramEvaluation.Completion(COMPLETION_RULE, rate, Columns.count(row[23]),
                        Columns.count(row[24]), completed, notCompleted, shortfalls),
                new ProgramEvaluation.Withdrawals(Columns.count(row[25]), withdrawals));
    }

    /**
     * The learning figures from {@link LearningTally}'s ten columns starting at {@code first}: paired, pre only,
     * post only, the pre, post, squared difference and gain sums, high, medium, low.
     */
    static Learning learning(Object[] row, int first) {
        return Learning.of(new LearningTally(Columns.count(row[first]), Columns.count(row[first + 1]),
                Columns.count(row[first + 2]), Columns.decimal(row[first + 3]), Columns.decimal(row[first + 4]),
                Columns.decimal(row[first + 5]), Columns.decimal(row[first + 6]), Columns.count(row[first + 7]),
                Columns.count(row[first + 8]), Columns.count(row[first + 9])));
    }

    /** The share of those who finished that completed, in %, 2 decimals; the reason when nobody finished yet. */
    static ProgramEvaluation.DecimalFigure completionRate(long completed, long notCompleted) {
        BigDecimal finished = BigDecimal.valueOf(completed + notCompleted);
        return finished.signum() == 0
                ? new ProgramEvaluation.DecimalFigure(null, NOBODY_FINISHED)
                : new ProgramEvaluation.DecimalFigure(Display.twoDecimals(BigDecimal.valueOf(completed)
                        .multiply(PERCENT).divide(finished, MathContext.DECIMAL128)), null);
    }

    /** A questionnaire item from its code and {@link ItemTally}'s three columns that follow it, from {@code first}. */
    static Rating.Item item(Object[] columns, int first) {
        return new Rating.Item((String) columns[first], new ItemTally(Columns.count(columns[first + 1]),
                Columns.count(columns[first + 2]), Columns.count(columns[first + 3])));
    }

    private ProgramEvaluation.WorthLevel worth(Object[] row) {
        long participants = Columns.count(row[24]);
        long completed = Columns.count(row[26]);
        long jpCredited = Columns.count(row[28]);
        long cost = Columns.count(row[29]);
        Long benefits = row[30] == null ? null : Columns.count(row[30]);
        Worth worth = Worth.of(cost, participants, completed, jpCredited, benefits);
        ProgramEvaluation.BenefitEstimate estimate = benefits == null ? null
                : new ProgramEvaluation.BenefitEstimate(benefits, (String) row[31], (String) row[32],
                        Columns.instant(row[33]));
        return new ProgramEvaluation.WorthLevel(Columns.instant(row[34]), cost,
                new ProgramEvaluation.CostPerHead(Worth.COST_RULE, participants, completed, jpCredited,
                        ProgramEvaluation.RupiahFigure.of(worth.perParticipant()),
                        ProgramEvaluation.RupiahFigure.of(worth.perCompletedParticipant()),
                        ProgramEvaluation.RupiahFigure.of(worth.perJpCredited())),
                new ProgramEvaluation.ReturnFigures(Worth.ROI_RULE, estimate,
                        ProgramEvaluation.DecimalFigure.of(worth.roiPercent()),
                        ProgramEvaluation.DecimalFigure.of(worth.benefitCostRatio())));
    }

    /** The program's row of {@code program_evaluation}, or null; the columns as the others read them. */
    private Object[] row(UUID programId) {
        List<?> rows = entityManager.createNativeQuery("""
                        select program_id, code, title, region_code, organising_agency_code, format, competency_type,
                            start_date, end_date, jp, plan_at, status, status_at,
                            paired, pre_only, post_only, pre_sum, post_sum, difference_square_sum, gain_sum,
                            high, medium, low,
                            enrolled, taking_part, withdrawn, completed, not_completed, jp_credited,
                            cost, benefit_amount, benefit_method, benefit_estimated_by, benefit_estimated_at,
                            worth_as_of, learning_as_of, reaction_links, reaction_as_of, post_training_lag_months,
                            outcomes_at
                        from program_evaluation where program_id = ?1""")
                .setParameter(1, programId).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    /** Participants per reason of one kind, those with none left out, in the reasons' order. */
    private Map<String, Long> reasons(UUID programId, String kind) {
        List<?> rows = entityManager.createNativeQuery("""
                        select reason, participants from program_evaluation_reason
                        where program_id = ?1 and kind = ?2 and participants > 0 order by reason""")
                .setParameter(1, programId).setParameter(2, kind).getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) ((Object[]) row)[0], Columns.count(((Object[]) row)[1])));
        return counts;
    }
}
