package org.hatecrime.kit.audit;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Checks the audit keys when the service starts: every service audits, so none starts without a
 * key; one that publishes anchors needs its anchor key pair, the private key matching a configured
 * public key; a production start refuses the demonstration keys the kit ships for dev and test
 * (anyone who read the repository could recompute a chain keyed with them, or sign an anchor); and
 * an anchor may take longer to be appended than to be published.
 */
@ApplicationScoped
class AuditKeyStartupCheck {

    /** The kit's {@code %dev} and {@code %test} keys (META-INF/microprofile-config.properties). */
    static final Set<String> DEMO_KEYS = Set.of(
            "ZGVtby1vbmx5LWF1ZGl0LWNoYWluLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=",
            "dGVzdC1vbmx5LWF1ZGl0LWNoYWluLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=");

    /** The kit's {@code %dev} and {@code %test} anchor signing keys. */
    static final Set<String> DEMO_ANCHOR_KEYS = Set.of(
            "MC4CAQAwBQYDK2VwBCIEIDYU7/ld5tNKeM9vjv1MlRn2YZt5QnVApVH1jspVUieD",
            "MC4CAQAwBQYDK2VwBCIEIEwkJ+pnFi6jQCfAtDBQEQCnCgXpbzc62n6E2Gvp/Q2v");

    private static final String PROBE = "audit anchor key check";

    void onStart(@Observes StartupEvent start, AuditKeys keys, AnchorKeys anchorKeys, AuditConfig config) {
        check(keys, LaunchMode.current());
        if (config.anchors().enabled()) {
            check(anchorKeys, LaunchMode.current());
        }
        checkAppendDelay(config.anchors().maxAppendDelay(), config.anchors().timeout());
    }

    /**
     * An anchor the broker appends later than the delay is taken for a copy written again (ADR
     * 0031), so the delay must be longer than a publish may take, or the service's own anchors
     * would be skipped.
     */
    static void checkAppendDelay(Duration maxAppendDelay, Duration publishTimeout) {
        if (maxAppendDelay.compareTo(publishTimeout) <= 0) {
            throw new IllegalStateException("hatecrime.audit.anchors.max-append-delay (" + maxAppendDelay
                    + ") must be longer than hatecrime.audit.anchors.timeout (" + publishTimeout
                    + "), or the service's own anchors would be taken for copies written again");
        }
    }

    static void check(AnchorKeys keys, LaunchMode mode) {
        String id = keys.currentId(); // fails naming the settings when there is no signing key
        if (!keys.verify(id, PROBE, keys.sign(PROBE))) {
            throw new IllegalStateException(AnchorKeys.PUBLIC_KEYS + " holds no public key " + id + " matching "
                    + AnchorKeys.SIGNING_KEY + ": nobody could check the anchors");
        }
        if (mode == LaunchMode.NORMAL && keys.signingKeyBytes()
                .filter(key -> DEMO_ANCHOR_KEYS.stream().map(Base64.getDecoder()::decode).anyMatch(demo -> Arrays.equals(demo, key)))
                .isPresent()) {
            throw new IllegalStateException("audit anchor key " + id + " is a demonstration key from the repository: set "
                    + AnchorKeys.SIGNING_KEY + " (and " + AnchorKeys.SIGNING_KEY_ID + ", " + AnchorKeys.PUBLIC_KEYS
                    + ") from the secret store");
        }
    }

    static void check(AuditKeys keys, LaunchMode mode) {
        keys.currentId(); // fails naming the settings when there is no current key
        if (mode == LaunchMode.NORMAL) {
            for (var key : keys.all().entrySet()) {
                if (DEMO_KEYS.stream().map(Base64.getDecoder()::decode).anyMatch(demo -> Arrays.equals(demo, key.getValue()))) {
                    throw new IllegalStateException("audit key " + key.getKey() + " is a demonstration key from the repository: set "
                            + AuditKeys.KEY + " (and " + AuditKeys.KEY_ID + ") from the secret store");
                }
            }
        }
    }
}
