package org.hatecrime.kit.request;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the gateway's {@code X-Request-ID} (or makes one), logs with it and returns it. */
public class RequestIdFilters {

    private static final String PROPERTY = "hatecrime.requestId";

    @ServerRequestFilter(preMatching = true)
    public void takeRequestId(ContainerRequestContext request) {
        String requestId = RequestIds.acceptOrCreate(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(PROPERTY, requestId);
        MDC.put(RequestIds.MDC_REQUEST_ID, requestId);
        String traceparent = RequestIds.acceptTraceparent(request.getHeaderString(RequestIds.TRACEPARENT_HEADER));
        if (traceparent != null) {
            MDC.put(RequestIds.MDC_TRACEPARENT, traceparent);
        } else {
            MDC.remove(RequestIds.MDC_TRACEPARENT);
        }
    }

    @ServerResponseFilter
    public void returnRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(PROPERTY);
        if (requestId != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, requestId);
        }
    }
}
