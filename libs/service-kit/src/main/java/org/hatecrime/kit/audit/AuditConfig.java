package org.hatecrime.kit.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the audit log is partitioned, keyed and anchored outside the database (ADR 0018). */
@ConfigMapping(prefix = "hatecrime.audit")
public interface AuditConfig {

    /**
     * Number of hash chains; a record's rows always go to the same chain. More chains let more
     * transactions audit at once. Changing it later is safe: every row records its chain.
     */
    @WithDefault("16")
    int chains();

    /** Id of the key new rows and anchors are keyed with; stored in every row it keys. */
    Optional<String> keyId();

    /** Base64 of the current HMAC key (at least 32 bytes). Never in the database. */
    Optional<String> key();

    /**
     * Keys rotated out, as {@code id:base64} entries: rows and anchors they keyed still verify.
     * A key leaves this list only when no row names it any more (never, with an append-only log).
     */
    Optional<List<String>> previousKeys();

    /** Signed chain heads written to Kafka, where the database's owner cannot rewrite them. */
    Anchors anchors();

    interface Anchors {

        /** Whether this instance publishes anchors; verification reads them either way. */
        @WithDefault("true")
        boolean enabled();

        /** How often the chain heads are anchored (only when they moved since the last anchor). */
        @WithDefault("1m")
        Duration interval();

        /** The service's own anchors topic, which only it may write (ADR 0029). */
        @WithDefault("hatecrime.audit-anchors.${hatecrime.outbox.source}.v1")
        String topic();

        /** How long one publish, or reading the latest anchor, may take. */
        @WithDefault("10s")
        Duration timeout();

        /**
         * The longest an anchor may take from reading the heads to the broker appending it (longer
         * than {@link #timeout()}, with room for clocks apart): one appended later was written
         * again, and is never taken for the latest.
         */
        @WithDefault("2m")
        Duration maxAppendDelay();

        /** Records read back per partition at a time when looking for this service's latest anchor. */
        @WithDefault("500")
        int lookback();

        /** Id of the Ed25519 key anchors are signed with now; named in every anchor it signs. */
        Optional<String> signingKeyId();

        /** Base64 of the service's Ed25519 private key (PKCS#8). Never in the database, never shared with another service. */
        Optional<String> signingKey();

        /**
         * The service's anchor public keys, current and rotated out, as {@code id:base64} entries
         * (X.509): anchors they signed verify. Not secret: give them to whoever checks the anchors.
         */
        Optional<List<String>> publicKeys();
    }
}
