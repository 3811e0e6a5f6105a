package org.hatecrime.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.DatabaseAvailability;
import org.hatecrime.kit.db.DatabaseBreaker;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.request.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every error leaves as {@code application/problem+json}: validation lists each field, malformed
 * JSON names where it broke, and nothing internal (stack traces, SQL) ever reaches the caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final ObjectMapper json;
    private final ProblemConfig config;
    private final DatabaseBreaker breaker;

    public ProblemMappers(ObjectMapper json, ProblemConfig config, DatabaseBreaker breaker) {
        this.json = json;
        this.config = config;
        this.breaker = breaker;
    }

    /** While the database cannot be reached, a request is answered 503 before it waits for a connection. */
    @ServerRequestFilter
    public Optional<Response> refuseWhileTheDatabaseIsAway(UriInfo uri) {
        if (!breaker.refuses()) {
            return Optional.empty();
        }
        return Optional.of(databaseUnavailable(uri));
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return respond(ProblemType.INVALID_REQUEST, describe(violations), uri, violations);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableEnum(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "unknown value '" + e.getValue() + "'; allowed: " + allowed(e.getTargetType())
                : "cannot read '" + e.getValue() + "' as " + simpleName(e.getTargetType());
        return respond(ProblemType.INVALID_REQUEST, field + ": " + message, uri, List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        String message = "unknown field";
        return respond(ProblemType.INVALID_REQUEST, field + ": " + message, uri, List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        if (isBrokenSyntax(e)) {
            return malformed(e, uri);
        }
        String field = pathOf(e);
        String message = "expected " + simpleName(e.getTargetType());
        return respond(ProblemType.INVALID_REQUEST, field + ": " + message, uri, List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response unmappable(JsonMappingException e, UriInfo uri) {
        if (isBrokenSyntax(e)) {
            return malformed(e, uri);
        }
        String field = pathOf(e);
        String message = e.getOriginalMessage();
        return respond(ProblemType.INVALID_REQUEST, field + ": " + message, uri, List.of(new Problem.Violation(field, message)));
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(ProblemType.MALFORMED_JSON, "The body is not valid JSON" + where, uri, List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response business(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.violations());
    }

    /** A domain outcome, mapped to its problem type here at the edge and nowhere else. */
    @ServerExceptionMapper(priority = 1)
    public Response domain(DomainException e, UriInfo uri) {
        if (e instanceof DomainException.InvalidValue invalid) {
            return respond(ProblemType.INVALID_REQUEST, e.getMessage(), uri, List.of(new Problem.Violation(invalid.field(), invalid.reason())));
        }
        ProblemType type = e instanceof DomainException.NotFound ? ProblemType.NOT_FOUND
                : e instanceof DomainException.StaleVersion ? ProblemType.PRECONDITION_FAILED
                : e instanceof DomainException.NotPermitted ? ProblemType.FORBIDDEN
                : e instanceof DomainException.TooManyAttempts ? ProblemType.TOO_MANY_REQUESTS
                : e instanceof DomainException.Gone ? ProblemType.GONE
                : ProblemType.CONFLICT;
        if (e instanceof DomainException.TooManyAttempts tooMany) {
            // never 0: a caller told to retry at once would only meet the same wait again
            return builder(type, type.status(), e.getMessage(), uri, List.of())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wholeSecondsRoundedUp(tooMany.waitRemaining()))))
                    .build();
        }
        return respond(type, e.getMessage(), uri, List.of());
    }

    /**
     * The audit row could not be written, so the action was refused, and a retry is asked for; but
     * not when the row failed on what it held (a value PostgreSQL cannot store, say): that would
     * fail the same way again, so it is a defect like any other.
     */
    @ServerExceptionMapper(priority = 1)
    public Response auditUnavailable(AuditLog.AuditUnavailableException e, UriInfo uri) {
        if (DatabaseAvailability.isRefusedContent(e)) {
            return unexpected(e, uri);
        }
        breaker.failed(e);
        LOG.error("audit log unavailable; refusing the action", e);
        // Nothing was carried out, so a retry is safe: tell the caller when, like any other 503.
        return builder(ProblemType.UNAVAILABLE, 503, "The action could not be recorded, so it was not carried out; try again shortly", uri, List.of())
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, "Your role does not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper(priority = 1)
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return fromJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = builder(type, status, type.title(), uri, List.of());
        copyHeader(e.getResponse(), response, HttpHeaders.ALLOW);
        copyHeader(e.getResponse(), response, HttpHeaders.WWW_AUTHENTICATE);
        return response.build();
    }

    /** The body reader sometimes wraps Jackson's exception; answer as if it had not. */
    private Response fromJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof InvalidFormatException invalid) {
            return unreadableEnum(invalid, uri);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatched(mismatch, uri);
        }
        if (e instanceof JsonMappingException mapping) {
            return unmappable(mapping, uri);
        }
        return malformed(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unexpected(Exception e, UriInfo uri) {
        breaker.failed(e);
        if (isTemporarilyUnavailable(e)) {
            LOG.warnf("database unavailable or saturated: %s", e.getMessage());
            return databaseUnavailable(uri);
        }
        LOG.error("unexpected failure", e);
        return respond(ProblemType.INTERNAL, "The request could not be completed; quote the request id when reporting this", uri, List.of());
    }

    private Response databaseUnavailable(UriInfo uri) {
        return builder(ProblemType.UNAVAILABLE, 503, "The service is busy or its database is unavailable; nothing was stored. "
                + "Try again shortly (with the same Idempotency-Key, if you sent one)", uri, List.of())
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds())
                .build();
    }

    /** Retry-After counts whole seconds; a configured fraction is rounded up so callers never retry early. */
    private String retryAfterSeconds() {
        return Long.toString(wholeSecondsRoundedUp(config.retryAfter()));
    }

    private static long wholeSecondsRoundedUp(Duration wait) {
        long millis = wait.toMillis();
        return (millis + 999) / 1000;
    }

    private Response unauthenticated(UriInfo uri) {
        return builder(ProblemType.UNAUTHENTICATED, 401, ProblemType.UNAUTHENTICATED.title(), uri, List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.Violation> violations) {
        return builder(type, type.status(), detail, uri, violations).build();
    }

    private Response.ResponseBuilder builder(ProblemType type, int status, String detail, UriInfo uri, List<Problem.Violation> violations) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail,
                uri == null ? null : uri.getRequestUri().getPath(), RequestIds.current(), violations);
        try {
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(json.writeValueAsString(problem));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String header) {
        Object value = from.getHeaders().getFirst(header);
        if (value != null) {
            to.header(header, value);
        }
    }

    /** The request field a violation is about, without the method and parameter names. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || (node.getKind() == ElementKind.PARAMETER && !last)) {
                continue;
            }
            if (node.getIndex() != null || node.getKey() != null) {
                String position = "[" + (node.getIndex() != null ? node.getIndex() : node.getKey()) + "]";
                if (parts.isEmpty()) {
                    parts.add(position);
                } else {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + position);
                }
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                parts.add(name);
            }
        }
        return parts.isEmpty() ? "body" : String.join(".", parts);
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /** Worth retrying: answers 503 rather than 500. */
    static boolean isTemporarilyUnavailable(Throwable failure) {
        return DatabaseAvailability.isConnectionFailure(failure);
    }

    /** Jackson reports a truncated or garbled body as a mapping error of the field it was reading. */
    private static boolean isBrokenSyntax(JsonMappingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                return true;
            }
        }
        return e.getMessage() != null && e.getMessage().contains("end-of-input");
    }

    private static String describe(List<Problem.Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }

    private static String allowed(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String simpleName(Class<?> type) {
        return type == null ? "a different value" : type.getSimpleName();
    }
}
