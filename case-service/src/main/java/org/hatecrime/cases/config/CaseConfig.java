package org.hatecrime.cases.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "hatecrime.case")
public interface CaseConfig {

    /** District code to the agency code of the police force that covers it. */
    Map<String, String> forceByDistrict();

    default Optional<String> forceFor(String district) {
        return Optional.ofNullable(forceByDistrict().get(district));
    }
}
