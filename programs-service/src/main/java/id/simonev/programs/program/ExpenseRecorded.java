package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Part of a program's budget was spent; the event carries the budget as it now stands.
 * {@code region} is the program's region: the envelope carries it, {@code data} does not.
 */
public record ExpenseRecorded(@JsonIgnore String region, UUID programId, UUID expenseId, ExpenseCategory category,
                              long amount, LocalDate date, String note, long plannedBudget, long realisedBudget) implements ProgramEvent {
}
