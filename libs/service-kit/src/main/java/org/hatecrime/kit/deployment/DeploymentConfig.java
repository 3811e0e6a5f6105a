package org.hatecrime.kit.deployment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What kind of deployment the service runs in. */
@ConfigMapping(prefix = "hatecrime.deployment")
public interface DeploymentConfig {

    /**
     * The local demo platform ({@code deploy/local/up} sets it): the demo realm's secrets and plain
     * http on loopback are allowed. Anywhere else it stays false, and {@link DeploymentSafetyCheck}
     * refuses a start with demo secrets or plain-http token addresses.
     */
    @WithDefault("false")
    boolean demo();
}
