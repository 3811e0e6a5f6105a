package org.hatecrime.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a bearer token, once verified, is trusted without checking its signature again. */
@ConfigMapping(prefix = "hatecrime.security.verified-tokens")
public interface VerifiedTokenConfig {

    /** Off: every request verifies its token's signature and claims again. */
    @WithDefault("true")
    boolean enabled();

    /** The longest a verified token is kept, whatever its own expiry says. */
    @WithDefault("5M")
    Duration maxAge();

    /** How many verified tokens are kept at most; beyond it new tokens are verified every time until older ones expire. */
    @WithDefault("10000")
    int maxEntries();
}
