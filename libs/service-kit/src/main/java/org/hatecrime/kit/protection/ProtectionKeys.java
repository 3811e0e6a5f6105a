package org.hatecrime.kit.protection;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;

/** Reads the protection keys from configuration, with an error that names the property at fault. */
final class ProtectionKeys {

    static final String MASTER_KEY = "hatecrime.protection.master-key";
    static final String RETIRED_MASTER_KEYS = "hatecrime.protection.retired-master-keys";
    static final String VICTIM_KEY_SECRET = "hatecrime.protection.victim-key-secret";
    private static final int MASTER_KEY_BYTES = 32;

    private ProtectionKeys() {
    }

    /** The master key, or nothing when this service has none configured. */
    static Optional<SecretKey> masterKey(ProtectionConfig config) {
        return config.masterKey().map(encoded -> aesKey(MASTER_KEY, encoded));
    }

    /** The retired master keys by version; a malformed entry, or one with the current version, stops the start. */
    static Map<Integer, SecretKey> retiredMasterKeys(ProtectionConfig config) {
        Map<Integer, SecretKey> retired = new HashMap<>();
        for (String entry : config.retiredMasterKeys().orElse(List.of())) {
            int colon = entry.indexOf(':');
            int version = colon > 0 ? version(entry.substring(0, colon)) : 0;
            if (version <= 0 || version == config.masterKeyVersion() || retired.containsKey(version)) {
                throw new IllegalStateException(RETIRED_MASTER_KEYS + " entries must be version:base64, each with its own positive "
                        + "version other than the current master key's (" + config.masterKeyVersion() + ")");
            }
            retired.put(version, aesKey(RETIRED_MASTER_KEYS, entry.substring(colon + 1)));
        }
        return retired;
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

    private static SecretKey aesKey(String property, String encoded) {
        byte[] raw = decode(property, encoded);
        if (raw.length != MASTER_KEY_BYTES) {
            throw new IllegalStateException(property + " must be 32 bytes, base64 encoded");
        }
        return Aes.key(raw);
    }

    private static int version(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static byte[] decode(String property, String encoded) {
        try {
            return Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64 encoded", e);
        }
    }
}
