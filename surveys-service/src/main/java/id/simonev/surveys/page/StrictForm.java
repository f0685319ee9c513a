package id.simonev.surveys.page;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.validation.OptionalText;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A plain HTML form posted to a page for people, read as strictly as the JSON API reads a body: a
 * field the form does not have (a name, a phone number) is refused, not dropped, and so is a field
 * given twice; then the same Bean Validation as the API's.
 */
final class StrictForm {

    /** The hidden field with the key the page was served with, sent on as the {@code Idempotency-Key}. */
    static final String KEY = "idempotencyKey";
    private static final String NOT_A_FIELD = "is not a field of this form";
    private static final String GIVEN_TWICE = "was given more than once";

    private StrictForm() {
    }

    /** A violation for each field the form does not have and each field given more than once. */
    static List<Problem.Violation> strayFields(MultivaluedMap<String, String> form, Predicate<String> hasField) {
        List<Problem.Violation> violations = new ArrayList<>();
        form.forEach((field, values) -> {
            if (!hasField.test(field)) {
                violations.add(new Problem.Violation(field, NOT_A_FIELD));
            } else if (values.size() > 1) {
                violations.add(new Problem.Violation(field, GIVEN_TWICE));
            }
        });
        return violations;
    }

    /** The fields of a refusal that the form cannot mark beside one of its own: those it lacks or got twice. */
    static List<String> strayFields(ProblemException refused) {
        return refused.violations().stream()
                .filter(violation -> violation.message().equals(NOT_A_FIELD)
                        || violation.message().equals(GIVEN_TWICE))
                .map(Problem.Violation::field)
                .toList();
    }

    /** The same Bean Validation as the API's; a 400 problem naming every property that breaks it. */
    static <T> T valid(Validator validator, T value) {
        List<Problem.Violation> invalid = validator.validate(value).stream()
                .map(violation -> new Problem.Violation(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        if (!invalid.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The form is invalid", invalid);
        }
        return value;
    }

    /** A field's value, stripped; null when left out or blank. */
    static String value(MultivaluedMap<String, String> form, String field) {
        return OptionalText.stripped(form.getFirst(field));
    }

    /** A value as a whole number; null when it is none (or left out). */
    static Integer wholeNumber(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The key a refused form comes back with: its own, as the refusal wrote nothing; a new one if it had none. */
    static String keptKey(MultivaluedMap<String, String> form) {
        String key = value(form, KEY);
        return key == null ? UUID.randomUUID().toString() : key;
    }
}
