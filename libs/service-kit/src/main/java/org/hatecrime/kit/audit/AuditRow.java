package org.hatecrime.kit.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A stored audit row and the hash that binds it to its predecessor in its chain. */
record AuditRow(long position, Instant occurredAt, String actor, String agency, String action, String objectType,
        String objectId, String purpose, String requestId, String previousHash) {

    private static final char SEPARATOR = '\u001f';

    String hash() {
        String canonical = String.join(String.valueOf(SEPARATOR), previousHash, Long.toString(position), occurredAt.toString(),
                actor, String.valueOf(agency), action, objectType, objectId, purpose, String.valueOf(requestId));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
