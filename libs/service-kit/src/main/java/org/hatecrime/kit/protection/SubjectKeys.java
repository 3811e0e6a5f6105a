package org.hatecrime.kit.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hatecrime.kit.db.Sql;
import org.jboss.logging.Logger;

/**
 * One AES key per data subject, stored only wrapped by the master key. Erasing a subject's key
 * makes every field encrypted with it unreadable, in the database and in every backup
 * ("crypto-shredding"). The keys live in the kit's {@code subject_key} table of the service's own
 * database. A service without a master key configured still starts; it fails only when it tries
 * to seal or open something. Master keys are versioned and replaced in turn ({@link MasterKeys},
 * {@link MasterKeyRotation}).
 */
@ApplicationScoped
public class SubjectKeys {

    /** A data subject and the key their personal data is sealed with. */
    public record Subject(UUID id, SecretKey key) {
    }

    private static final Logger LOG = Logger.getLogger(SubjectKeys.class);
    private static final Sql.RowMapper<WrappedKey> WRAPPED = row -> new WrappedKey(row.getObject(1, UUID.class), row.getInt(2),
            row.getBytes(3));

    private record WrappedKey(UUID subject, int version, byte[] wrapped) {
    }

    private final Sql sql;
    private final MasterKeys masterKeys;

    SubjectKeys(Sql sql, ProtectionConfig config) {
        this.sql = sql;
        this.masterKeys = MasterKeys.of(config);
    }

    /** Creates a new data subject with a key of their own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Subject create() {
        UUID id = Randomness.uuid();
        SecretKey key = Aes.newKey();
        sql.update("insert into subject_key (subject_id, wrapped_key, key_version) values (?, ?, ?)", id, masterKeys.wrap(id, key),
                masterKeys.currentVersion());
        return new Subject(id, key);
    }

    /**
     * The subject with their key, or nothing once the key has been erased (or the master key that
     * wrapped it has been destroyed, as in a backup older than the last rotation).
     */
    public Optional<Subject> find(UUID id) {
        return sql.first("select subject_id, key_version, wrapped_key from subject_key where subject_id = ? and wrapped_key is not null",
                        WRAPPED, id)
                .flatMap(row -> masterKeys.unwrap(id, row.version(), row.wrapped()))
                .map(key -> new Subject(id, key));
    }

    /** Erases the subject's key for good; their encrypted data can never be read again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID subject) {
        sql.update("update subject_key set wrapped_key = null, erased_at = now() where subject_id = ?", subject);
    }

    /**
     * Moves up to {@code limit} keys wrapped by a retired master key under the current one; keys
     * whose master key is no longer configured stay as they are. Rows other transactions hold are
     * skipped, so re-wrapping never waits on intake. The number of keys moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rewrap(int limit) {
        int moved = 0;
        for (WrappedKey row : sql.list("""
                select subject_id, key_version, wrapped_key from subject_key
                 where wrapped_key is not null and key_version <> ?
                 order by subject_id limit ? for update skip locked""", WRAPPED, masterKeys.currentVersion(), limit)) {
            Optional<SecretKey> key = readable(row);
            if (key.isPresent()) {
                sql.update("update subject_key set wrapped_key = ?, key_version = ? where subject_id = ?",
                        masterKeys.wrap(row.subject(), key.get()), masterKeys.currentVersion(), row.subject());
                moved++;
            }
        }
        return moved;
    }

    private Optional<SecretKey> readable(WrappedKey row) {
        try {
            return masterKeys.unwrap(row.subject(), row.version(), row.wrapped());
        } catch (RuntimeException e) {
            LOG.errorf("subject key %s does not open under master key version %d; left as it is", row.subject(), row.version());
            return Optional.empty();
        }
    }

    /** Readable keys still wrapped by another master key than the current one, by version. */
    public Map<Integer, Long> waitingForRewrap() {
        Map<Integer, Long> waiting = new TreeMap<>();
        sql.list("""
                select key_version, count(*) from subject_key
                 where wrapped_key is not null and key_version <> ? group by key_version""",
                row -> waiting.put(row.getInt(1), row.getLong(2)), masterKeys.currentVersion());
        return waiting;
    }

    /** Whether this service has a master key at all (a service that seals nothing has none). */
    boolean protects() {
        return masterKeys.configured();
    }
}
