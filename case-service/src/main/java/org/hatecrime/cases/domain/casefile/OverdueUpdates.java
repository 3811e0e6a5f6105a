package org.hatecrime.cases.domain.casefile;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;

/**
 * Finds the updates owed to victims whose deadline passed untold and announces each once (an update
 * held while the victim's consent to share with the police is withdrawn is not owed): one
 * statement marks them overdue only where no run marked them before, and their events enter the
 * outbox in the same transaction. Two instances scanning at once announce each update once: the
 * second waits on the first's row locks, then finds them marked and skips them.
 */
@ApplicationScoped
public class OverdueUpdates {

    private final Sql sql;
    private final CaseEventPublisher events;
    private final Clock clock;

    OverdueUpdates(Sql sql, CaseEventPublisher events, Clock clock) {
        this.sql = sql;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(identity = "victim-update-overdue-scan", every = "${hatecrime.cases.victim-updates.scan-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        scanAt(clock.instant());
    }

    /** The updates this run found overdue as of {@code now}; those announced before are not repeated. */
    @Transactional
    public List<OverdueUpdate> scanAt(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<OverdueUpdate> overdue = sql.list("""
                update victim_update u set overdue_at = ?
                  from case_file c
                 where c.id = u.case_id and u.told_at is null and u.overdue_at is null and u.not_contactable_since is null
                   and u.due_at <= ?
                returning u.case_id, u.id, c.force, u.kind, u.event_at, u.due_at, u.enhanced_rights, u.overdue_at""",
                row -> new OverdueUpdate(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                        VictimUpdateKind.valueOf(row.getString(4)), row.getObject(5, OffsetDateTime.class),
                        row.getObject(6, OffsetDateTime.class), row.getBoolean(7), row.getObject(8, OffsetDateTime.class)),
                at, at);
        overdue.forEach(events::publishOverdue);
        return overdue;
    }
}
