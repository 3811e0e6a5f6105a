package org.hatecrime.events;

/** Kafka topics, one per aggregate type, keyed by aggregate id. */
public final class Topics {

    public static final String REPORTS = "hatecrime.reports.v1";
    public static final String REFERRALS = "hatecrime.referrals.v1";
    public static final String CASES = "hatecrime.cases.v1";
    public static final String ANALYTICS = "hatecrime.analytics.v1";
    /**
     * Signed heads of every service's audit chains, keyed by service; append-only with infinite
     * retention, so a database's owner cannot take back what an anchor has seen (ADR 0018).
     */
    public static final String AUDIT_ANCHORS = "hatecrime.audit-anchors.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Each consumer group has its own dead-letter topic, so one service's poison does not mix with another's. */
    public static String deadLetter(String consumerGroup) {
        return "hatecrime." + consumerGroup + DEAD_LETTER_SUFFIX;
    }
}
