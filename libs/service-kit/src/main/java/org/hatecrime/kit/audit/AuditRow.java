package org.hatecrime.kit.audit;

import java.time.Instant;
import java.util.Optional;
import org.hatecrime.kit.text.Sha256;

/**
 * A stored audit row and the hash that binds it to its predecessor in its chain.
 *
 * <p>Version 1 is the unkeyed SHA-256 of rows written before ADR 0018; version 2 is HMAC-SHA-256
 * under the key the row names, and also binds the chain, the version and the key id.
 */
record AuditRow(int chain, long position, Instant occurredAt, String actor, String agency, String action, String objectType,
        String objectId, String purpose, String requestId, String previousHash, int hashVersion, String keyId) {

    static final int UNKEYED = 1;
    static final int KEYED = 2;
    private static final char SEPARATOR = '\u001f';

    /** The hash this row should carry; nothing when its key is not configured here. */
    Optional<String> hash(AuditKeys keys) {
        String fields = String.join(String.valueOf(SEPARATOR), previousHash, Long.toString(position), occurredAt.toString(),
                actor, String.valueOf(agency), action, objectType, objectId, purpose, String.valueOf(requestId));
        if (hashVersion == UNKEYED) {
            return Optional.of(Sha256.hex(fields));
        }
        return keys.hmac(keyId, String.join(String.valueOf(SEPARATOR), "v" + hashVersion, keyId, Integer.toString(chain), fields));
    }
}
