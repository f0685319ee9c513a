package id.simonev.reporting.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.platform.paging.Filter;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.security.Caller;
import id.simonev.reporting.rule.Rating;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A region's programs (a province's over its kabupaten/kota) with their headline figures: a page of
 * {@code program_evaluation} rows, each turned into figures by the same rules as the program's evaluation.
 */
@ApplicationScoped
public class ProgramListService {

    /** The fields a client may sort by, with their columns. */
    private static final Map<String, String> SORTABLE = Map.of("startDate", "start_date", "code", "code",
            "title", "title", "status", "status");

    private static final TypeReference<List<ResultsLevel.Headline>> HEADLINE = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    ProgramListService(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** What a client filters the list by; a null leaves that filter out. */
    public record Criteria(Integer year, ProgramStatus status, ProgramFormat format, CompetencyType competencyType,
                           String agency) {
    }

    @Transactional
    public Page<ProgramListItem> list(String regionCode, Criteria criteria, PageRequest paging, Caller caller) {
        caller.requireRegion(regionCode);
        Sort sort = paging.sortAmong(SORTABLE, "startDate,desc", "program_id");
        Filter filter = new Filter()
                .where("(region_code = :region or region_code like :region || '.%')", "region", regionCode)
                .where("extract(year from start_date) = :year", "year", criteria.year())
                .equal("status", name(criteria.status()))
                .equal("format", name(criteria.format()))
                .equal("competency_type", name(criteria.competencyType()))
                .equal("organising_agency_code", criteria.agency());
        String order = sort.getColumns().stream()
                .map(column -> column.getName() + (column.getDirection() == Sort.Direction.Descending ? " desc" : ""))
                .collect(Collectors.joining(", "));
        List<?> rows = bind(entityManager.createNativeQuery("""
                        select program_id, code, title, region_code, organising_agency_code, format, competency_type,
                            start_date, end_date, status, taking_part, completed, not_completed,
                            paired, pre_only, post_only, pre_sum, post_sum, difference_square_sum, gain_sum,
                            high, medium, low,
                            plan_at, status_at, learning_as_of, reaction_as_of, results_as_of,
                            cast(results_headline as text)
                        from program_evaluation where %s order by %s""".formatted(filter.query(), order)), filter)
                .setFirstResult(paging.page * paging.size).setMaxResults(paging.size).getResultList();
        long total = ((Number) bind(entityManager.createNativeQuery(
                "select count(*) from program_evaluation where " + filter.query()), filter).getSingleResult())
                .longValue();
        List<Object[]> page = rows.stream().map(row -> (Object[]) row).toList();
        Map<UUID, Rating> deliveries = deliveries(page.stream().map(row -> (UUID) row[0]).toList());
        return new Page<>(page.stream().map(row -> item(row, deliveries.get((UUID) row[0]))).toList(),
                paging.page, paging.size, total);
    }

    private ProgramListItem item(Object[] row, Rating delivery) {
        Instant asOf = Stream.of(row[23], row[24], row[25], row[26], row[27]).map(Columns::instant)
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
        return new ProgramListItem((UUID) row[0], (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], Columns.date(row[7]), Columns.date(row[8]),
                (String) row[9], Columns.count(row[10]),
                ProgramEvaluationService.completionRate(Columns.count(row[11]), Columns.count(row[12])),
                ProgramEvaluation.DecimalFigure.of(ProgramEvaluationService.learning(row, 13).meanGain()),
                new ProgramListItem.ReactionOverall(delivery.respondents(), delivery.overall()),
                headline((String) row[28]), asOf);
    }

    /** The delivery's rating of each program, from its sections' and items' sums; no answers rate as none. */
    private Map<UUID, Rating> deliveries(List<UUID> programIds) {
        Map<UUID, Rating> ratings = new HashMap<>();
        programIds.forEach(programId -> ratings.put(programId, Rating.of(0, List.of())));
        if (programIds.isEmpty()) {
            return ratings;
        }
        Map<UUID, List<Rating.Item>> items = new HashMap<>();
        entityManager.createNativeQuery("""
                        select program_id, item_code, answered, answer_sum, top_two from program_reaction_item
                        where program_id in (:programs) and section = :delivery
                        order by program_id, length(item_code), item_code""")
                .setParameter("programs", programIds).setParameter("delivery", ProgramReactionProjection.DELIVERY)
                .getResultList().forEach(result -> {
                    Object[] item = (Object[]) result;
                    items.computeIfAbsent((UUID) item[0], programId -> new ArrayList<>())
                            .add(ProgramEvaluationService.item(item, 1));
                });
        entityManager.createNativeQuery("""
                        select program_id, respondents from program_reaction_section
                        where program_id in (:programs) and section = :delivery""")
                .setParameter("programs", programIds).setParameter("delivery", ProgramReactionProjection.DELIVERY)
                .getResultList().forEach(result -> {
                    Object[] section = (Object[]) result;
                    UUID programId = (UUID) section[0];
                    ratings.put(programId, Rating.of(Columns.count(section[1]),
                            items.getOrDefault(programId, List.of())));
                });
        return ratings;
    }

    /** The outcomes' differences in differences last computed; none before the first computation. */
    private List<ResultsLevel.Headline> headline(String json) {
        try {
            return json == null ? List.of() : objectMapper.readValue(json, HEADLINE);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query bind(Query query, Filter filter) {
        filter.parameters().forEach(query::setParameter);
        return query;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
