package org.hatecrime.analytics.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.analytics.domain.ReportChanges;
import org.hatecrime.analytics.domain.ReportFacts;
import org.hatecrime.analytics.domain.ReportSubmitted;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.kit.inbox.InboxConsumer;

/**
 * Listens to the reports topic, a polled batch at a time. Blocking on purpose: each batch commits a
 * database transaction; offsets are committed once the method returns.
 */
@ApplicationScoped
public class ReportEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventRoutes routes;

    ReportEventsConsumer(Inbox inbox, ReportFacts facts) {
        this.inbox = inbox;
        this.routes = new EventRoutes()
                .on(EventTypes.REPORT_SUBMITTED, ReportSubmitted.class, facts::record)
                .on(EventTypes.REPORT_TRIAGED, ReportChanges.Triaged.class, facts::triaged)
                .on(EventTypes.REPORT_CONSENT_CHANGED, ReportChanges.ConsentChanged.class, facts::consentChanged)
                .on(EventTypes.REPORT_WITHDRAWN, ReportChanges.Withdrawn.class, facts::withdrawn)
                .on(EventTypes.REPORT_DUPLICATE_LINKED, ReportChanges.DuplicateLinked.class, facts::duplicateLinked)
                .on(EventTypes.SUBJECT_ERASED, ReportChanges.SubjectErased.class, facts::subjectErased);
    }

    @Override
    public EventRoutes routes() {
        return routes;
    }

    @Incoming("reports")
    @Blocking
    public void onReportEvents(ConsumerRecords<String, String> records) {
        inbox.deliverAll(records, routes);
    }
}
