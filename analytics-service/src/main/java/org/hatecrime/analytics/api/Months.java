package org.hatecrime.analytics.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.hatecrime.kit.domain.DomainException;

/** Months in query parameters, written YYYY-MM. */
final class Months {

    private Months() {
    }

    /** The month, or {@code otherwise} when the parameter is absent; a 400 naming the parameter when it is malformed. */
    static YearMonth parse(String parameter, String value, YearMonth otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException.InvalidValue(parameter, "must be a month written YYYY-MM");
        }
    }
}
