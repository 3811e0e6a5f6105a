package org.hatecrime.victimcare.domain.victimscode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.time.DateOutsideCalendarException;
import org.hatecrime.kit.time.WorkingDayCalendars;
import org.hatecrime.victimcare.config.VictimsCodeConfig;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.jboss.logging.Logger;

/**
 * Reads a referral's clocks and keeps their table ({@code victims_code_clock}) in step with the
 * referral, so that the due and overdue items of an agency and the breaches are one indexed query
 * away. The table holds what {@link VictimsCodeClock} read from the referral; only "due" against
 * "overdue" depends on the time, and is told at query time.
 */
@ApplicationScoped
public class ReferralClocks {

    private static final Logger LOG = Logger.getLogger(ReferralClocks.class);

    private final Sql sql;
    private final VictimsCodeConfig targets;
    private final WorkingDayCalendars calendars;

    ReferralClocks(Sql sql, VictimsCodeConfig targets, WorkingDayCalendars calendars) {
        this.sql = sql;
        this.targets = targets;
        this.calendars = calendars;
    }

    /**
     * Every clock of the referral as it stands. A consent in a year the working-day calendar does
     * not hold yet cannot be counted: its clocks are left out (and logged) rather than refusing
     * the referral's move.
     */
    public List<ClockReading> read(Referral referral) {
        List<ClockReading> readings = new ArrayList<>();
        for (VictimsCodeClock clock : VictimsCodeClock.values()) {
            try {
                readings.add(clock.read(referral, targets, calendars.englandAndWales()));
            } catch (DateOutsideCalendarException e) {
                LOG.errorf("referral %s: %s not counted: %s", referral.id(), clock, e.getMessage());
            }
        }
        return readings;
    }

    /** Records the referral's clocks as they now stand, in the transaction that changed the referral. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(Referral referral) {
        for (ClockReading reading : read(referral)) {
            ClockReading.Stage stage = reading.stage();
            sql.update("""
                    insert into victims_code_clock (referral_id, clock, right_number, agency, provider, enhanced_rights,
                        contact_stopped, started_at, target_working_days, due_at, last_working_day, met_at, stopped_at, stage)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (referral_id, clock) do update set enhanced_rights = excluded.enhanced_rights,
                        contact_stopped = excluded.contact_stopped, target_working_days = excluded.target_working_days,
                        due_at = excluded.due_at, last_working_day = excluded.last_working_day, met_at = excluded.met_at,
                        stopped_at = excluded.stopped_at, stage = excluded.stage,
                        settled = victims_code_clock.settled and victims_code_clock.stage = excluded.stage""",
                    reading.referralId(), reading.clock().name(), reading.right().number(), referral.agency(), referral.provider(),
                    referral.enhancedRights(), referral.contactStopped(), reading.startedAt(), reading.targetWorkingDays(),
                    reading.due().passesAt().atOffset(ZoneOffset.UTC), reading.due().lastDay(), reading.metAt(), reading.stoppedAt(),
                    stage.name());
        }
    }

    /**
     * The referrals whose running clocks were recorded before a change that moves no status: enhanced
     * rights found by a needs assessment, or contact stopped or allowed again by the victim.
     */
    List<UUID> changedSinceRecorded(int limit) {
        return sql.list("""
                select distinct c.referral_id from victims_code_clock c join referral r on r.id = c.referral_id
                where c.stage in ('RUNNING', 'PAUSED')
                  and (r.enhanced_rights <> c.enhanced_rights or (r.contact_stopped_because is not null) <> c.contact_stopped)
                order by c.referral_id limit ?""", row -> row.getObject(1, UUID.class), limit);
    }
}
