package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One meeting of a program, numbered from 1 in date order, and the JP it is worth. */
@Embeddable
public record Session(int number, @Column(name = "held_on") @JsonProperty("date") LocalDate heldOn, int jp) {
}
