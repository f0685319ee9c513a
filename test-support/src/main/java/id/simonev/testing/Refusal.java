package id.simonev.testing;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemType;
import io.restassured.response.ValidatableResponse;
import java.util.function.Supplier;

/**
 * The one check of a refusal: its status and problem {@code type}, the field its violation names
 * (none where the refusal is of the caller's role or regions, or of a state), and that nothing was
 * written: what {@code state} reads is the same after the request as before. A status alone
 * cannot tell a role refusal from a region refusal; the detail each begins with can.
 *
 * <pre>{@code
 * Refusal.of(ProblemType.UNKNOWN_REFERENCE, "regionCode").check(() -> Http.read(path), () -> post(...));
 * Refusal.outsideRegions().check(this::stored, () -> post(Tokens.operator("53"), ...));
 * }</pre>
 */
public final class Refusal {

    private static final String ROLE = "Your role does not allow this";
    private static final String REGIONS = "Your token does not cover region";

    private final ProblemType type;
    private final String field;
    private final String detail;

    private Refusal(ProblemType type, String field, String detail) {
        this.type = type;
        this.field = field;
        this.detail = detail;
    }

    /** A refusal of {@code type} that names no field. */
    public static Refusal of(ProblemType type) {
        return new Refusal(type, null, null);
    }

    /** A refusal of {@code type} with a violation of {@code field} (for a file's row: the column as the file spells it). */
    public static Refusal of(ProblemType type, String field) {
        return new Refusal(type, field, null);
    }

    /** A 403 because the token's role does not allow the request. */
    public static Refusal byRole() {
        return new Refusal(ProblemType.FORBIDDEN, null, ROLE);
    }

    /** A 403 because the token does not cover the region the request reaches. */
    public static Refusal outsideRegions() {
        return new Refusal(ProblemType.FORBIDDEN, null, REGIONS);
    }

    /** This refusal, whose detail begins with {@code start}. */
    public Refusal saying(String start) {
        return new Refusal(type, field, start);
    }

    /**
     * Sends {@code request}, checks that it is this refusal, and that {@code state} reads the same
     * after it as before.
     *
     * @return the answer, for checks particular to the test
     */
    public ValidatableResponse check(Supplier<?> state, Supplier<ValidatableResponse> request) {
        Object before = state.get();
        ValidatableResponse answer = check(request);
        assertEquals(before, state.get(), "A refused request must write nothing");
        return answer;
    }

    /** Sends {@code request}, a read (which writes nothing), and checks that it is this refusal. */
    public ValidatableResponse check(Supplier<ValidatableResponse> request) {
        ValidatableResponse answer = request.get()
                .statusCode(type.status())
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(type.uri().toString()));
        if (field == null) {
            answer.body("violations", anyOf(nullValue(), empty()));
        } else {
            answer.body("violations.field", hasItem(field));
        }
        if (detail != null) {
            answer.body("detail", startsWith(detail));
        }
        return answer;
    }
}
