package org.hatecrime.kit.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Walks every audit chain and reports the first broken link: a row changed, removed, inserted out of
 * turn or keyed with a key that is not ours; then a chain that stops short of its head; then a log
 * that no longer holds what the latest anchor outside the database saw (its newest rows removed and
 * its head moved back).
 */
@ApplicationScoped
public class AuditChainVerifier {

    private static final Logger LOG = Logger.getLogger(AuditChainVerifier.class);
    private static final int FETCH_SIZE = 1_000;

    private final AgroalDataSource dataSource;
    private final AuditKeys keys;
    private final AnchorKeys anchorKeys;
    private final AuditAnchors anchors;

    AuditChainVerifier(AgroalDataSource dataSource, AuditKeys keys, AnchorKeys anchorKeys, AuditAnchors anchors) {
        this.dataSource = dataSource;
        this.keys = keys;
        this.anchorKeys = anchorKeys;
        this.anchors = anchors;
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

    /** Verifies the log as this connection sees it, against the latest anchor. */
    public Verdict verify(Connection connection) throws SQLException {
        Optional<AuditAnchor> anchor = latestAnchor();
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, occurred_at, actor, agency, action, object_type, object_id, purpose, request_id, prev_hash, hash,
                       chain, chain_seq, hash_version, key_id
                  from audit_log order by chain, chain_seq""")) {
            select.setFetchSize(FETCH_SIZE);
            Map<Integer, Long> ends = new HashMap<>();
            Verdict walked = walk(select, ends);
            if (!walked.intact()) {
                return walked.anchoredAt(anchor);
            }
            Verdict headed = reachesHeads(connection, ends, walked.rowsVerified());
            if (!headed.intact() || anchor.isEmpty()) {
                return headed.anchoredAt(anchor);
            }
            return holdsAnchor(connection, anchor.get(), ends, walked.rowsVerified()).anchoredAt(anchor);
        }
    }

    private Optional<AuditAnchor> latestAnchor() {
        try {
            return anchors.latest();
        } catch (RuntimeException e) {
            // the database can still be checked on its own; the verdict says no anchor was compared
            LOG.warnf("could not read the audit anchors: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** Every chain must end where its head says: fewer rows means its newest were removed. */
    private static Verdict reachesHeads(Connection connection, Map<Integer, Long> ends, long verified) throws SQLException {
        try (PreparedStatement heads = connection.prepareStatement("select chain, chain_seq from audit_chain_head order by chain");
                ResultSet head = heads.executeQuery()) {
            while (head.next()) {
                int chain = head.getInt(1);
                long end = ends.getOrDefault(chain, 0L);
                if (end != head.getLong(2)) {
                    return Verdict.broken(verified, null, chain, end + 1, "chain " + chain + " ends at row " + end
                            + " but its head is row " + head.getLong(2) + ": its newest rows are missing");
                }
            }
        }
        return Verdict.intact(verified);
    }

    /** What the anchor saw must still be there: the row at each anchored head, with the anchored hash. */
    private Verdict holdsAnchor(Connection connection, AuditAnchor anchor, Map<Integer, Long> ends, long verified)
            throws SQLException {
        if (!anchor.isAuthentic(anchorKeys)) {
            return Verdict.broken(verified, null, null, null, "the latest anchor of " + anchor.anchoredAt()
                    + " is not signed with this service's anchor key");
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select seq, hash from audit_log where chain = ? and chain_seq = ?")) {
            for (AuditAnchor.Head head : anchor.heads()) {
                long end = ends.getOrDefault(head.chain(), 0L);
                String where = "chain " + head.chain();
                if (end < head.position()) {
                    return Verdict.broken(verified, null, head.chain(), end + 1, where + " ends at row " + end + " but the anchor of "
                            + anchor.anchoredAt() + " saw row " + head.position() + ": rows " + (end + 1) + " to " + head.position()
                            + " were removed and its head moved back (truncation)");
                }
                select.setInt(1, head.chain());
                select.setLong(2, head.position());
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    if (!head.hash().equals(row.getString(2))) {
                        return Verdict.broken(verified, row.getLong(1), head.chain(), head.position(), where + ", row "
                                + head.position() + " is not the row the anchor of " + anchor.anchoredAt() + " saw: the chain was rewritten");
                    }
                }
            }
        }
        return Verdict.intact(verified);
    }

    private Verdict walk(PreparedStatement select, Map<Integer, Long> ends) throws SQLException {
        long verified = 0;
        int chain = -1;
        long expected = 1;
        String previous = AuditLog.GENESIS;
        int version = AuditRow.UNKEYED;
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long seq = rows.getLong(1);
                if (rows.getInt(12) != chain) {
                    chain = rows.getInt(12);
                    expected = 1;
                    previous = AuditLog.GENESIS;
                    version = AuditRow.UNKEYED;
                }
                long position = rows.getLong(13);
                String where = "chain " + chain + ", row " + expected;
                if (position != expected) {
                    return Verdict.broken(verified, seq, chain, expected, where + " is missing");
                }
                Timestamp occurredAt = rows.getTimestamp(2);
                AuditRow row = new AuditRow(chain, position, occurredAt.toInstant(), rows.getString(3), rows.getString(4),
                        rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                        rows.getString(10), rows.getInt(14), rows.getString(15));
                if (!previous.equals(row.previousHash())) {
                    return Verdict.broken(verified, seq, chain, position, where + " does not follow its predecessor");
                }
                if (row.hashVersion() < version || row.hashVersion() > AuditRow.KEYED) {
                    return Verdict.broken(verified, seq, chain, position, where + " claims hash version " + row.hashVersion()
                            + " after keyed rows: an unkeyed row cannot follow a keyed one");
                }
                Optional<String> expectedHash = row.hash(keys);
                if (expectedHash.isEmpty()) {
                    return Verdict.broken(verified, seq, chain, position, where + " names audit key " + row.keyId()
                            + ", which this service does not hold");
                }
                String stored = rows.getString(11);
                if (!expectedHash.get().equals(stored)) {
                    return Verdict.broken(verified, seq, chain, position, where + (row.hashVersion() == AuditRow.KEYED
                            ? " was changed after it was written, or keyed with another key"
                            : " was changed after it was written"));
                }
                previous = stored;
                version = row.hashVersion();
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
     * @param intact whether the whole log checks out
     * @param rowsVerified rows that checked out before the first break (all rows when intact)
     * @param brokenAt the {@code seq} of the first row found wrong (for a missing row, the row after the gap), or null
     *        when there is no such row (a chain's newest rows are missing)
     * @param chain the chain of the first broken link, or null
     * @param position the position in that chain of the first broken link (for missing newest rows, the first one
     *        missing), or null
     * @param reason what is wrong there, or null
     * @param anchoredAt when the anchor the log was compared with was taken; null when there was none to compare with
     */
    public record Verdict(boolean intact, long rowsVerified, Long brokenAt, Integer chain, Long position, String reason,
            Instant anchoredAt) {

        static Verdict intact(long rows) {
            return new Verdict(true, rows, null, null, null, null, null);
        }

        static Verdict broken(long verified, Long at, Integer chain, Long position, String reason) {
            return new Verdict(false, verified, at, chain, position, reason, null);
        }

        Verdict anchoredAt(Optional<AuditAnchor> anchor) {
            return new Verdict(intact, rowsVerified, brokenAt, chain, position, reason, anchor.map(AuditAnchor::anchoredAt).orElse(null));
        }
    }
}
