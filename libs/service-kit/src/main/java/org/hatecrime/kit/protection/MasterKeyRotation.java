package org.hatecrime.kit.protection;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Replacing the master key without downtime: once a new master key is configured (with a higher
 * version) and the old one listed as retired, this moves every subject key under the new one, a
 * batch per round, while the service keeps reading both. When nothing waits under the retired
 * version any more, the operator removes it from configuration and destroys it (runbook).
 */
@ApplicationScoped
class MasterKeyRotation {

    private static final Logger LOG = Logger.getLogger(MasterKeyRotation.class);

    private final SubjectKeys keys;
    private final ProtectionConfig config;

    MasterKeyRotation(SubjectKeys keys, ProtectionConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @Scheduled(every = "${hatecrime.protection.rewrap-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rewrapWaitingKeys() {
        if (!keys.protects() || config.retiredMasterKeys().isEmpty()) {
            return;
        }
        int moved = QuarkusTransaction.requiringNew().call(() -> keys.rewrap(config.rewrapBatch()));
        Map<Integer, Long> waiting = QuarkusTransaction.requiringNew().call(keys::waitingForRewrap);
        if (moved > 0 || !waiting.isEmpty()) {
            LOG.infof("master key rotation: %d subject keys moved under version %d; still waiting by version: %s", moved,
                    config.masterKeyVersion(), waiting);
        }
    }
}
