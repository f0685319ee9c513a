package id.simonev.surveys.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a single-use link asks, as a front end shows it: the program, who is rated, the sections. */
@Schema(description = "The questionnaire a single-use link opens")
public record EvaluationForm(
        UUID programId,
        @Schema(example = "PKP-MKS-2026-01") String programCode,
        @Schema(example = "Pelatihan Manajemen Pengaduan") String programTitle,
        LocalDate startDate,
        LocalDate endDate,
        Questionnaire questionnaire,
        RaterRole role,
        @Schema(description = "The alumnus a supervisor or peer rates; absent when people rate their own program")
        String about,
        Instant expiresAt,
        @Schema(example = "1") int scaleMin,
        @Schema(example = "5") int scaleMax,
        @Schema(description = "Answered together, each by its key") List<Section> sections) {

    /** One part of the questionnaire: the delivery, one trainer, or the 360's items. */
    public record Section(
            @Schema(description = "The key its answers go under", example = "pengajar-1") String key,
            @Schema(example = "Pengajar: Dr. Andi Rahman, M.Si.") String title,
            @Schema(example = "PENGAJAR") String instrument,
            @Schema(example = "1") int instrumentVersion,
            @Schema(description = "The trainer rated, in a trainer's section") Trainer trainer,
            List<Question> questions) {
    }

    public record Trainer(UUID id, String name, String institution) {
    }

    public record Question(
            @Schema(example = "T1") String code,
            @Schema(example = "Penguasaan materi") String name,
            String question,
            @Schema(description = "May be left unanswered") boolean optional,
            @Schema(description = "One wording per point of the scale, the lowest first") List<String> wordings) {
    }
}
