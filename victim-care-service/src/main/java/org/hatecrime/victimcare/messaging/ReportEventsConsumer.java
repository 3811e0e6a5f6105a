package org.hatecrime.victimcare.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.victimcare.domain.ReceivedReports;

/** Listens to the reports topic. Blocking on purpose: each event commits a database transaction. */
@ApplicationScoped
public class ReportEventsConsumer {

    private final Inbox inbox;
    private final ReceivedReports receivedReports;

    ReportEventsConsumer(Inbox inbox, ReceivedReports receivedReports) {
        this.inbox = inbox;
        this.receivedReports = receivedReports;
    }

    @Incoming("reports")
    @Blocking
    public void onReportEvent(String record) {
        inbox.deliver(record, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (EventTypes.REPORT_REFERRAL_REQUESTED.type().equals(event.type())) {
            receivedReports.record(EventJson.mapper().convertValue(event.payload(), ReferralRequested.class));
        }
    }
}
