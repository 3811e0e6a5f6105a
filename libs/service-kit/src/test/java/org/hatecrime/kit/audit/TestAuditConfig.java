package org.hatecrime.kit.audit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hatecrime.events.Topics;
import org.hatecrime.testkit.SharedInfrastructure;

/**
 * An audit configuration the tests set by hand: the chains' keyed-hash key (with replaced ones) and
 * the anchors' signing key with the public keys an auditor trusts. Null leaves a key unset.
 */
record TestAuditConfig(String id, String secret, List<String> previous, String anchorKeyId, String anchorKey,
        List<String> trustedPublicKeys) implements AuditConfig {

    /** A chains' key, and the keys it replaced. */
    static TestAuditConfig withKey(String id, String secret, String... previous) {
        return new TestAuditConfig(id, secret, List.of(previous), null, null, List.of());
    }

    /** An anchors' signing key and the public keys an auditor trusts; no chains' key. */
    static TestAuditConfig withAnchorKeys(String id, String privateKey, List<String> publicKeys) {
        return new TestAuditConfig(null, null, List.of(), id, privateKey, publicKeys);
    }

    @Override
    public int chains() {
        return 16;
    }

    @Override
    public Optional<String> keyId() {
        return Optional.ofNullable(id);
    }

    @Override
    public Optional<String> key() {
        return Optional.ofNullable(secret);
    }

    @Override
    public Optional<List<String>> previousKeys() {
        return previous.isEmpty() ? Optional.empty() : Optional.of(previous);
    }

    @Override
    public Anchors anchors() {
        TestAuditConfig config = this;
        return new Anchors() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Duration interval() {
                return Duration.ofMinutes(1);
            }

            @Override
            public String topic() {
                return Topics.auditAnchors(SharedInfrastructure.SERVICE_KIT_TESTS);
            }

            @Override
            public Duration timeout() {
                return Duration.ofSeconds(10);
            }

            @Override
            public Duration maxAppendDelay() {
                return Duration.ofMinutes(2);
            }

            @Override
            public int lookback() {
                return 500;
            }

            @Override
            public Optional<String> signingKeyId() {
                return Optional.ofNullable(config.anchorKeyId());
            }

            @Override
            public Optional<String> signingKey() {
                return Optional.ofNullable(config.anchorKey());
            }

            @Override
            public Optional<List<String>> publicKeys() {
                return Optional.of(config.trustedPublicKeys());
            }
        };
    }
}
