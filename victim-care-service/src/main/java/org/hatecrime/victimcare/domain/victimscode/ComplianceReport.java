package org.hatecrime.victimcare.domain.victimscode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.kit.time.WorkingDayCalendars;

/**
 * How well an agency kept the Code, per right, for the referrals whose victims consented between
 * two days (inclusive, in the calendar's time zone): how many had evidence of each right, and for
 * right 4 how many of its clocks were met, breached, still running or stopped. Counts only.
 */
@ApplicationScoped
public class ComplianceReport {

    private final Sql sql;
    private final Caller caller;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    ComplianceReport(Sql sql, Caller caller, AuditLog audit, Clock clock, WorkingDayCalendars calendars) {
        this.sql = sql;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.zone = calendars.englandAndWales().zone();
    }

    public record Compliance(LocalDate from, LocalDate to, long referrals, List<RightCompliance> rights) {
    }

    public record RightCompliance(VictimsCodeRight right, long referralsWithEvidence, List<ClockCompliance> clocks) {
    }

    /** {@code breached} = {@code missed} (met late, or ended after the target) + {@code overdue} (still unmet). */
    public record ClockCompliance(VictimsCodeClock clock, long met, long breached, long missed, long overdue, long due, long paused,
            long stopped) {
    }

    @Transactional
    public Compliance of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new DomainException.InvalidValue("to", "must not be before from (" + from + ")");
        }
        String agency = caller.agency();
        audit.record(caller.actor(), agency, new AuditEntry("victims-code.compliance", "agency", agency,
                "Victims' Code compliance " + from + " to " + to));
        OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);

        long referrals = sql.number("select count(*) from referral where agency = ? and consented_at >= ? and consented_at < ?",
                agency, start, end);
        Map<VictimsCodeRight, Long> withEvidence = new EnumMap<>(VictimsCodeRight.class);
        sql.list("""
                select e.right_number, count(distinct e.referral_id) from victims_code_evidence e join referral r on r.id = e.referral_id
                where r.agency = ? and r.consented_at >= ? and r.consented_at < ? group by e.right_number""",
                row -> {
                    long count = row.getLong(2);
                    VictimsCodeRight.numbered(row.getInt(1)).ifPresent(right -> withEvidence.put(right, count));
                    return null;
                }, agency, start, end);
        Map<VictimsCodeClock, Map<ClockState, Long>> byClock = new EnumMap<>(VictimsCodeClock.class);
        sql.list("""
                select clock, stage, due_at <= ?, count(*) from victims_code_clock
                where agency = ? and started_at >= ? and started_at < ? group by 1, 2, 3""",
                row -> {
                    ClockReading.Stage stage = ClockReading.Stage.valueOf(row.getString(2));
                    ClockState state = stage == ClockReading.Stage.RUNNING ? (row.getBoolean(3) ? ClockState.OVERDUE : ClockState.DUE)
                            : ClockState.valueOf(stage.name());
                    byClock.computeIfAbsent(VictimsCodeClock.valueOf(row.getString(1)), c -> new EnumMap<>(ClockState.class))
                            .merge(state, row.getLong(4), Long::sum);
                    return null;
                }, now, agency, start, end);

        List<RightCompliance> rights = new ArrayList<>();
        for (VictimsCodeRight right : VictimsCodeRight.values()) {
            List<ClockCompliance> clocks = new ArrayList<>();
            for (VictimsCodeClock c : VictimsCodeClock.values()) {
                if (c.right() == right) {
                    Map<ClockState, Long> n = byClock.getOrDefault(c, Map.of());
                    long missed = n.getOrDefault(ClockState.MISSED, 0L);
                    long overdue = n.getOrDefault(ClockState.OVERDUE, 0L);
                    clocks.add(new ClockCompliance(c, n.getOrDefault(ClockState.MET, 0L), missed + overdue, missed, overdue,
                            n.getOrDefault(ClockState.DUE, 0L), n.getOrDefault(ClockState.PAUSED, 0L), n.getOrDefault(ClockState.STOPPED, 0L)));
                }
            }
            rights.add(new RightCompliance(right, withEvidence.getOrDefault(right, 0L), clocks));
        }
        return new Compliance(from, to, referrals, rights);
    }
}
