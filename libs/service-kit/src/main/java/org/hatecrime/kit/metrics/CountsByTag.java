package org.hatecrime.kit.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One gauge per value of a tag, set from a whole count at once: a value the latest count no longer
 * names goes back to zero rather than keeping its last figure.
 */
public final class CountsByTag {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final String tag;
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();

    public CountsByTag(MeterRegistry registry, String name, String description, String tag) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.tag = tag;
    }

    /** Sets every gauge to its count, and those the counts leave out to zero. */
    public void set(Map<String, Long> counts) {
        gauges.forEach((value, gauge) -> gauge.set(counts.getOrDefault(value, 0L)));
        counts.forEach((value, count) -> gauge(value).set(count));
    }

    private AtomicLong gauge(String value) {
        return gauges.computeIfAbsent(value, key -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder(name, count, AtomicLong::get).description(description).tag(tag, key).register(registry);
            return count;
        });
    }
}
