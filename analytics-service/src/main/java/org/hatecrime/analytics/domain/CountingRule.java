package org.hatecrime.analytics.domain;

/**
 * Which reports count, written once for every figure analytics gives: a report counts unless it
 * was linked as a duplicate of another, was withdrawn, its victim did not consent to (or later
 * withdrew consent to) its use in statistics, or the person it is about was erased. Releases
 * published before a report stopped counting keep it: they are immutable, and a revision of the
 * period is how a correction reaches the public.
 */
public final class CountingRule {

    /** The condition on {@code report_fact}, for SQL. */
    public static final String COUNTED = "duplicate_of is null and withdrawn_at is null and erased_at is null and statistics_consent";

    private CountingRule() {
    }
}
