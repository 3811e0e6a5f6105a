package org.hatecrime.kit.protection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Keys that protect personal data. Both come from configuration (a secret store in production).
 * They are optional here because a service that seals nothing has no keys; a service that does
 * sets {@code required} and then refuses to start without them.
 */
@ConfigMapping(prefix = "hatecrime.protection")
public interface ProtectionConfig {

    /** Base64 of a 256-bit AES key that wraps every data subject's key. */
    Optional<String> masterKey();

    /** Base64 secret of the keyed hash that turns contact identifiers into a pseudonymous victim key. */
    Optional<String> victimKeySecret();

    /** This service seals personal data: both keys must be set, or it does not start. */
    @WithDefault("false")
    boolean required();
}
