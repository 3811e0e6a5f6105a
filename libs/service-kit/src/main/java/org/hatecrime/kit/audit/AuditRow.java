package org.hatecrime.kit.audit;

import java.time.Instant;
import org.hatecrime.kit.text.Sha256;

/** A stored audit row and the hash that binds it to its predecessor in its chain. */
record AuditRow(long position, Instant occurredAt, String actor, String agency, String action, String objectType,
        String objectId, String purpose, String requestId, String previousHash) {

    private static final char SEPARATOR = '\u001f';

    String hash() {
        String canonical = String.join(String.valueOf(SEPARATOR), previousHash, Long.toString(position), occurredAt.toString(),
                actor, String.valueOf(agency), action, objectType, objectId, purpose, String.valueOf(requestId));
        return Sha256.hex(canonical);
    }
}
