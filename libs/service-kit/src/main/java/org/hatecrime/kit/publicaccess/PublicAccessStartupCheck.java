package org.hatecrime.kit.publicaccess;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Checks the public-access secrets when the service starts: a service with public endpoints and no
 * pepper or challenge key, or a malformed one (a replaced pepper too), stops at start instead of at
 * the first reporter.
 */
@ApplicationScoped
class PublicAccessStartupCheck {

    void onStart(@Observes StartupEvent start, PublicAccessConfig config) {
        check(config);
    }

    static void check(PublicAccessConfig config) {
        boolean hasPepper = PublicAccessKeys.codePepper(config).isPresent();
        PublicAccessKeys.previousCodePeppers(config);
        boolean hasChallengeKey = PublicAccessKeys.challengeKey(config).isPresent();
        if (config.required() && !hasPepper) {
            throw PublicAccessKeys.missing(PublicAccessKeys.CODE_PEPPER);
        }
        if (config.required() && !hasChallengeKey) {
            throw PublicAccessKeys.missing(PublicAccessKeys.CHALLENGE_KEY);
        }
    }
}
