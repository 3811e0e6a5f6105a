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
 * Appends audit rows, each chained by a keyed hash (HMAC-SHA-256, {@link AuditKeys}) to the previous
 * row of its chain.
 *
 * <p>It runs in the caller's transaction: if the row cannot be written, the whole action rolls back,
 * so no access to personal data happens without its record. The log is split into a configured
 * number of chains by record id; appends to one chain are serialised by a lock on the chain's head
 * row ({@code audit_chain_head}) held until commit, so each row has exactly one successor while work
 * on other records goes on. The service's database role may only read the heads: it locks one through
 * {@code audit_chain_head_lock}, and a trigger moves it, both with the owner's rights (kit {@code V1_6}, {@code V1_10}).
 */
@ApplicationScoped
public class AuditLog {

    static final String GENESIS = "0".repeat(64);

    private final AgroalDataSource dataSource;
    private final AuditConfig config;
    private final AuditKeys keys;
    private final Clock clock;

    AuditLog(AgroalDataSource dataSource, AuditConfig config, AuditKeys keys, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.keys = keys;
        this.clock = clock;
    }

    /** Records an action by a person or system acting for an agency. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String agency, AuditEntry entry) {
        int chain = Math.floorMod(entry.objectId().hashCode(), config.chains());
        try (Connection connection = dataSource.getConnection()) {
            Head head = lockHead(connection, chain);
            AuditRow audit = new AuditRow(chain, head.position() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS), actor,
                    agency, entry.action(), entry.objectType(), entry.objectId(), entry.purpose(), RequestIds.current(), head.hash(),
                    AuditRow.KEYED, keys.currentId());
            append(connection, audit, audit.hash(keys).orElseThrow());
        } catch (SQLException e) {
            throw new AuditUnavailableException(e);
        }
    }

    private record Head(long position, String hash) {
    }

    /** Locks the chain's head until commit and reads it: the row to follow (created at the start of the chain). */
    private static Head lockHead(Connection connection, int chain) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select chain_seq, hash from audit_chain_head_lock(?)")) {
            lock.setInt(1, chain);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("no head for audit chain " + chain);
                }
                return new Head(row.getLong(1), row.getString(2));
            }
        }
    }

    /** Inserts the row; a trigger moves the chain's head to it (kit {@code V1_3}). Also how the tests forge one. */
    static void append(Connection connection, AuditRow row, String hash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_log (chain, chain_seq, occurred_at, actor, agency, action, object_type, object_id, purpose,
                                       request_id, prev_hash, hash, hash_version, key_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setInt(1, row.chain());
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
            insert.setString(12, hash);
            insert.setInt(13, row.hashVersion());
            insert.setString(14, row.keyId());
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
