package id.simonev.programs.program;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ExpenseRepository implements PanacheRepositoryBase<Expense, UUID> {
}
