package org.hatecrime.kit.time;

import java.util.Arrays;
import java.util.Optional;

/**
 * The UK nations with bank holidays of their own. A working-day clock is counted in one nation's
 * calendar; the Victims' Code clocks of this platform in England and Wales's.
 */
public enum Nation {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String configName;

    Nation(String configName) {
        this.configName = configName;
    }

    /** The key of this nation's table under {@code hatecrime.calendar.nations}. */
    public String configName() {
        return configName;
    }

    static Optional<Nation> ofConfigName(String name) {
        return Arrays.stream(values()).filter(nation -> nation.configName.equals(name)).findFirst();
    }
}
