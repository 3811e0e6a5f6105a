package org.hatecrime.kit.time;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Working-day calendars from the kit's shipped configuration, with settings of a test's own on top. */
final class Calendars {

    static final Instant NOW = Instant.parse("2025-06-29T23:30:00Z"); // Monday 30 June, 00:30 in London

    private Calendars() {
    }

    static WorkingDayCalendars shipped() {
        return withSettings(Map.of());
    }

    static WorkingDayCalendars withSettings(Map<String, String> settings) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new PropertiesConfigSource(settings, "test settings", 500))
                .withMapping(CalendarConfig.class)
                .build();
        return new WorkingDayCalendars(config.getConfigMapping(CalendarConfig.class), Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
