package id.simonev.surveys.page;

import id.simonev.surveys.response.Questionnaire;
import id.simonev.surveys.response.Respondent;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the survey page shows: every question with its choices, the profile, and what the citizen
 * already entered with what is wrong with it, so that a refused form comes back filled in.
 */
record PageModel(String code, String title, String period, List<Question> questions, List<Choice> genders,
                 String age, List<Choice> educations, List<Choice> occupations, String serviceReceived,
                 String surveyDate, String suggestion, String idempotencyKey, Map<String, String> errors,
                 List<String> formErrors) {

    record Question(int number, String code, String name, String text, List<Choice> choices, String error) {
    }

    /** One option of a radio group or a select, with the id its label points at. */
    record Choice(String id, String value, String label, boolean selected) {

        /** The points of a question from {@code scaleMin} up, labelled with its wordings, ids {@code <id>-<point>}. */
        static List<Choice> scale(String id, int scaleMin, List<String> wordings, String chosen) {
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < wordings.size(); i++) {
                String value = String.valueOf(scaleMin + i);
                choices.add(new Choice(id + "-" + value, value, wordings.get(i), value.equals(chosen)));
            }
            return choices;
        }
    }

    private static final Map<Respondent.Gender, String> GENDER_LABELS = Map.of(
            Respondent.Gender.L, "Laki-laki", Respondent.Gender.P, "Perempuan");
    private static final Map<Respondent.Education, String> EDUCATION_LABELS = Map.of(
            Respondent.Education.SD, "SD", Respondent.Education.SMP, "SMP", Respondent.Education.SMA, "SMA",
            Respondent.Education.D1_D3_D4, "D1-D3/D4", Respondent.Education.S1, "S1", Respondent.Education.S2, "S2",
            Respondent.Education.S3, "S3");
    private static final Map<Respondent.Occupation, String> OCCUPATION_LABELS = Map.of(
            Respondent.Occupation.PNS, "PNS", Respondent.Occupation.TNI, "TNI", Respondent.Occupation.POLRI, "POLRI",
            Respondent.Occupation.SWASTA, "Swasta", Respondent.Occupation.WIRAUSAHA, "Wirausaha",
            Respondent.Occupation.LAINNYA, "Lainnya");

    /** A blank form, dated today. */
    static PageModel blank(Questionnaire questionnaire, LocalDate today, String idempotencyKey) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle(SurveyForm.SURVEY_DATE, today.toString());
        return of(questionnaire, form, idempotencyKey, Map.of(), List.of());
    }

    /** The form as the citizen sent it, with the reasons it was refused. */
    static PageModel of(Questionnaire questionnaire, MultivaluedMap<String, String> form, String idempotencyKey,
            Map<String, String> errors, List<String> formErrors) {
        List<Question> questions = questionnaire.questions().stream().map(question -> new Question(
                questionnaire.questions().indexOf(question) + 1, question.code(), question.name(), question.question(),
                Choice.scale(question.code(), questionnaire.scaleMin(), question.wordings(),
                        StrictForm.value(form, question.code())),
                errors.get("answers." + question.code()))).toList();
        return new PageModel(questionnaire.code(), questionnaire.title(),
                questionnaire.startDate() + " s.d. " + questionnaire.endDate(), questions,
                choices(SurveyForm.GENDER, Respondent.Gender.values(), GENDER_LABELS, form),
                StrictForm.value(form, SurveyForm.AGE),
                choices(SurveyForm.EDUCATION, Respondent.Education.values(), EDUCATION_LABELS, form),
                choices(SurveyForm.OCCUPATION, Respondent.Occupation.values(), OCCUPATION_LABELS, form),
                StrictForm.value(form, SurveyForm.SERVICE_RECEIVED),
                StrictForm.value(form, SurveyForm.SURVEY_DATE), StrictForm.value(form, SurveyForm.SUGGESTION),
                idempotencyKey, errors, formErrors);
    }

    private static <E extends Enum<E>> List<Choice> choices(String field, E[] values, Map<E, String> labels,
            MultivaluedMap<String, String> form) {
        String chosen = StrictForm.value(form, field);
        return Arrays.stream(values).map(value -> new Choice(field + "-" + value.name(), value.name(),
                labels.get(value), value.name().equals(chosen))).toList();
    }
}
