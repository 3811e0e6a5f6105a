package org.hatecrime.victimcare.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hatecrime.kit.problem.Problem;
import org.hatecrime.kit.problem.ProblemConfig;
import org.hatecrime.kit.problem.ProblemType;
import org.hatecrime.kit.request.RequestIds;
import org.hatecrime.victimcare.domain.contact.IntakeUnavailable;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Intake could not be asked for a referral packet: 503 with Retry-After, never a stack trace. */
public class IntakeUnavailableMapper {

    private final ObjectMapper json;
    private final ProblemConfig config;

    IntakeUnavailableMapper(ObjectMapper json, ProblemConfig config) {
        this.json = json;
        this.config = config;
    }

    @ServerExceptionMapper(priority = 0)
    public Response intakeUnavailable(IntakeUnavailable e, UriInfo uri) throws JsonProcessingException {
        ProblemType type = ProblemType.UNAVAILABLE;
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                e.getMessage() + ", so the victim's contact details could not be fetched; nothing was recorded. Try again shortly",
                uri == null ? null : uri.getRequestUri().getPath(), RequestIds.current(), java.util.List.of());
        long seconds = (config.retryAfter().toMillis() + 999) / 1000;
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .entity(json.writeValueAsString(problem)).build();
    }
}
