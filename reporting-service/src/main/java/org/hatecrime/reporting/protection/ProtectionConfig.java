package org.hatecrime.reporting.protection;

import io.smallrye.config.ConfigMapping;

/** Keys that protect personal data. Both come from configuration (a secret store in production). */
@ConfigMapping(prefix = "hatecrime.protection")
public interface ProtectionConfig {

    /** Base64 of a 256-bit AES key that wraps every data subject's key. */
    String masterKey();

    /** Base64 secret of the keyed hash that turns contact identifiers into a pseudonymous victim key. */
    String victimKeySecret();
}
