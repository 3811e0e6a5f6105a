package org.hatecrime.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens this service has verified, with the identity they gave, until they expire.
 *
 * <p>A partner system sends the same token with every request for its whole lifetime; checking
 * its RSA signature and claims each time was a fifth of intake's CPU. A token is kept only after
 * the OIDC provider accepted it, under its full text (signature included), so a token that differs
 * in any byte is verified afresh; it is dropped at its own expiry or after
 * {@link VerifiedTokenConfig#maxAge()}, whichever comes first. The text itself is the key: the
 * identity kept with it holds the same token, and fingerprinting it on every request was the largest
 * single cost left in checking a remembered token.
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Verified(SecurityIdentity identity, Instant until) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final VerifiedTokenConfig config;
    private final Clock clock;

    VerifiedTokens(VerifiedTokenConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** The identity a token gave when it was verified, if it was and has not expired since. */
    public Optional<SecurityIdentity> identityOf(String token) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        Verified found = verified.get(token);
        if (found == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(found.until())) {
            verified.remove(token, found);
            return Optional.empty();
        }
        return Optional.of(found.identity());
    }

    /** Keeps a verified token's identity until the token expires (at the latest after the configured maximum age). */
    public void remember(String token, SecurityIdentity identity, Instant expiresAt) {
        Instant now = clock.instant();
        Instant until = min(expiresAt, now.plus(config.maxAge()));
        if (!config.enabled() || !now.isBefore(until)) {
            return;
        }
        if (verified.size() >= config.maxEntries()) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= config.maxEntries()) {
                return;
            }
        }
        verified.put(token, new Verified(identity, until));
    }

    /** How many verified tokens are kept now. */
    public int size() {
        return verified.size();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
