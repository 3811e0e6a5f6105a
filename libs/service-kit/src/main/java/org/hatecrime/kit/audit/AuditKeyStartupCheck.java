package org.hatecrime.kit.audit;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * Checks the audit keys when the service starts: every service audits, so none starts without a
 * key, and a production start refuses the demonstration keys the kit ships for dev and test (anyone
 * who read the repository could recompute a chain keyed with them).
 */
@ApplicationScoped
class AuditKeyStartupCheck {

    /** The kit's {@code %dev} and {@code %test} keys (META-INF/microprofile-config.properties). */
    static final Set<String> DEMO_KEYS = Set.of(
            "ZGVtby1vbmx5LWF1ZGl0LWNoYWluLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=",
            "dGVzdC1vbmx5LWF1ZGl0LWNoYWluLWtleS1ub3QtZm9yLXByb2R1Y3Rpb24=");

    void onStart(@Observes StartupEvent start, AuditKeys keys) {
        check(keys, LaunchMode.current());
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
