package org.hatecrime.kit.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the audit log is partitioned. */
@ConfigMapping(prefix = "hatecrime.audit")
public interface AuditConfig {

    /**
     * Number of hash chains; a record's rows always go to the same chain. More chains let more
     * transactions audit at once. Changing it later is safe: every row records its chain.
     */
    @WithDefault("16")
    int chains();
}
