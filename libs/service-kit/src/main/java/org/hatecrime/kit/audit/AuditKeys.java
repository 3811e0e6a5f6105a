package org.hatecrime.kit.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the audit chains and anchors: the current one keys what is written now, previous ones
 * still verify what they keyed. Read from configuration, never from the database, so that whoever
 * owns the database cannot recompute a chain after changing it.
 */
@ApplicationScoped
public class AuditKeys {

    static final String KEY_ID = "hatecrime.audit.key-id";
    static final String KEY = "hatecrime.audit.key";
    static final String PREVIOUS_KEYS = "hatecrime.audit.previous-keys";
    static final int MIN_KEY_BYTES = 32;

    private final Map<String, byte[]> keys = new LinkedHashMap<>();
    private final String currentId;

    AuditKeys(AuditConfig config) {
        this.currentId = config.keyId().orElse(null);
        if (currentId != null && config.key().isPresent()) {
            keys.put(currentId, decode(KEY, config.key().get()));
        }
        for (String entry : config.previousKeys().orElse(java.util.List.of())) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(PREVIOUS_KEYS + " entries must read id:base64");
            }
            keys.putIfAbsent(entry.substring(0, colon).trim(), decode(PREVIOUS_KEYS, entry.substring(colon + 1)));
        }
    }

    /** The id new rows are keyed with; fails naming the setting when there is none. */
    public String currentId() {
        if (currentId == null || !keys.containsKey(currentId)) {
            throw new IllegalStateException(KEY_ID + " and " + KEY + " are not configured: the audit log cannot key its rows");
        }
        return currentId;
    }

    boolean isConfigured() {
        return currentId != null && keys.containsKey(currentId);
    }

    /** HMAC-SHA-256 of the text under the named key, as 64 hex digits; nothing when the key is unknown. */
    Optional<String> hmac(String keyId, String text) {
        byte[] key = keys.get(keyId);
        if (key == null) {
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** The raw bytes of every configured key, for the start-up check. */
    Map<String, byte[]> all() {
        return Map.copyOf(keys);
    }

    static byte[] decode(String property, String encoded) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64 encoded", e);
        }
        if (raw.length < MIN_KEY_BYTES) {
            throw new IllegalStateException(property + " must be at least " + MIN_KEY_BYTES + " bytes, base64 encoded");
        }
        return raw;
    }
}
