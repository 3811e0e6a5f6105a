package org.hatecrime.kit.publicaccess;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Settings of the platform's only doors without an account: follow-up codes (a reference and a code
 * are the whole key) and the proof of work that anonymous submissions carry. Both secrets come from
 * configuration (a secret store in production), never from the database, so a copy of the database
 * cannot be used to test guesses offline.
 */
@ConfigMapping(prefix = "hatecrime.public-access")
public interface PublicAccessConfig {

    /** This service has public endpoints: both secrets must be set, or it does not start. */
    @WithDefault("false")
    boolean required();

    Codes codes();

    ProofOfWork proofOfWork();

    interface Codes {
        /** Base64 of at least 32 bytes: the key of the keyed hash (HMAC-SHA-256) that stores each follow-up code. */
        Optional<String> pepper();

        /**
         * Peppers replaced by {@link #pepper()}, still accepted for the codes stored under them; a
         * code given right is stored again under the current pepper. Remove one once no stored code
         * names it (docs/runbook.md).
         */
        Optional<List<String>> previousPeppers();

        /**
         * The wait after the first wrong code for a reference; each further wrong code doubles it, up
         * to {@link #maxDelay()}. Nothing locks: the right code works as soon as the wait has passed.
         */
        @WithDefault("PT1S")
        Duration firstDelay();

        @WithDefault("PT15M")
        Duration maxDelay();
    }

    interface ProofOfWork {
        /** Base64 of at least 32 bytes: the key that signs challenges, so nobody can mint their own. */
        Optional<String> key();

        /** Leading zero bits the answer's SHA-256 must have: each bit doubles the client's work (0 = none). */
        @WithDefault("18")
        int difficulty();

        /** How long a challenge may be answered. */
        @WithDefault("PT10M")
        Duration lifetime();
    }
}
