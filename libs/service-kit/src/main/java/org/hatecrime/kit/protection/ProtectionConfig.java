package org.hatecrime.kit.protection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
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

    /** The version of {@link #masterKey()}, stored beside every key it wraps; a new master key gets a higher one. */
    @WithDefault("1")
    int masterKeyVersion();

    /**
     * Master keys replaced by a newer one, each as {@code version:base64}. They are only read: the
     * service re-wraps every key they wrapped under the current master key, and once none is left
     * they are removed from configuration and destroyed, which makes every backup taken before
     * unreadable for personal data.
     */
    Optional<List<String>> retiredMasterKeys();

    /** How often a round of re-wrapping runs (the kit's default: 30 s). */
    Duration rewrapInterval();

    /** How many subject keys one round of re-wrapping moves under the current master key. */
    @WithDefault("500")
    int rewrapBatch();

    /** Base64 secret of the keyed hash that turns contact identifiers into a pseudonymous victim key. */
    Optional<String> victimKeySecret();

    /** This service seals personal data: both keys must be set, or it does not start. */
    @WithDefault("false")
    boolean required();
}
