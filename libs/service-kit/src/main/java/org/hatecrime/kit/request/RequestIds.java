package org.hatecrime.kit.request;

import java.util.regex.Pattern;
import org.hatecrime.kit.protection.Randomness;
import org.jboss.logging.MDC;

/** The request id and trace context of the work in hand, as logged and as carried into events. */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    public static final String TRACEPARENT_HEADER = "traceparent";
    static final String MDC_REQUEST_ID = "requestId";
    static final String MDC_TRACEPARENT = "traceparent";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private RequestIds() {
    }

    /** The caller's id when it is safe to log and echo, otherwise a new one. */
    public static String acceptOrCreate(String offered) {
        return offered != null && SAFE_ID.matcher(offered).matches() ? offered : Randomness.uuid().toString();
    }

    /** A W3C traceparent when well formed, otherwise null. */
    public static String acceptTraceparent(String offered) {
        return offered != null && TRACEPARENT.matcher(offered).matches() ? offered : null;
    }

    public static String current() {
        return blankToNull(MDC.get(MDC_REQUEST_ID));
    }

    public static String currentTraceparent() {
        return blankToNull(MDC.get(MDC_TRACEPARENT));
    }

    private static String blankToNull(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
