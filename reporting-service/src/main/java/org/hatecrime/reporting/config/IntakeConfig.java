package org.hatecrime.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What intake accepts and where reports go; configuration, so another county can run the platform. */
@ConfigMapping(prefix = "hatecrime.intake")
public interface IntakeConfig {

    /** District codes a report may name, e.g. Hertfordshire's ten. */
    List<String> districts();

    /** District code to the agency code of the police force that covers it. */
    Map<String, String> forceByDistrict();

    /** The agency whose staff triage anonymous public reports, unless a district has its own. */
    String publicIntakeAgency();

    /** District code to the reporting centre that triages public reports from there. */
    Map<String, String> publicIntakeAgencyByDistrict();

    /** Victim services a referral may go to (agency codes); the first is the default. */
    List<String> supportProviders();

    /** The rectangle coordinates must fall in. */
    Area area();

    /** How close in time two reports of one victim must be to be flagged as possible duplicates. */
    @WithDefault("P2D")
    Duration duplicateWindow();

    /**
     * At most this many earlier reports of the same victim are linked to a new one (its agency's
     * possible duplicates and other agencies' matches for the coordinator), newest first.
     */
    @WithDefault("20")
    int maxMatchesPerReport();


    interface Area {
        double minLatitude();

        double maxLatitude();

        double minLongitude();

        double maxLongitude();

        default boolean contains(double latitude, double longitude) {
            return latitude >= minLatitude() && latitude <= maxLatitude()
                    && longitude >= minLongitude() && longitude <= maxLongitude();
        }
    }

    /** Guessing protection for the public follow-up code. */

    default Optional<String> forceFor(String district) {
        return Optional.ofNullable(forceByDistrict().get(district));
    }

    default String publicIntakeAgencyFor(String district) {
        return publicIntakeAgencyByDistrict().getOrDefault(district, publicIntakeAgency());
    }

    default String defaultProvider() {
        return supportProviders().get(0);
    }
}
