package org.hatecrime.kit.protection;

import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;

/** Reads the protection keys from configuration, with an error that names the property at fault. */
final class ProtectionKeys {

    static final String MASTER_KEY = "hatecrime.protection.master-key";
    static final String VICTIM_KEY_SECRET = "hatecrime.protection.victim-key-secret";
    private static final int MASTER_KEY_BYTES = 32;

    private ProtectionKeys() {
    }

    /** The master key, or nothing when this service has none configured. */
    static Optional<SecretKey> masterKey(ProtectionConfig config) {
        return config.masterKey().map(encoded -> {
            byte[] raw = decode(MASTER_KEY, encoded);
            if (raw.length != MASTER_KEY_BYTES) {
                throw new IllegalStateException(MASTER_KEY + " must be 32 bytes, base64 encoded");
            }
            return Aes.key(raw);
        });
    }

    /** The victim key secret, or nothing when this service has none configured. */
    static Optional<byte[]> victimKeySecret(ProtectionConfig config) {
        return config.victimKeySecret().map(encoded -> {
            byte[] raw = decode(VICTIM_KEY_SECRET, encoded);
            if (raw.length == 0) {
                throw new IllegalStateException(VICTIM_KEY_SECRET + " must not be empty");
            }
            return raw;
        });
    }

    /** Thrown on first use by a service that seals or keys personal data without the key for it. */
    static IllegalStateException missing(String property) {
        return new IllegalStateException(property + " is not configured: this service cannot protect personal data without it");
    }

    private static byte[] decode(String property, String encoded) {
        try {
            return Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64 encoded", e);
        }
    }
}
