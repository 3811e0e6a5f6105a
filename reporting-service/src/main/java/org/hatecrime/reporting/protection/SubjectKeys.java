package org.hatecrime.reporting.protection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * One AES key per data subject, stored only wrapped by the master key. Erasing a subject's key
 * makes every field encrypted with it unreadable, in the database and in every backup
 * ("crypto-shredding").
 */
@ApplicationScoped
public class SubjectKeys {

    private static final byte[] WRAP_CONTEXT = "subject-key".getBytes(StandardCharsets.UTF_8);

    private final AgroalDataSource dataSource;
    private final SecretKey masterKey;

    SubjectKeys(AgroalDataSource dataSource, ProtectionConfig config) {
        this.dataSource = dataSource;
        byte[] raw = Base64.getDecoder().decode(config.masterKey());
        if (raw.length != 32) {
            throw new IllegalStateException("hatecrime.protection.master-key must be 32 bytes, base64 encoded");
        }
        this.masterKey = Aes.key(raw);
    }

    /** Creates the key of a new data subject. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID create() {
        UUID subject = UUID.randomUUID();
        byte[] wrapped = Aes.encrypt(masterKey, Aes.newKey().getEncoded(), context(subject));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into subject_key (subject_id, wrapped_key) values (?, ?)")) {
            insert.setObject(1, subject);
            insert.setBytes(2, wrapped);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a subject key", e);
        }
        return subject;
    }

    /** The subject's key, or nothing once it has been erased. */
    public Optional<SecretKey> find(UUID subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select wrapped_key from subject_key where subject_id = ?")) {
            select.setObject(1, subject);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getBytes(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(Aes.key(Aes.decrypt(masterKey, row.getBytes(1), context(subject))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a subject key", e);
        }
    }

    /** Erases the subject's key for good; their encrypted data can never be read again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement erase = connection.prepareStatement(
                        "update subject_key set wrapped_key = null, erased_at = now() where subject_id = ?")) {
            erase.setObject(1, subject);
            erase.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not erase a subject key", e);
        }
    }

    private static byte[] context(UUID subject) {
        return subject.toString().getBytes(StandardCharsets.UTF_8);
    }
}
