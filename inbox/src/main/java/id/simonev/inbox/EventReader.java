package id.simonev.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import id.simonev.platform.event.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads a record as an event envelope, and an event's data as the classes its handlers declare,
 * checked against their constraints. Events carry more than one consumer needs and gain fields
 * over time, so fields a class does not declare are ignored here (unlike in request bodies).
 */
@ApplicationScoped
class EventReader {

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final ObjectReader envelopeReader;
    private final Map<Class<?>, ObjectReader> dataReaders = new ConcurrentHashMap<>();

    EventReader(ObjectMapper objectMapper, Validator validator) {
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.envelopeReader = reader(EventEnvelope.class);
    }

    /** Reads decimals as BigDecimal, so that no number loses a digit on the way to the read models. */
    private ObjectReader reader(Class<?> type) {
        return objectMapper.readerFor(type)
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The envelope {@code record} holds; {@link UnreadableEvent} when it is not one. */
    EventEnvelope envelope(String record) {
        if (record == null) {
            throw new UnreadableEvent("the record has no value");
        }
        EventEnvelope event;
        try {
            event = envelopeReader.readValue(record);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableEvent("not an event envelope: " + e.getMessage());
        }
        if (event == null || event.id() == null || event.type() == null || event.occurredAt() == null
                || event.source() == null) {
            throw new UnreadableEvent("not an event envelope: id, type, occurredAt and source are required");
        }
        return event;
    }

    /**
     * The changes {@code handlers} make for {@code event}, its data read and checked for each of
     * them before any is made; none for a type without handlers. {@link UnreadableEvent} names
     * what is wrong with the data.
     */
    List<Runnable> changes(EventEnvelope event, EventHandlers handlers) {
        List<Runnable> changes = new ArrayList<>();
        for (EventHandlers.Handler<?> handler : handlers.handlersOf(event.type())) {
            Object data = data(event, handler.dataClass());
            changes.add(() -> handler.applyTo(data, event));
        }
        return changes;
    }

    private Object data(EventEnvelope event, Class<?> type) {
        JsonNode node = event.data() == null ? NullNode.getInstance() : event.data();
        Object data;
        try {
            data = dataReaders.computeIfAbsent(type, this::reader).readValue(node);
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableEvent("its data cannot be read as " + type.getSimpleName() + ": " + e.getMessage());
        }
        if (data == null) {
            throw new UnreadableEvent("it has no data");
        }
        String violations = validator.validate(data).stream()
                .map(EventReader::describe).distinct().sorted().collect(Collectors.joining("; "));
        if (!violations.isEmpty()) {
            throw new UnreadableEvent("its data is invalid: " + violations);
        }
        return data;
    }

    private static String describe(ConstraintViolation<?> violation) {
        return "data." + violation.getPropertyPath() + " " + violation.getMessage();
    }
}
