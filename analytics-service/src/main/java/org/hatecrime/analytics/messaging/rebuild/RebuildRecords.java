package org.hatecrime.analytics.messaging.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.hatecrime.kit.db.Sql;

/**
 * The rebuilds and their progress ({@code read_model_rebuild}, one row per partition read in
 * {@code read_model_rebuild_partition}). Tables named with their schema: progress is written in the
 * transactions that apply events to the fresh tables.
 */
@ApplicationScoped
public class RebuildRecords {

    private static final String RUNNING = "('RUNNING', 'SWITCHING')";

    private final Sql sql;

    RebuildRecords(Sql sql) {
        this.sql = sql;
    }

    /** The rebuild running now, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> running() {
        return sql.first("select id from public.read_model_rebuild where state in " + RUNNING, row -> row.getObject(1, UUID.class));
    }

    /** Marks rebuilds that stopped progressing (their service stopped) as abandoned, freeing the place. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void abandonStale(OffsetDateTime now, Duration after) {
        sql.update("update public.read_model_rebuild set state = 'ABANDONED', finished_at = ?, detail = ? where state in " + RUNNING
                + " and progressed_at < ?", now, "no progress for " + after + ": its service stopped", now.minus(after));
    }

    /** Records a rebuild as started; the database lets only one run at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(UUID id, String requestedBy, String agency, OffsetDateTime now) {
        sql.update("insert into public.read_model_rebuild (id, state, requested_by, agency, started_at, progressed_at) values (?, 'RUNNING', ?, ?, ?, ?)",
                id, requestedBy, agency, now, now);
    }

    /** The partitions the rebuild reads, from their beginning to their end when it started. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void partitions(UUID id, Map<TopicPartition, Long> from, Map<TopicPartition, Long> until) {
        from.forEach((partition, offset) -> sql.update("""
                insert into public.read_model_rebuild_partition (rebuild_id, topic, partition, from_offset, until_offset, position)
                values (?, ?, ?, ?, ?, ?)""", id, partition.topic(), partition.partition(), offset, until.get(partition), offset));
    }

    /** Counts a batch: records read, events applied and failed, and where each partition now stands. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void progressed(UUID id, long read, long applied, long failed, Map<TopicPartition, Long> positions, OffsetDateTime now) {
        sql.update("""
                update public.read_model_rebuild set records_read = records_read + ?, events_applied = events_applied + ?,
                       events_failed = events_failed + ?, progressed_at = ? where id = ?""", read, applied, failed, now, id);
        positions.forEach((partition, position) -> sql.update(
                "update public.read_model_rebuild_partition set position = ? where rebuild_id = ? and topic = ? and partition = ?",
                position, id, partition.topic(), partition.partition()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void switching(UUID id, OffsetDateTime now) {
        sql.update("update public.read_model_rebuild set state = 'SWITCHING', progressed_at = ? where id = ?", now, id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void finished(UUID id, RebuildState state, String detail, OffsetDateTime now) {
        sql.update("update public.read_model_rebuild set state = ?, detail = ?, finished_at = ?, progressed_at = ? where id = ?",
                state.name(), detail, now, now, id);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RebuildProgress> find(UUID id) {
        List<RebuildProgress.PartitionProgress> partitions = sql.list("""
                select topic, partition, from_offset, until_offset, position from public.read_model_rebuild_partition
                 where rebuild_id = ? order by topic, partition""",
                row -> new RebuildProgress.PartitionProgress(row.getString(1), row.getInt(2), row.getLong(3), row.getLong(4), row.getLong(5)), id);
        long total = partitions.stream().mapToLong(p -> p.untilOffset() - p.fromOffset()).sum();
        return sql.first("""
                select id, state, requested_by, started_at, finished_at, records_read, events_applied, events_failed, detail
                  from public.read_model_rebuild where id = ?""", row -> progress(row, total, partitions), id);
    }

    private static RebuildProgress progress(ResultSet row, long total, List<RebuildProgress.PartitionProgress> partitions) throws SQLException {
        return new RebuildProgress(row.getObject(1, UUID.class), RebuildState.valueOf(row.getString(2)), row.getString(3),
                row.getObject(4, OffsetDateTime.class), row.getObject(5, OffsetDateTime.class), total, row.getLong(6), row.getLong(7),
                row.getLong(8), row.getString(9), partitions);
    }
}
