package id.simonev.surveys.page;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.surveys.response.NewSurveyResponse;
import id.simonev.surveys.response.Questionnaire;
import id.simonev.surveys.response.Respondent;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a citizen posted through the page's plain HTML form, read as strictly as the JSON API reads
 * its body ({@link StrictForm}): a field the form does not have (a name, a phone number) is refused,
 * not dropped, and every value must be one the form offers.
 */
final class SurveyForm {

    static final String GENDER = "gender";
    static final String AGE = "age";
    static final String EDUCATION = "education";
    static final String OCCUPATION = "occupation";
    static final String SERVICE_RECEIVED = "serviceReceived";
    static final String SURVEY_DATE = "surveyDate";
    static final String SUGGESTION = "suggestion";
    private static final Set<String> PROFILE = Set.of(StrictForm.KEY, GENDER, AGE, EDUCATION, OCCUPATION,
            SERVICE_RECEIVED, SURVEY_DATE, SUGGESTION);

    private SurveyForm() {
    }

    /** The form as the API's answer sheet; a 400 problem naming every field that is wrong. */
    static NewSurveyResponse read(Questionnaire questionnaire, MultivaluedMap<String, String> form) {
        Set<String> items = new HashSet<>();
        questionnaire.questions().forEach(question -> items.add(question.code()));
        List<Problem.Violation> violations = new ArrayList<>(StrictForm.strayFields(form,
                field -> items.contains(field) || PROFILE.contains(field)));
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Questionnaire.Question question : questionnaire.questions()) {
            String value = StrictForm.value(form, question.code());
            if (value != null) {
                Integer answer = StrictForm.wholeNumber(value);
                if (answer == null) {
                    violations.add(new Problem.Violation("answers." + question.code(), "must be one of the choices"));
                } else {
                    answers.put(question.code(), answer);
                }
            }
        }
        Respondent respondent = new Respondent(
                choice(form, GENDER, Respondent.Gender.class, violations),
                age(form, violations),
                choice(form, EDUCATION, Respondent.Education.class, violations),
                choice(form, OCCUPATION, Respondent.Occupation.class, violations),
                StrictForm.value(form, SERVICE_RECEIVED));
        LocalDate surveyDate = date(form, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The form is invalid", violations);
        }
        return new NewSurveyResponse(answers, respondent, surveyDate, StrictForm.value(form, SUGGESTION));
    }

    private static Integer age(MultivaluedMap<String, String> form, List<Problem.Violation> violations) {
        String value = StrictForm.value(form, AGE);
        if (value == null) {
            return null;
        }
        Integer age = StrictForm.wholeNumber(value);
        if (age == null) {
            violations.add(new Problem.Violation("respondent." + AGE, "must be a whole number of years"));
        }
        return age;
    }

    private static <E extends Enum<E>> E choice(MultivaluedMap<String, String> form, String field, Class<E> type,
            List<Problem.Violation> violations) {
        String value = StrictForm.value(form, field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(new Problem.Violation("respondent." + field, "must be one of the choices"));
            return null;
        }
    }

    private static LocalDate date(MultivaluedMap<String, String> form, List<Problem.Violation> violations) {
        String value = StrictForm.value(form, SURVEY_DATE);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new Problem.Violation(SURVEY_DATE, "must be a date"));
            return null;
        }
    }
}
