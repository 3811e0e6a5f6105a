package org.hatecrime.events;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Kafka topics, one per aggregate type, keyed by aggregate id. */
public final class Topics {

    public static final String REPORTS = "hatecrime.reports.v1";
    public static final String REFERRALS = "hatecrime.referrals.v1";
    public static final String CASES = "hatecrime.cases.v1";
    public static final String ANALYTICS = "hatecrime.analytics.v1";
    private static final String AUDIT_ANCHORS_PREFIX = "hatecrime.audit-anchors.";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** The one service that publishes on each domain topic; an event from anyone else there is forged or misrouted. */
    private static final Map<String, String> OWNERS = Map.of(
            REPORTS, "reporting-service",
            REFERRALS, "victim-care-service",
            CASES, "case-service",
            ANALYTICS, "analytics-service");

    private Topics() {
    }

    /** The service that publishes on the topic, if it is a domain topic. */
    public static Optional<String> owner(String topic) {
        return Optional.ofNullable(OWNERS.get(topic));
    }

    /**
     * The signed heads of one service's audit chains: append-only with infinite retention, so a
     * database's owner cannot take back what an anchor has seen (ADR 0018), and a topic per service,
     * so that only that service may write there (ADR 0029).
     */
    public static String auditAnchors(String service) {
        return AUDIT_ANCHORS_PREFIX + service + ".v1";
    }

    /**
     * How an anchors topic is kept: forever, never compacted, and each record stamped by the broker
     * with the time it was appended (not the producer's), so an old anchor written again later is
     * told from the one written when its heads were read.
     */
    public static Map<String, String> auditAnchorsConfig() {
        return Map.of("retention.ms", "-1", "retention.bytes", "-1", "cleanup.policy", "delete",
                "message.timestamp.type", "LogAppendTime");
    }

    /** The services that publish on the domain topics. */
    public static Collection<String> services() {
        return OWNERS.values();
    }

    /** Each consumer group has its own dead-letter topic, so one service's poison does not mix with another's. */
    public static String deadLetter(String consumerGroup) {
        return "hatecrime." + consumerGroup + DEAD_LETTER_SUFFIX;
    }
}
