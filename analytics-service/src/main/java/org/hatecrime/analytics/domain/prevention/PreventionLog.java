package org.hatecrime.analytics.domain.prevention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.analytics.domain.CountingRule;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;

/**
 * The prevention activity log of each agency, and the before/after view of an activity: counted
 * reports in its district and strands, week by week, before it started and after it ended.
 */
@ApplicationScoped
public class PreventionLog {

    private final Sql sql;
    private final AnalyticsConfig config;
    private final Clock clock;

    PreventionLog(Sql sql, AnalyticsConfig config, Clock clock) {
        this.sql = sql;
        this.config = config;
        this.clock = clock;
    }

    /** What an agency logs; checked against the configured districts and strands. */
    public record NewActivity(PreventionActivity.Kind kind, PreventionActivity.Audience audience, String title, String district,
            List<String> strands, LocalDate startsOn, LocalDate endsOn, Integer reach) {
    }

    @Transactional
    public PreventionActivity log(NewActivity activity, String actor, String agency) {
        if (!config.statistics().districts().contains(activity.district())) {
            throw new DomainException.InvalidValue("district", "must be one of " + config.statistics().districts());
        }
        for (String strand : activity.strands()) {
            if (!config.statistics().strands().contains(strand)) {
                throw new DomainException.InvalidValue("strands", "must be among " + config.statistics().strands());
            }
        }
        if (activity.endsOn().isBefore(activity.startsOn())) {
            throw new DomainException.InvalidValue("endsOn", "must not be before startsOn");
        }
        PreventionActivity logged = new PreventionActivity(Randomness.uuid(), agency, activity.kind(), activity.audience(),
                activity.title().strip(), activity.district(), List.copyOf(activity.strands()), activity.startsOn(), activity.endsOn(),
                activity.reach(), actor, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
        sql.update("""
                insert into prevention_activity (id, agency, kind, audience, title, district, strands, starts_on, ends_on, reach,
                                                 recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                logged.id(), agency, logged.kind().name(), logged.audience().name(), logged.title(), logged.district(),
                logged.strands().toArray(String[]::new), logged.startsOn(), logged.endsOn(), logged.reach(), actor, logged.recordedAt());
        return logged;
    }

    /** The agency's activities, newest first. */
    @Transactional
    public List<PreventionActivity> list(String agency) {
        return sql.list(SELECT + " where agency = ? order by starts_on desc, recorded_at desc", PreventionLog::activity, agency);
    }

    /** One of the agency's activities; another agency's answers as unknown. */
    @Transactional
    public PreventionActivity get(UUID id, String agency) {
        return sql.first(SELECT + " where id = ? and agency = ?", PreventionLog::activity, id, agency)
                .orElseThrow(() -> new DomainException.NotFound("Prevention activity " + id));
    }

    /**
     * Counted reports in the activity's district and strands for {@code weeks} weeks before it started
     * and {@code weeks} weeks after it ended (a report with two of its strands counts once).
     */
    @Transactional
    public Effect effect(UUID id, String agency, int weeks) {
        if (weeks < 1 || weeks > 52) {
            throw new DomainException.InvalidValue("weeks", "must be from 1 to 52");
        }
        return effectOnceWeeksHavePassed(get(id, agency), weeks)
                .orElseThrow(() -> new DomainException.RuleBroken("The " + weeks + " weeks after the activity have not all passed yet"));
    }

    /** The agency's activities that ran on some day from {@code start} to {@code endExclusive}, oldest first. */
    @Transactional
    public List<PreventionActivity> during(String agency, LocalDate start, LocalDate endExclusive) {
        return sql.list(SELECT + " where agency = ? and starts_on < ? and ends_on >= ? order by starts_on, recorded_at",
                PreventionLog::activity, agency, endExclusive, start);
    }

    /** The activity's before/after view, or empty while the {@code weeks} weeks after it have not all passed. */
    public Optional<Effect> effectOnceWeeksHavePassed(PreventionActivity activity, int weeks) {
        UUID id = activity.id();
        LocalDate afterStart = activity.endsOn().plusDays(1);
        LocalDate afterEnd = afterStart.plusWeeks(weeks);
        if (afterEnd.isAfter(LocalDate.now(clock.withZone(config.zone())))) {
            return Optional.empty();
        }
        long before = reports(activity, activity.startsOn().minusWeeks(weeks), activity.startsOn());
        long after = reports(activity, afterStart, afterEnd);
        double beforePerWeek = Math.round(100.0 * before / weeks) / 100.0;
        double afterPerWeek = Math.round(100.0 * after / weeks) / 100.0;
        Double change = before == 0 ? null : Math.round(1000.0 * (after - before) / before) / 1000.0;
        return Optional.of(new Effect(id, weeks, before, after, beforePerWeek, afterPerWeek, change));
    }

    private long reports(PreventionActivity activity, LocalDate from, LocalDate to) {
        return sql.number("select count(*) from report_fact where " + CountingRule.COUNTED
                + " and district = ? and strands && ? and received_at >= ? and received_at < ?", activity.district(),
                activity.strands().toArray(String[]::new), from.atStartOfDay(config.zone()).toOffsetDateTime(),
                to.atStartOfDay(config.zone()).toOffsetDateTime());
    }

    private static final String SELECT = """
            select id, agency, kind, audience, title, district, strands, starts_on, ends_on, reach, recorded_by, recorded_at
              from prevention_activity""";

    private static PreventionActivity activity(ResultSet row) throws SQLException {
        Integer reach = (Integer) row.getObject(10);
        return new PreventionActivity(row.getObject(1, UUID.class), row.getString(2), PreventionActivity.Kind.valueOf(row.getString(3)),
                PreventionActivity.Audience.valueOf(row.getString(4)), row.getString(5), row.getString(6),
                List.of((String[]) row.getArray(7).getArray()), row.getObject(8, LocalDate.class), row.getObject(9, LocalDate.class),
                reach, row.getString(11), row.getObject(12, OffsetDateTime.class));
    }

    /** Reporting in the activity's district and strands before and after it; an association, not proof of an effect. */
    @Schema(name = "PreventionEffect", description = "Counted reports in the activity's district and strands in the weeks before it "
            + "started and after it ended. An association, not proof of an effect: reporting also rises when people learn to report.")
    public record Effect(
            @Schema(example = "3f6c2a9e-1b4d-4e8f-a7c5-0d9e8f7a6b5c") UUID activityId,
            @Schema(example = "12") int weeks,
            @Schema(example = "18") long reportsBefore,
            @Schema(example = "27") long reportsAfter,
            @Schema(example = "1.5") double perWeekBefore,
            @Schema(example = "2.25") double perWeekAfter,
            @Schema(description = "(after - before) / before; absent when nothing was reported before", example = "0.5", nullable = true)
            Double change) {
    }
}
