package org.hatecrime.analytics.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.analytics.domain.ReportCounts;
import org.hatecrime.analytics.domain.ReportSubmitted;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;

/**
 * Listens to the reports topic, a polled batch at a time. Blocking on purpose: each batch commits a
 * database transaction; offsets are committed once the method returns.
 */
@ApplicationScoped
public class ReportEventsConsumer {

    private final Inbox inbox;
    private final EventRoutes routes;

    ReportEventsConsumer(Inbox inbox, ReportCounts counts) {
        this.inbox = inbox;
        this.routes = new EventRoutes()
                .on(EventTypes.REPORT_SUBMITTED, ReportSubmitted.class, counts::record)
                .on(EventTypes.REPORT_DUPLICATE_LINKED, DuplicateLinked.class,
                        linked -> counts.markDuplicate(linked.reportId(), linked.duplicateOf()));
    }

    @Incoming("reports")
    @Blocking
    public void onReportEvents(ConsumerRecords<String, String> records) {
        inbox.deliverAll(records, routes);
    }
}
