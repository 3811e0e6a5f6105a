package org.hatecrime.victimcare.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** How contact with victims is checked against their safe-contact preferences. */
@ConfigMapping(prefix = "hatecrime.victim-care.contact")
public interface ContactConfig {

    /** Where the victim's safe times are read ("after 6pm" is 6pm here). */
    @WithDefault("Europe/London")
    ZoneId zone();
}
