package org.hatecrime.victimcare.domain.referral.delivery;

import java.util.Optional;

/**
 * The case systems of providers that do not work in the platform. Implemented by a REST client per
 * provider, with quick retries and a circuit breaker of its own.
 */
public interface ProviderCaseSystems {

    /**
     * Offers the referral to its provider's system; offering the same referral again is safe (the
     * referral id is the idempotency key).
     *
     * @return the provider's own reference for it, when its system gives one
     * @throws ProviderUnavailable when the system did not take it now: down, unreachable, refusing,
     *         or its circuit open
     */
    Optional<String> deliver(OutboundReferral referral);
}
