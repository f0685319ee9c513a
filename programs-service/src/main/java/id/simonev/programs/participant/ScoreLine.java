package id.simonev.programs.participant;

import id.simonev.platform.nip.Nip;
import id.simonev.platform.nip.ValidNip;
import jakarta.validation.constraints.NotBlank;

/** One row of a test-score file; its scores are checked as the JSON API checks them, column by column. */
record ScoreLine(@NotBlank @ValidNip String nip, TestScores scores) {

    ScoreLine {
        nip = Nip.canonical(nip);
    }
}
