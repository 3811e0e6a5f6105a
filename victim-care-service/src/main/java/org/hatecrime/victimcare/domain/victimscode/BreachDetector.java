package org.hatecrime.victimcare.domain.victimscode;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.victimcare.domain.referral.Referrals;

/**
 * Finds the clocks whose target passed unmet (or that were met late) and records each breach once:
 * the row in {@code victims_code_breach}, keyed by referral and clock, is inserted only if it is not
 * there yet, and its event is added to the outbox in the same transaction only when it was. Two
 * instances running at once therefore announce each breach once: the second waits for the first's
 * row and then inserts nothing.
 */
@ApplicationScoped
public class BreachDetector {

    /** Referrals whose clocks are read again per run after a change that moved no status. */
    static final int REREAD_PER_RUN = 500;

    private final Sql sql;
    private final Referrals referrals;
    private final ReferralClocks clocks;
    private final BreachPublisher events;
    private final Clock clock;

    BreachDetector(Sql sql, Referrals referrals, ReferralClocks clocks, BreachPublisher events, Clock clock) {
        this.sql = sql;
        this.referrals = referrals;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(identity = "victims-code-breach-detector", every = "${hatecrime.victims-code.detector-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        detectAt(clock.instant());
    }

    /** The breaches recorded by this run, as of {@code now}; those recorded before are not repeated. */
    @Transactional
    public List<Breach> detectAt(Instant now) {
        List<UUID> changed = clocks.changedSinceRecorded(REREAD_PER_RUN);
        if (!changed.isEmpty()) {
            referrals.list("id in ?1", changed).forEach(clocks::follow);
        }
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<Breach> recorded = sql.list("""
                insert into victims_code_breach (referral_id, clock, right_number, agency, provider, due_at, detected_at, enhanced_rights)
                select referral_id, clock, right_number, agency, provider, due_at, ?, enhanced_rights
                from victims_code_clock
                where not settled and due_at <= ? and stage in ('RUNNING', 'MISSED')
                order by referral_id, clock
                on conflict (referral_id, clock) do nothing
                returning referral_id, provider, agency, clock, due_at, detected_at, enhanced_rights""",
                BreachDetector::breach, at, at);
        recorded.forEach(events::publish);
        // nothing more to look at: met or stopped, or its breach recorded (by this run or another)
        sql.update("""
                update victims_code_clock c set settled = true
                where not settled and (stage in ('MET', 'STOPPED')
                    or (due_at <= ? and exists (select 1 from victims_code_breach b where b.referral_id = c.referral_id and b.clock = c.clock)))""",
                at);
        return recorded;
    }

    private static Breach breach(ResultSet row) throws SQLException {
        return new Breach(row.getObject("referral_id", UUID.class), row.getString("provider"), row.getString("agency"),
                VictimsCodeClock.valueOf(row.getString("clock")), row.getObject("due_at", OffsetDateTime.class),
                row.getObject("detected_at", OffsetDateTime.class), row.getBoolean("enhanced_rights"));
    }
}
