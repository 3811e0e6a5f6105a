package org.hatecrime.analytics.domain;

/** How analytics rounds the shares it reports. */
public final class Figures {

    private Figures() {
    }

    /** {@code part} of {@code whole}, 0 to 1 to three decimals; 0 when there is nothing to share. */
    public static double share(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
