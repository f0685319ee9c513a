package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One meeting of a program, numbered from 1 in date order, the JP it is worth, and its trainers in
 * the order the plan names them (kept as one JSON array: they are always read and written whole).
 */
@Embeddable
public record Session(int number, @Column(name = "held_on") @JsonProperty("date") LocalDate heldOn, int jp,
                      @JdbcTypeCode(SqlTypes.JSON)
                      @Schema(description = "Who teaches the session, in the order the plan names them; may be empty")
                      List<Trainer> trainers) {

    /** No trainers is an empty list, also in an answer recorded for an Idempotency-Key before they were kept. */
    public Session {
        trainers = trainers == null ? List.of() : trainers;
    }
}
