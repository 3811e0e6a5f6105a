package org.hatecrime.analytics.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.analytics.domain.ReportCounts;

/** Listens to the reports topic. Blocking on purpose: each event commits a database transaction. */
@ApplicationScoped
public class ReportEventsConsumer {

    private final Inbox inbox;
    private final ReportCounts counts;

    ReportEventsConsumer(Inbox inbox, ReportCounts counts) {
        this.inbox = inbox;
        this.counts = counts;
    }

    @Incoming("reports")
    @Blocking
    public void onReportEvent(String record) {
        inbox.deliver(record, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.REPORT_SUBMITTED.type().equals(event.type())) {
            counts.record(EventJson.mapper().convertValue(event.payload(), ReportSubmitted.class));
        } else if (EventTypes.REPORT_DUPLICATE_LINKED.type().equals(event.type())) {
            counts.markDuplicate(UUID.fromString(event.payload().get("reportId").asText()),
                    UUID.fromString(event.payload().get("duplicateOf").asText()));
        }
    }
}
