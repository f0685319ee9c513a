package id.simonev.surveys.response;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.surveys.instrument.InstrumentItem;
import id.simonev.surveys.instrument.InstrumentVersion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts answers between the API (by item code, never by position) and storage (in item order). */
public final class AnswerSheet {

    private AnswerSheet() {
    }

    /** Stored for an optional item left unanswered: never a point of a scale, which starts at 1. */
    public static final short UNANSWERED = 0;

    /**
     * The answers in the version's item order; a 400 problem naming every unknown item, every
     * required item left unanswered and every answer off the scale. An optional item left
     * unanswered is stored as {@link #UNANSWERED}.
     */
    public static short[] inItemOrder(InstrumentVersion version, Map<String, Integer> answers, String field) {
        List<Problem.Violation> violations = new ArrayList<>();
        answers.keySet().stream().filter(code -> version.item(code).isEmpty()).sorted().forEach(code ->
                violations.add(new Problem.Violation(field + "." + code, "is not an item of " + version.label()
                        + " (its items are " + String.join(", ", codes(version)) + ")")));
        short[] ordered = new short[version.items().size()];
        for (int i = 0; i < ordered.length; i++) {
            String code = version.items().get(i).code();
            Integer answer = answers.get(code);
            if (answer == null && version.items().get(i).optional()) {
                ordered[i] = UNANSWERED;
            } else if (answer == null) {
                violations.add(new Problem.Violation(field + "." + code, "must be answered (" + scale(version) + ")"));
            } else if (answer < version.scaleMin() || answer > version.scaleMax()) {
                violations.add(new Problem.Violation(field + "." + code, "must be " + scale(version)));
            } else {
                ordered[i] = answer.shortValue();
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The answers do not fit " + version.label(),
                    violations);
        }
        return ordered;
    }

    /** The stored answers by item code, in item order; an optional item left unanswered is left out. */
    public static Map<String, Integer> byCode(InstrumentVersion version, short[] answers) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != UNANSWERED) {
                byCode.put(version.items().get(i).code(), (int) answers[i]);
            }
        }
        return byCode;
    }

    private static List<String> codes(InstrumentVersion version) {
        return version.items().stream().map(InstrumentItem::code).toList();
    }

    private static String scale(InstrumentVersion version) {
        return "a whole number from " + version.scaleMin() + " to " + version.scaleMax();
    }
}
