package org.hatecrime.reporting.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;

/** What intake accepts; the district list is configuration so another county can run the platform. */
@ConfigMapping(prefix = "hatecrime.intake")
public interface IntakeConfig {

    /** District codes a report may name, e.g. Hertfordshire's ten. */
    List<String> districts();
}
