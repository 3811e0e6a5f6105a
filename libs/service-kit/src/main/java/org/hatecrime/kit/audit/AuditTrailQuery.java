package org.hatecrime.kit.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.hatecrime.kit.problem.ProblemException;

/**
 * What an administrator asks of the audit trail, checked at the edge: each bad filter answers 400
 * naming it.
 *
 * @param agency the administrator's own agency: the only one whose entries they may read
 */
public record AuditTrailQuery(String agency, String actor, String objectType, String objectId, Instant from, Instant to,
        int page, int size) {

    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 50;
    private static final int MAX_TEXT = 200;

    /** Reads the raw query parameters for an administrator of {@code ownAgency}. */
    public static AuditTrailQuery of(String ownAgency, String agency, String actor, String objectType, String objectId, String from,
            String to, String page, String size) {
        if (agency != null && !agency.equals(ownAgency)) {
            throw ProblemException.invalidField("agency", "an administrator reads only their own agency's audit entries");
        }
        Instant since = instant("from", from);
        Instant until = instant("to", to);
        if (since != null && until != null && since.isAfter(until)) {
            throw ProblemException.invalidField("from", "must not be after 'to'");
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new AuditTrailQuery(ownAgency, text("actor", actor), text("objectType", objectType), text("objectId", objectId), since,
                until, pageNumber, pageSize);
    }

    /** The filters as the audit row of this read records them. */
    String describe() {
        StringBuilder filters = new StringBuilder("audit trail review");
        append(filters, "actor", actor);
        append(filters, "objectType", objectType);
        append(filters, "objectId", objectId);
        append(filters, "from", from);
        append(filters, "to", to);
        return filters.append(" page=").append(page).append(" size=").append(size).toString();
    }

    private static void append(StringBuilder filters, String name, Object value) {
        if (value != null) {
            filters.append(' ').append(name).append('=').append(value);
        }
    }

    private static String text(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank() || value.length() > MAX_TEXT) {
            throw ProblemException.invalidField(field, "must be 1 to " + MAX_TEXT + " characters");
        }
        return value;
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an ISO-8601 date and time with an offset, e.g. 2026-11-01T00:00:00Z");
        }
    }

    private static int number(String field, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField(field, "must be a whole number from " + min + " to " + max);
    }
}
