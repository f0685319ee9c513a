package id.simonev.surveys.response;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a citizen's page or app shows: the campaign, its questions with their wordings, the profile asked. */
@Schema(description = "An open survey as a citizen sees it")
public record Questionnaire(
        @Schema(example = "K7QM4XPA") String code,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(description = "Whether it takes answers today") boolean open,
        int scaleMin,
        int scaleMax,
        List<Question> questions,
        @Schema(description = "The choices of the respondent profile") Profile profile) {

    @Schema(description = "A question with one wording per point of the scale, the lowest first")
    public record Question(@Schema(example = "U1") String code, String name, String question, List<String> wordings) {
    }

    public record Profile(List<Respondent.Gender> genders, List<Respondent.Education> educations,
                          List<Respondent.Occupation> occupations) {
    }
}
