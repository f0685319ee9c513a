package id.simonev.programs.program;

import id.simonev.platform.event.DomainEvent;
import java.time.LocalDate;
import java.util.UUID;

/** Part of a program's budget was spent; the event carries the budget as it now stands. */
public record ExpenseRecorded(UUID programId, UUID expenseId, ExpenseCategory category, long amount, LocalDate date,
                              String note, long plannedBudget, long realisedBudget) implements DomainEvent {
}
