package id.simonev.performance.indicator;

import id.simonev.platform.problem.Problem;
import id.simonev.platform.problem.ProblemException;
import id.simonev.platform.problem.ProblemType;
import java.util.List;

/** The 422 of a well-formed value that the indicator's own rules refuse (a zero target, a percent over 100). */
public final class Refused {

    private Refused() {
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, message, List.of(new Problem.Violation(field, message)));
    }
}
