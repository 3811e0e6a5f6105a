package org.hatecrime.kit.protection;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Checks the protection keys when the service starts, so a malformed key, or a missing one in a
 * service that seals personal data, stops the start instead of the first report. A service that
 * seals nothing starts without keys.
 */
@ApplicationScoped
class ProtectionStartupCheck {

    void onStart(@Observes StartupEvent start, ProtectionConfig config) {
        check(config);
    }

    static void check(ProtectionConfig config) {
        boolean hasMasterKey = ProtectionKeys.masterKey(config).isPresent();
        boolean hasVictimKeySecret = ProtectionKeys.victimKeySecret(config).isPresent();
        ProtectionKeys.retiredMasterKeys(config);
        if (config.required() && !hasMasterKey) {
            throw ProtectionKeys.missing(ProtectionKeys.MASTER_KEY);
        }
        if (config.required() && !hasVictimKeySecret) {
            throw ProtectionKeys.missing(ProtectionKeys.VICTIM_KEY_SECRET);
        }
    }
}
