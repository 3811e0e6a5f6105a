package org.hatecrime.victimcare.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Guessing limits of self-referral follow-up codes (the same as intake's for public reports). */
@ConfigMapping(prefix = "hatecrime.victim-care.self-referrals")
public interface SelfReferralConfig {

    /** Wrong codes for one reference within {@link #failureWindow()} before it is locked. */
    @WithDefault("5")
    int maxFailures();

    @WithDefault("PT15M")
    Duration failureWindow();

    /** How long a reference stays locked. */
    @WithDefault("PT30M")
    Duration lockout();
}
