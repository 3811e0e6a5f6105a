package org.hatecrime.kit.protection;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * The master keys that wrap data subjects' keys, by version: the current one wraps and reads, the
 * retired ones only read until every key they wrapped has moved under the current one. A subject
 * key wrapped by a version no longer configured (destroyed) cannot be read: that is what makes an
 * old backup unreadable for anyone erased since.
 */
public final class MasterKeys {

    private final int currentVersion;
    private final Optional<SecretKey> current;
    private final Map<Integer, SecretKey> retired;

    private MasterKeys(int currentVersion, Optional<SecretKey> current, Map<Integer, SecretKey> retired) {
        this.currentVersion = currentVersion;
        this.current = current;
        this.retired = Map.copyOf(retired);
    }

    public static MasterKeys of(ProtectionConfig config) {
        return new MasterKeys(config.masterKeyVersion(), ProtectionKeys.masterKey(config), ProtectionKeys.retiredMasterKeys(config));
    }

    public int currentVersion() {
        return currentVersion;
    }

    boolean configured() {
        return current.isPresent();
    }

    /** The subject's key wrapped by the current master key. */
    byte[] wrap(UUID subject, SecretKey key) {
        return Aes.encrypt(current(), key.getEncoded(), context(subject));
    }

    /** The subject's key, or nothing when the master key that wrapped it is no longer configured. */
    public Optional<SecretKey> unwrap(UUID subject, int version, byte[] wrapped) {
        return version(version).map(master -> Aes.key(Aes.decrypt(master, wrapped, context(subject))));
    }

    private Optional<SecretKey> version(int version) {
        return version == currentVersion ? Optional.of(current()) : Optional.ofNullable(retired.get(version));
    }

    private SecretKey current() {
        return current.orElseThrow(() -> ProtectionKeys.missing(ProtectionKeys.MASTER_KEY));
    }

    private static byte[] context(UUID subject) {
        return subject.toString().getBytes(StandardCharsets.UTF_8);
    }
}
