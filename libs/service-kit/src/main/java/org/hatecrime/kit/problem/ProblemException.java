package org.hatecrime.kit.problem;

import java.util.List;

/** A business outcome that answers with a problem, such as an illegal state change (409). */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.Violation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    private ProblemException(ProblemType type, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = violations;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    /** A field that passed the syntax checks but breaks a rule only the service can check. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.INVALID_REQUEST, field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    /** The record does not exist, or the caller may not know that it exists. */
    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(ProblemType.PRECONDITION_FAILED, detail);
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(ProblemType.PRECONDITION_REQUIRED, "This change needs an If-Match header with the report's current ETag");
    }

    public static ProblemException tooManyRequests(String detail) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }
}
