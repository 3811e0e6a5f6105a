package org.hatecrime.analytics.domain;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.hatecrime.kit.domain.DomainException;

/** The months an analyst asks about, both included, as the instants [start, end) in the analytics zone. */
public record MonthRange(OffsetDateTime start, OffsetDateTime end) {

    private static final OffsetDateTime BEGINNING = OffsetDateTime.parse("1900-01-01T00:00:00Z");
    private static final OffsetDateTime NEVER = OffsetDateTime.parse("9999-01-01T00:00:00Z");

    /** From {@code from} to {@code to}; either may be null, for an open end. */
    public static MonthRange of(YearMonth from, YearMonth to, ZoneId zone) {
        requireInOrder(from, to);
        return new MonthRange(from == null ? BEGINNING : startOf(from, zone), to == null ? NEVER : startOf(to.plusMonths(1), zone));
    }

    /** Refuses {@code from} after {@code to}, a 400 naming {@code from}; either may be null. */
    public static void requireInOrder(YearMonth from, YearMonth to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new DomainException.InvalidValue("from", "must not be after 'to'");
        }
    }

    private static OffsetDateTime startOf(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
