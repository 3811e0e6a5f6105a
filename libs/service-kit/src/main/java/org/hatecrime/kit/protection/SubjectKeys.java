package org.hatecrime.kit.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.hatecrime.kit.db.Sql;

/**
 * One AES key per data subject, stored only wrapped by the master key. Erasing a subject's key
 * makes every field encrypted with it unreadable, in the database and in every backup
 * ("crypto-shredding"). The keys live in the kit's {@code subject_key} table of the service's own
 * database. A service without a master key configured still starts; it fails only when it tries
 * to seal or open something.
 */
@ApplicationScoped
public class SubjectKeys {

    /** A data subject and the key their personal data is sealed with. */
    public record Subject(UUID id, SecretKey key) {
    }

    private final Sql sql;
    private final Optional<SecretKey> masterKey;

    SubjectKeys(Sql sql, ProtectionConfig config) {
        this.sql = sql;
        this.masterKey = ProtectionKeys.masterKey(config);
    }

    /** Creates a new data subject with a key of their own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Subject create() {
        UUID id = Randomness.uuid();
        SecretKey key = Aes.newKey();
        sql.update("insert into subject_key (subject_id, wrapped_key) values (?, ?)", id, Aes.encrypt(masterKey(), key.getEncoded(), context(id)));
        return new Subject(id, key);
    }

    /** The subject with their key, or nothing once the key has been erased. */
    public Optional<Subject> find(UUID id) {
        return sql.first("select wrapped_key from subject_key where subject_id = ?", row -> row.getBytes(1), id)
                .map(wrapped -> new Subject(id, Aes.key(Aes.decrypt(masterKey(), wrapped, context(id)))));
    }

    /** Erases the subject's key for good; their encrypted data can never be read again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID subject) {
        sql.update("update subject_key set wrapped_key = null, erased_at = now() where subject_id = ?", subject);
    }

    private SecretKey masterKey() {
        return masterKey.orElseThrow(() -> ProtectionKeys.missing(ProtectionKeys.MASTER_KEY));
    }

    private static byte[] context(UUID subject) {
        return subject.toString().getBytes(StandardCharsets.UTF_8);
    }
}
