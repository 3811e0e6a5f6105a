package org.hatecrime.kit.problem;

/** The stable problem types of the API; each is documented in docs/api-guide.md. */
public enum ProblemType {

    INVALID_REQUEST(400, "invalid-request", "The request is not valid"),
    MALFORMED_JSON(400, "malformed-json", "The request body is not valid JSON"),
    UNAUTHENTICATED(401, "unauthenticated", "A valid bearer token is required"),
    FORBIDDEN(403, "forbidden", "Your role does not allow this"),
    NOT_FOUND(404, "not-found", "No such resource"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "not-acceptable", "No acceptable representation"),
    CONFLICT(409, "conflict", "The change conflicts with the resource's state"),
    GONE(410, "gone", "It was here and is no longer kept"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource changed since you read it"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Send application/json"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Send If-Match with the ETag you read"),
    TOO_MANY_REQUESTS(429, "rate-limited", "Too many requests"),
    INTERNAL(500, "internal-error", "Something went wrong on our side"),
    UNAVAILABLE(503, "unavailable", "The service is temporarily unavailable");

    private static final String BASE = "https://hatecrime.example/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_JSON) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : INVALID_REQUEST;
    }
}
