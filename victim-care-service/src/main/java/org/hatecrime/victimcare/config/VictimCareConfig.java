package org.hatecrime.victimcare.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "hatecrime.victim-care")
public interface VictimCareConfig {

    /** The agency code of the victim service that receives referrals by default. */
    String defaultProvider();
}
