package id.simonev.surveys.page;

import id.simonev.surveys.evaluation.EvaluationForm;
import id.simonev.surveys.page.PageModel.Choice;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the evaluation page shows: the program, who is rated, every section with its questions and
 * their points, and what the person already chose with what is wrong with it, so that a refused form
 * comes back filled in.
 */
record EvaluationPageModel(String token, String title, String dates, String about, List<Section> sections,
                           String suggestion, String idempotencyKey, Map<String, String> errors,
                           List<String> formErrors) {

    /** One fieldset: the delivery, a trainer or the 360's items. */
    record Section(String key, String title, List<Question> questions) {
    }

    /** A question as a radio group: {@code id} names its elements, {@code field} its answer. */
    record Question(String id, String field, int number, String text, boolean optional, List<Choice> choices,
                    String error) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

    /** A blank form. */
    static EvaluationPageModel blank(EvaluationForm questionnaire, String token, String idempotencyKey) {
        return of(questionnaire, token, new MultivaluedHashMap<>(), idempotencyKey, Map.of(), List.of());
    }

    /** The form as the person sent it, with the reasons it was refused, by form field. */
    static EvaluationPageModel of(EvaluationForm questionnaire, String token, MultivaluedMap<String, String> form,
            String idempotencyKey, Map<String, String> errors, List<String> formErrors) {
        List<Section> sections = questionnaire.sections().stream().map(section -> new Section(section.key(),
                title(section), section.questions().stream().map(question -> {
                    String field = EvaluationPageForm.field(section.key(), question.code());
                    String id = section.key() + "-" + question.code();
                    return new Question(id, field, section.questions().indexOf(question) + 1, question.question(),
                            question.optional(), Choice.scale(id, questionnaire.scaleMin(), question.wordings(),
                                    StrictForm.value(form, field)), errors.get(field));
                }).toList())).toList();
        return new EvaluationPageModel(token, questionnaire.programTitle(),
                dates(questionnaire.startDate(), questionnaire.endDate()), questionnaire.about(), sections,
                StrictForm.value(form, EvaluationPageForm.SUGGESTION), idempotencyKey, errors, formErrors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !formErrors.isEmpty();
    }

    /** A trainer's section names the trainer's institution too: two trainers may share a name. */
    private static String title(EvaluationForm.Section section) {
        EvaluationForm.Trainer trainer = section.trainer();
        if (trainer == null) {
            return section.title();
        }
        String institution = trainer.institution() == null ? "" : " (" + trainer.institution() + ")";
        return "Pengajar: " + trainer.name() + institution;
    }

    private static String dates(LocalDate start, LocalDate end) {
        return start.equals(end) ? DATE.format(start) : DATE.format(start) + " s.d. " + DATE.format(end);
    }
}
