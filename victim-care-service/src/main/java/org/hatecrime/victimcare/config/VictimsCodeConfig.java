package org.hatecrime.victimcare.config;

import io.smallrye.config.ConfigMapping;

/**
 * The Victims' Code targets this service is held to, in working days of England and Wales counted
 * from the victim's consent to the referral, and how often it looks for breaches. Configuration
 * ({@code application.properties} says why each value is what it is), so a commissioner's contract
 * can set its own.
 */
@ConfigMapping(prefix = "hatecrime.victims-code")
public interface VictimsCodeConfig {

    /** The referral is passed to the provider within this many working days of consent. */
    int referralPassedOnWithin();

    /** The provider first tries to contact the victim within this many working days of consent. */
    int firstContactWithin();

    /** The shorter targets of victims with enhanced rights (vulnerable, intimidated, persistently targeted). */
    Enhanced enhanced();

    /**
     * How often the breach detector runs, e.g. {@code 1m}; {@code off} never schedules it (tests
     * call the detector themselves).
     */
    String detectorInterval();

    interface Enhanced {
        int referralPassedOnWithin();

        int firstContactWithin();
    }
}
