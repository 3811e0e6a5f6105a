package org.hatecrime.victimcare.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/**
 * Sending referrals to providers that work in their own case system: how often the delivery run
 * looks, how long it waits before trying a failed one again, and how hard each call tries.
 */
@ConfigMapping(prefix = "hatecrime.victim-care.delivery")
public interface DeliveryConfig {

    /** How often due referrals are looked for (a Quarkus scheduler period, or {@code off}). */
    String interval();

    /** Referrals taken per run. */
    @WithDefault("50")
    int batchSize();

    /** How long a run holds a referral it took; should it never report back, the referral is due again after this. */
    @WithDefault("PT2M")
    Duration claimFor();

    /** The wait after the first failed attempt; doubled after each further failure. */
    @WithDefault("PT30S")
    Duration firstRetryAfter();

    /** The longest wait between attempts. */
    @WithDefault("PT15M")
    Duration maxRetryAfter();

    /** The platform's address as providers reach it, for the link to a referral's contact details. */
    URI platformUrl();

    /** One attempt: its quick retries and the circuit breaker kept per provider. */
    Call call();

    interface Call {
        /** Quick retries within one attempt, for a provider that blinks. */
        @WithDefault("2")
        int retries();

        /** The first quick retry's delay, doubled for each further one. */
        @WithDefault("PT0.2S")
        Duration retryDelay();

        @WithDefault("PT2S")
        Duration maxRetryDelay();

        /** Calls the circuit breaker looks at before it may open. */
        @WithDefault("4")
        int circuitRequestVolume();

        /** Share of failed calls among those that opens the circuit. */
        @WithDefault("0.5")
        double circuitFailureRatio();

        /** How long an open circuit refuses calls before it lets one through to try. */
        @WithDefault("PT30S")
        Duration circuitOpenFor();
    }
}
