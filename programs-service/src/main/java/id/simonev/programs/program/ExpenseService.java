package id.simonev.programs.program;

import id.simonev.platform.idempotency.IdempotentRequests;
import id.simonev.platform.paging.Page;
import id.simonev.platform.paging.PageRequest;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.security.Caller;
import id.simonev.platform.validation.OptionalText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The expense lines that realise a program's budget. */
@ApplicationScoped
public class ExpenseService {

    private static final Map<String, String> SORTABLE = Map.of("date", "spentOn", "amount", "amount",
            "category", "category", "recordedAt", "recordedAt");

    private final ExpenseRepository expenses;
    private final ProgramRepository programs;
    private final ProgramService programService;
    private final IdempotentRequests idempotentRequests;

    ExpenseService(ExpenseRepository expenses, ProgramRepository programs, ProgramService programService,
                   IdempotentRequests idempotentRequests) {
        this.expenses = expenses;
        this.programs = programs;
        this.programService = programService;
        this.idempotentRequests = idempotentRequests;
    }

    /** Records an expense of a scheduled, running, completed or cancelled program; emits {@code ExpenseRecorded}. */
    @Transactional
    public ExpenseView record(UUID programId, NewExpense request, Caller caller, String idempotencyKey) {
        return idempotentRequests.once(idempotencyKey, caller, "record expense " + programId, request,
                ExpenseView.class, () -> {
                    Program program = ProgramService.visible(programs.requireLocked(programId), caller);
                    if (program.status == ProgramStatus.DRAFT) {
                        throw ProblemException.conflict("Program " + program.code
                                + " is DRAFT: its budget is realised once it is scheduled");
                    }
                    Expense expense = new Expense();
                    expense.id = UUID.randomUUID();
                    expense.programId = program.id;
                    expense.category = request.category();
                    expense.amount = request.amount();
                    expense.spentOn = request.date();
                    expense.note = OptionalText.stripped(request.note());
                    expense.recordedAt = Instant.now();
                    expense.recordedBy = caller.name();
                    expenses.persist(expense);
                    expenses.flush();
                    programService.announce(program, new ExpenseRecorded(program.regionCode, program.id, expense.id,
                            expense.category, expense.amount, expense.spentOn, expense.note, program.plannedBudget,
                            programs.realisedBudget(program.id)));
                    return ExpenseView.of(expense);
                });
    }

    public ExpenseView find(UUID programId, UUID expenseId, Caller caller) {
        ProgramService.visible(programs.require(programId), caller);
        return expenses.findByIdOptional(expenseId).filter(expense -> expense.programId.equals(programId))
                .map(ExpenseView::of).orElseThrow(() -> ProblemException.notFound("Expense", expenseId));
    }

    public Page<ExpenseView> list(UUID programId, PageRequest paging, Caller caller) {
        ProgramService.visible(programs.require(programId), caller);
        return paging.fetch(expenses.find("programId", paging.sortAmong(SORTABLE, "date", "id"), programId),
                ExpenseView::of);
    }
}
