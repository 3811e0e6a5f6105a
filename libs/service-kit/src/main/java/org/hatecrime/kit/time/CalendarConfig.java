package org.hatecrime.kit.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bank holidays per nation, for counting working days. The kit ships England and Wales's table;
 * a deployment adds a year, a one-off bank holiday or another nation by configuration alone.
 */
@ConfigMapping(prefix = "hatecrime.calendar")
public interface CalendarConfig {

    /** Where a working day begins and ends. */
    @WithDefault("Europe/London")
    ZoneId zone();

    /** Each nation's table, keyed by {@link Nation#configName()}, e.g. {@code england-and-wales}. */
    Map<String, NationTable> nations();

    /** One nation's bank holidays over the years they are known for. */
    interface NationTable {

        /** The first year whose bank holidays are all in the table. */
        int firstYear();

        /** The last year whose bank holidays are all in the table; later dates are refused. */
        int lastYear();

        /** The bank holidays as the nation observes them, substitute days included. */
        List<LocalDate> bankHolidays();

        /** One-off bank holidays added later, without repeating the whole table. */
        Optional<List<LocalDate>> additionalHolidays();
    }
}
