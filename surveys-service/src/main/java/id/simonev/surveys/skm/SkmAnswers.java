package id.simonev.surveys.skm;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Converts the answers between the API (by element code) and storage (in element order). */
final class SkmAnswers {

    private SkmAnswers() {
    }

    /** The answers in element order; a 400 problem naming every element left unanswered. */
    static short[] inElementOrder(Map<SkmElement, Integer> answers) {
        List<Problem.Violation> missing = Arrays.stream(SkmElement.values())
                .filter(element -> !answers.containsKey(element))
                .map(element -> new Problem.Violation("answers." + element, "must be answered (1-4)"))
                .toList();
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST,
                    "All nine SKM elements must be answered", missing);
        }
        short[] ordered = new short[SkmElement.values().length];
        for (SkmElement element : SkmElement.values()) {
            ordered[element.ordinal()] = answers.get(element).shortValue();
        }
        return ordered;
    }

    static Map<SkmElement, Integer> byElement(short[] answers) {
        Map<SkmElement, Integer> byElement = new EnumMap<>(SkmElement.class);
        for (SkmElement element : SkmElement.values()) {
            byElement.put(element, (int) answers[element.ordinal()]);
        }
        return byElement;
    }

    static Respondent respondentOf(SkmResponse response) {
        if (response.gender == null && response.age == null && response.education == null
                && response.occupation == null && response.serviceReceived == null) {
            return null;
        }
        return new Respondent(response.gender, response.age, response.education, response.occupation,
                response.serviceReceived);
    }
}
