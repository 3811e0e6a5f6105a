package org.hatecrime.kit.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.hatecrime.kit.request.RequestIds;

/**
 * Appends audit rows, each chained to the previous by a SHA-256 hash.
 *
 * <p>It runs in the caller's transaction: if the row cannot be written, the whole action rolls back,
 * so no access to personal data happens without its record. Appends are serialised with a
 * transaction-scoped advisory lock so the chain has exactly one successor per row.
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x6863_6175_6469_746cL;

    private final AgroalDataSource dataSource;

    AuditLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records an action by a person or system acting for an agency. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String agency, AuditEntry entry) {
        try (Connection connection = dataSource.getConnection()) {
            lockChain(connection);
            long seq = 1;
            String previous = GENESIS;
            try (PreparedStatement last = connection.prepareStatement("select seq, hash from audit_log order by seq desc limit 1");
                    ResultSet row = last.executeQuery()) {
                if (row.next()) {
                    seq = row.getLong(1) + 1;
                    previous = row.getString(2);
                }
            }
            AuditRow audit = new AuditRow(seq, Instant.now().truncatedTo(ChronoUnit.MICROS), actor, agency,
                    entry.action(), entry.objectType(), entry.objectId(), entry.purpose(), RequestIds.current(), previous);
            insert(connection, audit);
        } catch (SQLException e) {
            throw new AuditUnavailableException(e);
        }
    }

    private static void lockChain(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
        }
    }

    private static void insert(Connection connection, AuditRow row) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_log (seq, occurred_at, actor, agency, action, object_type, object_id, purpose, request_id, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, row.seq());
            insert.setTimestamp(2, Timestamp.from(row.occurredAt()));
            insert.setString(3, row.actor());
            insert.setString(4, row.agency());
            insert.setString(5, row.action());
            insert.setString(6, row.objectType());
            insert.setString(7, row.objectId());
            insert.setString(8, row.purpose());
            insert.setString(9, row.requestId());
            insert.setString(10, row.previousHash());
            insert.setString(11, row.hash());
            insert.executeUpdate();
        }
    }

    /** The audit record could not be written, so the action it would have recorded must not happen. */
    public static final class AuditUnavailableException extends RuntimeException {
        AuditUnavailableException(Throwable cause) {
            super("audit log unavailable; the action was not carried out", cause);
        }
    }
}
