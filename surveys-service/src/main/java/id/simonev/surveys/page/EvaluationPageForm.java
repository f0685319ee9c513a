package id.simonev.surveys.page;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.surveys.evaluation.EvaluationAnswers;
import id.simonev.surveys.evaluation.EvaluationForm;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person posted through the evaluation page's plain HTML form, read as strictly as the JSON
 * API reads its body ({@link StrictForm}): each answer in a field named by its section and item
 * ({@code pengajar-1.T3}), the suggestion in {@code saran}, and no field the questionnaire lacks.
 */
final class EvaluationPageForm {

    static final String SUGGESTION = "saran";
    /** The property of the API's answers that {@link #SUGGESTION} fills, as Bean Validation names it. */
    private static final String SUGGESTION_PROPERTY = "suggestion";
    /** How the API names an answer: {@code sections.<section>.<item>}. */
    private static final String SECTIONS = "sections.";

    private EvaluationPageForm() {
    }

    /** The field of a question, e.g. {@code penyelenggaraan.D1}. */
    static String field(String sectionKey, String itemCode) {
        return sectionKey + "." + itemCode;
    }

    /** The form field a violation of the API's answers is about, e.g. {@code pengajar-1.T3} for its item. */
    static String fieldOf(Problem.Violation violation) {
        String field = violation.field();
        if (field.equals(SUGGESTION_PROPERTY)) {
            return SUGGESTION;
        }
        return field.startsWith(SECTIONS) ? field.substring(SECTIONS.length()) : field;
    }

    /**
     * The form as the API's answers, with every section of the questionnaire (an unanswered one
     * empty, so that the API names each answer it lacks); a 400 problem naming every field the
     * questionnaire does not have, given twice, or holding no whole number.
     */
    static EvaluationAnswers read(EvaluationForm questionnaire, MultivaluedMap<String, String> form) {
        Set<String> fields = new HashSet<>(List.of(StrictForm.KEY, SUGGESTION));
        questionnaire.sections().forEach(section -> section.questions()
                .forEach(question -> fields.add(field(section.key(), question.code()))));
        List<Problem.Violation> violations = new ArrayList<>(StrictForm.strayFields(form, fields::contains));
        fields.stream().filter(field -> !field.equals(StrictForm.KEY) && !field.equals(SUGGESTION))
                .filter(field -> StrictForm.value(form, field) != null
                        && StrictForm.wholeNumber(StrictForm.value(form, field)) == null)
                .sorted()
                .forEach(field -> violations.add(new Problem.Violation(field, "must be one of the choices")));
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The form is invalid", violations);
        }
        EvaluationAnswers posted = answers(form);
        Map<String, Map<String, Integer>> sections = new LinkedHashMap<>();
        questionnaire.sections().forEach(section -> sections.put(section.key(),
                posted.sections().getOrDefault(section.key(), Map.of())));
        return new EvaluationAnswers(sections, posted.suggestion());
    }

    /**
     * The answers a form holds, each under its section and item, as they are: for a form posted
     * through a used link, which the API takes only as the retry of the answer that used it.
     */
    static EvaluationAnswers answers(MultivaluedMap<String, String> form) {
        Map<String, Map<String, Integer>> sections = new LinkedHashMap<>();
        form.keySet().forEach(field -> {
            int dot = field.indexOf('.');
            Integer answer = StrictForm.wholeNumber(StrictForm.value(form, field));
            if (dot > 0 && answer != null) {
                sections.computeIfAbsent(field.substring(0, dot), key -> new LinkedHashMap<>())
                        .put(field.substring(dot + 1), answer);
            }
        });
        return new EvaluationAnswers(sections, StrictForm.value(form, SUGGESTION));
    }
}
