package org.hatecrime.reporting.domain.report;

/**
 * Hands a report's events to the outbox, in the transaction that changed the report. The domain
 * says what happened; the messaging layer decides how it is published.
 */
public interface ReportEventPublisher {

    /**
     * @param victimKey the report's pseudonymous victim key, or null (anonymous, or erased); events
     *                  that link reports of one victim carry it
     */
    void publish(ReportEvent event, String victimKey);

    /** Announces that the person a report is about was erased. */
    void publish(SubjectErased erased);
}
