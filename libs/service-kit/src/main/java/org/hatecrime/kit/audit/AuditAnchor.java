package org.hatecrime.kit.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The heads of a service's audit chains at one moment, signed with its audit key. Published to
 * Kafka, out of reach of the database's owner; the verifier holds the database to it.
 *
 * @param service the service whose log this is (the record key)
 * @param anchoredAt when the heads were read
 * @param keyId the audit key that signed it
 * @param heads each chain's newest row
 * @param signature HMAC-SHA-256 of everything else
 */
public record AuditAnchor(String service, Instant anchoredAt, String keyId, List<Head> heads, String signature) {

    /** A chain's newest row: its position and hash. */
    public record Head(int chain, long position, String hash) {
    }

    static AuditAnchor signed(String service, Instant anchoredAt, List<Head> heads, AuditKeys keys) {
        String keyId = keys.currentId();
        AuditAnchor unsigned = new AuditAnchor(service, anchoredAt, keyId, List.copyOf(heads), null);
        return new AuditAnchor(service, anchoredAt, keyId, unsigned.heads, keys.hmac(keyId, unsigned.signedText()).orElseThrow());
    }

    /** Whether the signature is the one this service's keys give; false for an unknown key. */
    boolean isAuthentic(AuditKeys keys) {
        return signature != null && keys.hmac(keyId, signedText()).map(signature::equals).orElse(false);
    }

    private String signedText() {
        return String.join("\u001f", "audit.anchor.v1", service, anchoredAt.toString(), keyId,
                heads.stream().map(h -> h.chain() + ":" + h.position() + ":" + h.hash()).collect(Collectors.joining(",")));
    }
}
