package id.simonev.programs.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** One row of a test-score file; its scores are checked as the JSON API checks them, column by column. */
record ScoreLine(
        @NotBlank @Pattern(regexp = Enrolment.NIP_PATTERN, message = Enrolment.NIP_MESSAGE) String nip,
        TestScores scores) {
}
