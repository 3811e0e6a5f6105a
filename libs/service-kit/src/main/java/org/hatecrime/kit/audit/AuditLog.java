package org.hatecrime.kit.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.hatecrime.kit.request.RequestIds;

/**
 * Appends audit rows, each chained by a SHA-256 hash to the previous row of its chain.
 *
 * <p>It runs in the caller's transaction: if the row cannot be written, the whole action rolls back,
 * so no access to personal data happens without its record. The log is split into a configured
 * number of chains by record id; appends to one chain are serialised by a lock on the chain's head
 * row ({@code audit_chain_head}) held until commit, so each row has exactly one successor while work
 * on other records goes on.
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final AgroalDataSource dataSource;
    private final AuditConfig config;
    private final Clock clock;

    AuditLog(AgroalDataSource dataSource, AuditConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    /** Records an action by a person or system acting for an agency. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String agency, AuditEntry entry) {
        int chain = Math.floorMod(entry.objectId().hashCode(), config.chains());
        try (Connection connection = dataSource.getConnection()) {
            Head head = lockHead(connection, chain);
            AuditRow audit = new AuditRow(head.position() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS), actor, agency,
                    entry.action(), entry.objectType(), entry.objectId(), entry.purpose(), RequestIds.current(), head.hash());
            append(connection, chain, audit);
        } catch (SQLException e) {
            throw new AuditUnavailableException(e);
        }
    }

    private record Head(long position, String hash) {
    }

    /** Locks the chain's head until commit and reads it: the row to follow. */
    private static Head lockHead(Connection connection, int chain) throws SQLException {
        Head head = selectForUpdate(connection, chain);
        if (head != null) {
            return head;
        }
        try (PreparedStatement start = connection.prepareStatement(
                "insert into audit_chain_head (chain, chain_seq, hash) values (?, 0, ?) on conflict do nothing")) {
            start.setInt(1, chain);
            start.setString(2, GENESIS);
            start.executeUpdate();
        }
        return selectForUpdate(connection, chain);
    }

    private static Head selectForUpdate(Connection connection, int chain) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select chain_seq, hash from audit_chain_head where chain = ? for update")) {
            select.setInt(1, chain);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Head(row.getLong(1), row.getString(2)) : null;
            }
        }
    }

    /** Inserts the row; a trigger moves the chain's head to it (kit {@code V1_3}). */
    private static void append(Connection connection, int chain, AuditRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_log (chain, chain_seq, occurred_at, actor, agency, action, object_type, object_id, purpose,
                                       request_id, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setInt(1, chain);
            insert.setLong(2, row.position());
            insert.setTimestamp(3, Timestamp.from(row.occurredAt()));
            insert.setString(4, row.actor());
            insert.setString(5, row.agency());
            insert.setString(6, row.action());
            insert.setString(7, row.objectType());
            insert.setString(8, row.objectId());
            insert.setString(9, row.purpose());
            insert.setString(10, row.requestId());
            insert.setString(11, row.previousHash());
            insert.setString(12, row.hash());
            insert.executeUpdate();
        }
    }

    /** The audit record could not be written, so the action it would have recorded must not happen. */
    public static final class AuditUnavailableException extends RuntimeException {
        public AuditUnavailableException(Throwable cause) {
            super("audit log unavailable; the action was not carried out", cause);
        }
    }
}
