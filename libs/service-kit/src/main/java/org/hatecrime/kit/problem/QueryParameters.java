package org.hatecrime.kit.problem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Query parameters read by hand, so a wrong value is a 400 naming the parameter. Left to JAX-RS, a
 * query parameter that does not convert answers 404, as if the resource did not exist.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** An enum value by its name; null when the parameter is absent or blank. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "unknown value '" + value + "'; allowed: " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A day as YYYY-MM-DD; null when the parameter is absent or blank. */
    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "must be a date as YYYY-MM-DD");
        }
    }

    /** A day as YYYY-MM-DD; today by the clock when the parameter is absent or blank. */
    public static LocalDate dayOrToday(String name, String value, Clock clock) {
        LocalDate day = day(name, value);
        return day == null ? LocalDate.now(clock) : day;
    }
}
