package id.simonev.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import id.simonev.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Makes a POST safe to retry: with an {@code Idempotency-Key}, the first request's key and answer
 * are recorded in the same transaction as its write, so a retry with that key (after a timeout,
 * say) gets the first answer and creates nothing new. A concurrent retry waits on the first and
 * then gets its answer. Keys are the caller's own: two callers may use the same key.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String DESCRIPTION = "Makes the POST safe to retry: a retry with the same key gets the first "
            + "answer and writes nothing new (a UUID per logical request is a good key)";
    private static final int MAX_KEY_LENGTH = 200;

    /** The first request with a key: what it was (hashed) and its answer. */
    private record Earlier(String requestHash, String response) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    IdempotentRequests(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /**
     * Runs {@code write} unless this caller already made this request with this key; then returns
     * that answer.
     *
     * @param operation what the request does, with the ids in its path (e.g. {@code schedule program}),
     *                  so that one key reused on another operation with the same body is not a replay
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T once(String key, Caller caller, String operation, Object request, Class<T> answerType,
                      Supplier<T> write) {
        if (key == null) {
            return write.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.invalid(HEADER, "must hold 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String requestHash = hash(operation + "\n" + toJson(request));
        boolean first = entityManager.createNativeQuery("""
                        insert into idempotent_request (caller, key, request_hash) values (?1, ?2, ?3)
                        on conflict (caller, key) do nothing""")
                .setParameter(1, caller.name())
                .setParameter(2, key)
                .setParameter(3, requestHash)
                .executeUpdate() == 1;
        if (first) {
            T answer = write.get();
            entityManager.createNativeQuery(
                            "update idempotent_request set response = cast(?3 as jsonb) where caller = ?1 and key = ?2")
                    .setParameter(1, caller.name())
                    .setParameter(2, key)
                    .setParameter(3, toJson(answer))
                    .executeUpdate();
            return answer;
        }
        Earlier earlier = entityManager.unwrap(Session.class).createNativeQuery(
                        "select request_hash, cast(response as text) from idempotent_request where caller = ?1 and key = ?2",
                        Earlier.class)
                .setParameter(1, caller.name())
                .setParameter(2, key)
                .getSingleResult();
        if (!requestHash.equals(earlier.requestHash())) {
            String message = "was already used for a different request; use a new key for a new request";
            throw new ProblemException(ProblemType.UNPROCESSABLE, HEADER + " " + message,
                    List.of(new Problem.Violation(HEADER, message)));
        }
        try {
            return objectMapper.readValue(earlier.response(), answerType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The recorded answer to " + HEADER + " " + key + " is unreadable", e);
        }
    }

    private String toJson(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String hash(String request) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
