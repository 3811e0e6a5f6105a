package org.hatecrime.analytics.domain;

/**
 * Which reports count, written once for every figure analytics gives: a report counts unless it
 * was linked as a duplicate of another, was withdrawn, its victim did not consent to (or later
 * withdrew consent to) its use in statistics, or the person it is about was erased. Releases
 * published before a report stopped counting keep it: they are immutable, and a revision of the
 * period is how a correction reaches the public.
 *
 * <p>The rule itself is the database's function {@code report_fact_counts} (migration V11), so
 * that the queries that count {@code report_fact} and the triggers that keep the monthly counts
 * ({@link ReportCounts}, ADR 0024) apply the very same condition: {@code duplicate_of is null and
 * withdrawn_at is null and erased_at is null and statistics_consent}. A plain SQL function, which
 * the planner inlines.
 */
public final class CountingRule {

    /** The condition on {@code report_fact}, for SQL. */
    public static final String COUNTED = "report_fact_counts(duplicate_of, withdrawn_at, erased_at, statistics_consent)";

    private CountingRule() {
    }
}
