package id.simonev.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A consumer for the inbox's tests: adds each {@code Counted} event's amount to its tally, which must exist. */
@ApplicationScoped
class TallyConsumer implements EventConsumer {

    private final EntityManager entityManager;
    private final EventHandlers handlers;

    TallyConsumer(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.handlers = EventHandlers.builder().on("Counted", Counted.class, this::count).build();
    }

    record Counted(@NotBlank String tally, @NotNull @Positive Integer amount) {
    }

    @Override
    public String name() {
        return "tally";
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }

    private void count(Counted counted) {
        int updated = entityManager.createNativeQuery("update tally set total = total + ?1 where name = ?2")
                .setParameter(1, counted.amount())
                .setParameter(2, counted.tally())
                .executeUpdate();
        if (updated == 0) {
            throw new IllegalStateException("there is no tally named " + counted.tally());
        }
    }
}
