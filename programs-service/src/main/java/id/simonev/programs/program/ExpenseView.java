package id.simonev.programs.program;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpenseView(UUID id, UUID programId, ExpenseCategory category, long amount, LocalDate date,
                          String note, Instant recordedAt) {

    static ExpenseView of(Expense expense) {
        return new ExpenseView(expense.id, expense.programId, expense.category, expense.amount, expense.spentOn,
                expense.note, expense.recordedAt);
    }
}
