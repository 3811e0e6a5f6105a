package org.hatecrime.analytics.api.charts;

import java.util.List;

/** One named series of a chart; a null value is missing or withheld and is drawn as such, never as zero. */
public record Series(String name, List<Double> values) {

    public Series {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
