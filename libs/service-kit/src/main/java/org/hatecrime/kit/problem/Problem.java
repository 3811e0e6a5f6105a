package org.hatecrime.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail. {@code type} is stable and documented; {@code violations} names each
 * offending field so a front end can point at it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (application/problem+json)",
        requiredProperties = {"type", "title", "status"})
public record Problem(
        @Schema(description = "Stable URI of the kind of problem; the API guide lists each",
                example = "https://hatecrime.example/problems/invalid-request")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "The request is not valid")
        String title,
        @Schema(description = "The HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong with this request, in words", example = "district: must not be blank")
        String detail,
        @Schema(description = "The path of the request", example = "/api/v1/reports")
        String instance,
        @Schema(description = "The request id (X-Request-ID); quote it when reporting a fault",
                example = "7c1e2d3f-9a8b-4c5d-8e7f-0a1b2c3d4e5f")
        String requestId,
        @Schema(description = "Each field that was refused and why; only with invalid-request")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field and what is wrong with it. */
    @Schema(name = "ProblemViolation", description = "One refused field of a request", requiredProperties = {"field", "message"})
    public record Violation(
            @Schema(description = "The field, as a path into the request body, or a parameter or header name", example = "district")
            String field,
            @Schema(description = "What is wrong with it", example = "must not be blank")
            String message) {
    }
}
