package org.hatecrime.kit.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/**
 * Walks every audit chain and reports the first row that was changed, removed or inserted out of
 * turn, and a chain that stops short of its recorded head (its newest rows removed).
 */
@ApplicationScoped
public class AuditChainVerifier {

    private static final int FETCH_SIZE = 1_000;

    private final AgroalDataSource dataSource;

    AuditChainVerifier(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Verdict verify() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // a cursor needs a transaction to stream the rows
            try {
                return verify(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    /** Verifies the chain as this connection sees it. */
    public static Verdict verify(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, occurred_at, actor, agency, action, object_type, object_id, purpose, request_id, prev_hash, hash,
                       chain, chain_seq
                  from audit_log order by chain, chain_seq""")) {
            select.setFetchSize(FETCH_SIZE);
            Map<Integer, Long> ends = new HashMap<>();
            Verdict walked = walk(select, ends);
            return walked.intact() ? reachesHeads(connection, ends, walked.rowsVerified()) : walked;
        }
    }

    /** Every chain must end where its head says: fewer rows means its newest were removed. */
    private static Verdict reachesHeads(Connection connection, Map<Integer, Long> ends, long verified) throws SQLException {
        try (PreparedStatement heads = connection.prepareStatement("select chain, chain_seq from audit_chain_head order by chain");
                ResultSet head = heads.executeQuery()) {
            while (head.next()) {
                long end = ends.getOrDefault(head.getInt(1), 0L);
                if (end != head.getLong(2)) {
                    return Verdict.broken(verified, null, "chain " + head.getInt(1) + " ends at row " + end + " but its head is row "
                            + head.getLong(2) + ": its newest rows are missing");
                }
            }
        }
        return Verdict.intact(verified);
    }

    private static Verdict walk(PreparedStatement select, Map<Integer, Long> ends) throws SQLException {
        long verified = 0;
        int chain = -1;
        long expected = 1;
        String previous = AuditLog.GENESIS;
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long seq = rows.getLong(1);
                if (rows.getInt(12) != chain) {
                    chain = rows.getInt(12);
                    expected = 1;
                    previous = AuditLog.GENESIS;
                }
                long position = rows.getLong(13);
                String where = "chain " + chain + ", row " + expected;
                if (position != expected) {
                    return Verdict.broken(verified, seq, where + " is missing");
                }
                Timestamp occurredAt = rows.getTimestamp(2);
                AuditRow row = new AuditRow(position, occurredAt.toInstant(), rows.getString(3), rows.getString(4), rows.getString(5),
                        rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10));
                if (!previous.equals(row.previousHash())) {
                    return Verdict.broken(verified, seq, where + " does not follow its predecessor");
                }
                String stored = rows.getString(11);
                if (!row.hash().equals(stored)) {
                    return Verdict.broken(verified, seq, where + " was changed after it was written");
                }
                previous = stored;
                ends.put(chain, position);
                expected++;
                verified++;
            }
        }
        return Verdict.intact(verified);
    }

    /**
     * The outcome of a verification.
     *
     * @param intact whether the whole chain checks out
     * @param rowsVerified rows that checked out before the first break (all rows when intact)
     * @param brokenAt the {@code seq} of the first row found wrong (for a missing row, the row after the gap), or null
     *        (also when a chain's newest rows are missing: there is no row after them)
     * @param reason what is wrong there, or null
     */
    public record Verdict(boolean intact, long rowsVerified, Long brokenAt, String reason) {
        static Verdict intact(long rows) {
            return new Verdict(true, rows, null, null);
        }

        static Verdict broken(long verified, Long at, String reason) {
            return new Verdict(false, verified, at, reason);
        }
    }
}
