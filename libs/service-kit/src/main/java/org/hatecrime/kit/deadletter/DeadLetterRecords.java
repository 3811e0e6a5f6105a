package org.hatecrime.kit.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.Randomness;

/** The {@code dead_letter} and {@code dead_letter_redrive} tables, for one consumer. */
@ApplicationScoped
class DeadLetterRecords {

    private static final String SETTLED = "exists (select 1 from dead_letter_redrive s where s.dead_letter_id = d.id and s.outcome <> 'FAILED')";

    private static final String SELECT = """
            select d.id, d.consumer, d.topic, d.partition, d.record_offset, d.event_id, d.event_type, d.reason, d.attempts, d.parked_at,
                   %s as settled, r.outcome, r.detail, r.requested_by, r.requested_at
              from dead_letter d
              left join lateral (select * from dead_letter_redrive r where r.dead_letter_id = d.id
                                  order by r.requested_at desc, r.id limit 1) r on true
            """.formatted(SETTLED);

    /** A dead letter with what a re-drive needs: the record's value. */
    record Parked(UUID id, String eventId, String value, boolean settled) {
    }

    private final Sql sql;

    DeadLetterRecords(Sql sql) {
        this.sql = sql;
    }

    /** Newest first; {@code redriven} null for all. */
    List<DeadLetter> page(String consumer, Boolean redriven, int page, int size) {
        return sql.list(SELECT + " where d.consumer = ? and (cast(? as boolean) is null or " + SETTLED + " = cast(? as boolean))"
                + " order by d.parked_at desc, d.id limit ? offset ?",
                DeadLetterRecords::deadLetter, consumer, redriven, redriven, size, (long) page * size);
    }

    Optional<DeadLetter> find(String consumer, UUID id) {
        return sql.first(SELECT + " where d.consumer = ? and d.id = ?", DeadLetterRecords::deadLetter, consumer, id);
    }

    /** Locks the dead letter until commit, so that two re-drives of it take turns. */
    Optional<Parked> lock(String consumer, UUID id) {
        return sql.first("select d.id, d.event_id, d.record_value, " + SETTLED + " from dead_letter d where d.consumer = ? and d.id = ? for update",
                row -> new Parked(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getBoolean(4)), consumer, id);
    }

    /** The events still parked, oldest first. */
    List<UUID> open(String consumer, int limit) {
        return sql.list("select d.id from dead_letter d where d.consumer = ? and d.event_id is not null and not " + SETTLED
                + " order by d.parked_at, d.id limit ?", row -> row.getObject(1, UUID.class), consumer, limit);
    }

    /** The dead letters no re-drive has settled, poison records included (their type {@code null}), per event type. */
    Map<String, Long> countParkedByType(String consumer) {
        Map<String, Long> counts = new TreeMap<>();
        sql.list("select coalesce(d.event_type, ?), count(*) from dead_letter d where d.consumer = ? and not " + SETTLED + " group by 1",
                row -> Map.entry(row.getString(1), row.getLong(2)), ParkedDeadLetters.NOT_AN_EVENT, consumer)
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }

    long countOpen(String consumer) {
        return sql.number("select count(*) from dead_letter d where d.consumer = ? and d.event_id is not null and not " + SETTLED, consumer);
    }

    /** Deletes the dead letters a re-drive settled at or before the given time, with all their re-drives; how many. */
    int deleteSettledBy(String consumer, OffsetDateTime settledBy) {
        return sql.update("""
                with expired as (
                  select d.id from dead_letter d
                   where d.consumer = ?
                     and exists (select 1 from dead_letter_redrive s
                                  where s.dead_letter_id = d.id and s.outcome <> 'FAILED' and s.requested_at <= ?)
                ), redrives as (
                  delete from dead_letter_redrive r using expired e where r.dead_letter_id = e.id
                )
                delete from dead_letter d using expired e where d.id = e.id""",
                consumer, settledBy);
    }

    void record(Redrive redrive, String agency) {
        sql.update("""
                insert into dead_letter_redrive (id, dead_letter_id, requested_by, agency, requested_at, outcome, detail)
                values (?, ?, ?, ?, ?, ?, ?)""",
                Randomness.uuid(), redrive.deadLetterId(), redrive.requestedBy(), agency, redrive.requestedAt(), redrive.outcome().name(),
                redrive.detail());
    }

    private static DeadLetter deadLetter(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        String outcome = row.getString("outcome");
        Redrive last = outcome == null ? null : new Redrive(id, row.getString("event_id"), RedriveOutcome.valueOf(outcome),
                row.getString("detail"), row.getString("requested_by"), row.getObject("requested_at", OffsetDateTime.class));
        boolean settled = row.getBoolean("settled");
        String eventId = row.getString("event_id");
        return new DeadLetter(id, row.getString("consumer"), row.getString("topic"), row.getInt("partition"), row.getLong("record_offset"),
                eventId, row.getString("event_type"), row.getString("reason"), row.getInt("attempts"),
                row.getObject("parked_at", OffsetDateTime.class), settled, eventId != null && !settled, last);
    }
}
