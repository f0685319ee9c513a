package id.simonev.inbox;

import id.simonev.platform.event.EventEnvelope;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What a consumer does with each event type it reads: the class its {@code data} is read as and
 * the handler that applies it. The {@link Inbox} reads the data as that class, checks its Bean
 * Validation annotations, and hands it to the handler; an event of a type without a handler is
 * recorded as seen and otherwise ignored.
 *
 * <pre>{@code
 * EventHandlers.builder()
 *         .on("AgencyRegistered", AgencyData.class, this::upsertAgency)
 *         .on("RealisationRecorded", RealisationRecorded.class, this::realisationRecorded)
 *         .build();
 * }</pre>
 */
public final class EventHandlers {

    /** One handler of one type: how to read the data, and what to do with it. */
    record Handler<T>(String type, Class<T> dataClass, BiConsumer<T, EventEnvelope> apply) {

        void applyTo(Object data, EventEnvelope event) {
            apply.accept(dataClass.cast(data), event);
        }
    }

    private final Map<String, List<Handler<?>>> byType;

    private EventHandlers(Map<String, List<Handler<?>>> byType) {
        this.byType = byType;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The types some handler is declared for. */
    public Set<String> types() {
        return byType.keySet();
    }

    public boolean handles(String type) {
        return byType.containsKey(type);
    }

    /** The handlers of {@code type} in the order declared; none for a type this consumer ignores. */
    List<Handler<?>> handlersOf(String type) {
        return byType.getOrDefault(type, List.of());
    }

    public static final class Builder {

        private final Map<String, List<Handler<?>>> byType = new LinkedHashMap<>();

        private Builder() {
        }

        /** Applies each {@code type} event's data, read as {@code dataClass}, with {@code handler}. */
        public <T> Builder on(String type, Class<T> dataClass, Consumer<T> handler) {
            Objects.requireNonNull(handler);
            return on(type, dataClass, (T data, EventEnvelope event) -> handler.accept(data));
        }

        /** As {@link #on(String, Class, Consumer)}, for a handler that also needs the envelope (its time, its id). */
        public <T> Builder on(String type, Class<T> dataClass, BiConsumer<T, EventEnvelope> handler) {
            byType.computeIfAbsent(Objects.requireNonNull(type), t -> new ArrayList<>())
                    .add(new Handler<>(type, Objects.requireNonNull(dataClass), Objects.requireNonNull(handler)));
            return this;
        }

        /** Adds every handler of {@code others}, e.g. of each read model a consumer keeps. */
        public Builder include(EventHandlers others) {
            others.byType.forEach((type, handlers) ->
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).addAll(handlers));
            return this;
        }

        public EventHandlers build() {
            Map<String, List<Handler<?>>> copy = new LinkedHashMap<>();
            byType.forEach((type, handlers) -> copy.put(type, List.copyOf(handlers)));
            return new EventHandlers(Collections.unmodifiableMap(copy));
        }
    }
}
