package org.hatecrime.kit.retention;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.security.Caller;

/**
 * The {@code retention_decision} table of a service that reviews its records, and when a record's
 * review falls due by it. Each service creates the table in its own migration, the same columns but
 * for the one naming the reviewed record ({@code report_id}, {@code referral_id}, {@code case_id});
 * what a service lists as due, and what anonymising takes away, stay the service's own.
 */
@ApplicationScoped
public class RetentionDecisions {

    private final Sql sql;
    private final Caller caller;
    private final RetentionConfig config;
    private final Clock clock;

    RetentionDecisions(Sql sql, Caller caller, RetentionConfig config, Clock clock) {
        this.sql = sql;
        this.caller = caller;
        this.config = config;
        this.clock = clock;
    }

    /**
     * The day a record's review falls due, as SQL: the date the latest decision to keep it named
     * (joined as {@code d} by {@link #latestKeep}), else the review period after the record ended,
     * or after it began if it never ended. Its one parameter is the {@link #period()}.
     */
    public static String reviewDue(String endedAt, String beganAt) {
        return "coalesce(d.keep_until, (coalesce(%s, %s) + ?::interval)::date)".formatted(endedAt, beganAt);
    }

    /** SQL joining the latest decision to keep the record as {@code d}, or nulls when none was. */
    public static String latestKeep(String recordColumn, String recordId) {
        return """
                left join lateral (select keep_until from retention_decision
                                    where %s = %s and decision = 'KEEP' order by decided_at desc limit 1) d on true"""
                .formatted(recordColumn, recordId);
    }

    /** The review period ({@code hatecrime.retention.review-after}) as the interval {@link #reviewDue} adds. */
    public String period() {
        return config.reviewAfter().toString();
    }

    /**
     * A service's due records counted per agency ({@link DueReviews}): {@code dueQuery} lists the
     * records due by a day, every agency's, with parameters the period, the period again and the
     * day; {@code agencyColumn} is its column naming the agency that decides each.
     */
    public Map<String, Long> dueByAgency(String dueQuery, String agencyColumn, LocalDate day) {
        String period = period();
        Map<String, Long> due = new HashMap<>();
        sql.list("select " + agencyColumn + ", count(*) from (" + dueQuery + ") due group by 1",
                row -> due.put(row.getString(1), row.getLong(2)), period, period, day);
        return due;
    }

    /** The day reviews fall due on and keep dates are counted from (UTC). */
    public static LocalDate dayOf(OffsetDateTime moment) {
        return moment.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    /**
     * The moment a decision is taken, as stored (to the microsecond), once its rule holds on that
     * day: a decision to keep names a later day, one to anonymise none (400 naming keepUntil).
     */
    public OffsetDateTime takenNow(ReviewDecision decision, LocalDate keepUntil) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        decision.check(keepUntil, dayOf(now));
        return now;
    }

    /** Records the caller's decision, taken at {@code at}, about the record named in {@code recordColumn}. */
    public RetentionDecision record(String recordColumn, UUID recordId, ReviewDecision decision, String reason, LocalDate keepUntil,
            OffsetDateTime at) {
        RetentionDecision made = new RetentionDecision(Randomness.uuid(), recordId, decision, reason, keepUntil, caller.actor(),
                caller.agency(), at);
        sql.update("""
                insert into retention_decision (id, %s, decision, reason, keep_until, decided_by, agency, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""".formatted(recordColumn), made.id(), recordId, decision.name(), reason, keepUntil,
                made.decidedBy(), made.agency(), at);
        return made;
    }
}
