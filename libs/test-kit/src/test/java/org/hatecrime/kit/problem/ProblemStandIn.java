package org.hatecrime.kit.problem;

/**
 * Stands in for the service kit's HTTP problem types (the test kit cannot depend on the service
 * kit, whose own tests use the test kit), so the architecture rules can be shown to catch them.
 */
public class ProblemStandIn extends RuntimeException {
    public static ProblemStandIn notFound(String what) {
        return new ProblemStandIn();
    }
}
