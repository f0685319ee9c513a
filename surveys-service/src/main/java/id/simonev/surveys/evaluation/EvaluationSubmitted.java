package id.simonev.surveys.evaluation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A questionnaire of a program was answered through a single-use link: each section's answers
 * by item code, with the instrument version, the rater's role and, for a trainer's section, the
 * trainer. Never the person, the link or the suggestion's free text.
 */
public record EvaluationSubmitted(UUID programId, String regionCode, Questionnaire questionnaire, RaterRole role,
                                  List<Section> sections) implements EvaluationEvent {

    /** One answered section: the delivery, one trainer, or the 360's items. */
    public record Section(String instrument, int instrumentVersion, UUID trainerId, String trainerName,
                          Map<String, Integer> answers) {
    }
}
