package org.hatecrime.kit.audit;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The heads of a service's audit chains at one moment, signed with the service's own Ed25519 anchor
 * key. Published to Kafka, out of reach of the database's owner; the verifier holds the database to
 * it, and anyone with the service's public key can check it.
 *
 * @param service the service whose log this is (the record key)
 * @param anchoredAt when the heads were read
 * @param keyId the anchor key that signed it
 * @param heads each chain's newest row
 * @param signature Ed25519 signature of everything else, 128 hex digits
 */
public record AuditAnchor(String service, Instant anchoredAt, String keyId, List<Head> heads, String signature) {

    /** A chain's newest row: its position and hash. */
    public record Head(int chain, long position, String hash) {
    }

    static AuditAnchor signed(String service, Instant anchoredAt, List<Head> heads, AnchorKeys keys) {
        String keyId = keys.currentId();
        AuditAnchor unsigned = new AuditAnchor(service, anchoredAt, keyId, List.copyOf(heads), null);
        return new AuditAnchor(service, anchoredAt, keyId, unsigned.heads, keys.sign(unsigned.signedText()));
    }

    /** Whether one of this service's anchor keys signed it; false for an unknown key. */
    boolean isAuthentic(AnchorKeys keys) {
        return keys.verify(keyId, signedText(), signature);
    }

    /** What the signature covers: everything but the signature, in one fixed form. */
    String signedText() {
        return String.join("\u001f", "audit.anchor.v1", service, anchoredAt.toString(), keyId,
                heads.stream().map(h -> h.chain() + ":" + h.position() + ":" + h.hash()).collect(Collectors.joining(",")));
    }
}
