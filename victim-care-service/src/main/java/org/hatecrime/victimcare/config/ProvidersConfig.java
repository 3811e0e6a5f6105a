package org.hatecrime.victimcare.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The victim services a referral may go to, each with the agency whose staff work its referrals;
 * configuration, so another county can list its own.
 */
@ConfigMapping(prefix = "hatecrime.victim-care")
public interface ProvidersConfig {

    /** Provider code (as intake names it in a referral request) to the provider. */
    Map<String, Provider> providers();

    /** The provider a referral goes to when none is named. */
    @WithDefault("beacon")
    String defaultProvider();

    interface Provider {
        /** The provider's name, as victims and case workers know it. */
        String name();

        /** The agency code of the provider's staff: their tokens carry it, and they alone see its referrals. */
        String agency();

        /**
         * Whether the provider's staff work referrals in this platform; otherwise referrals are sent
         * to its own case system.
         */
        @WithDefault("true")
        boolean worksInPlatform();

        /** The provider's own case system, where its referrals are sent when it does not work in the platform. */
        Optional<CaseSystem> caseSystem();
    }

    /** A provider's own case system: where referrals go, and how long to wait for it. */
    interface CaseSystem {
        /** Base URL; a referral is posted to {@code <url>/referrals}. */
        URI url();

        /** A credential the provider issued to the platform, sent as a bearer token; from the deployment's secrets. */
        Optional<String> apiKey();

        @WithDefault("PT2S")
        Duration connectTimeout();

        @WithDefault("PT5S")
        Duration readTimeout();
    }

    default Optional<Provider> provider(String code) {
        return Optional.ofNullable(providers().get(code));
    }
}
