package org.hatecrime.victimcare.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.victimcare.domain.ReceivedReports;

/** Listens to the reports topic. Blocking on purpose: each event commits a database transaction. */
@ApplicationScoped
public class ReportEventsConsumer {

    private final Inbox inbox;
    private final EventRoutes routes;

    ReportEventsConsumer(Inbox inbox, ReceivedReports receivedReports) {
        this.inbox = inbox;
        this.routes = new EventRoutes()
                .on(EventTypes.REPORT_REFERRAL_REQUESTED, ReferralRequested.class, receivedReports::record);
    }

    @Incoming("reports")
    @Blocking
    public void onReportEvent(String record) {
        inbox.deliver(record, routes);
    }
}
