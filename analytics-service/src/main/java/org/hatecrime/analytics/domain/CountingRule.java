package org.hatecrime.analytics.domain;

/**
 * Which reports count, written once for every figure analytics gives: a report counts unless it
 * was linked as a duplicate of another, was withdrawn, or its victim did not consent to (or later
 * withdrew consent to) its use in statistics.
 */
public final class CountingRule {

    /** The condition on {@code report_fact}, for SQL. */
    public static final String COUNTED = "duplicate_of is null and withdrawn_at is null and statistics_consent";

    private CountingRule() {
    }
}
