package org.hatecrime.victimcare.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.kit.inbox.InboxConsumer;
import org.hatecrime.victimcare.domain.ConsentChanged;
import org.hatecrime.victimcare.domain.ReceivedReports;
import org.hatecrime.victimcare.domain.ReferralRequested;
import org.hatecrime.victimcare.domain.ReportWithdrawn;
import org.hatecrime.victimcare.domain.SubjectErased;
import org.hatecrime.victimcare.domain.erasure.VictimErasure;
import org.hatecrime.victimcare.domain.referral.ContactStops;
import org.hatecrime.victimcare.domain.referral.ReferralIntake;

/**
 * Listens to the reports topic, a polled batch at a time. Blocking on purpose: each batch commits a
 * database transaction; offsets are committed once the method returns.
 */
@ApplicationScoped
public class ReportEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventRoutes routes;

    ReportEventsConsumer(Inbox inbox, ReceivedReports receivedReports, ReferralIntake referrals, ContactStops contactStops,
            VictimErasure erasure) {
        this.inbox = inbox;
        this.routes = new EventRoutes()
                .on(EventTypes.REPORT_REFERRAL_REQUESTED, ReferralRequested.class, requested -> {
                    receivedReports.record(requested);
                    referrals.fromReport(requested);
                })
                .on(EventTypes.REPORT_WITHDRAWN, ReportWithdrawn.class, withdrawn -> {
                    receivedReports.withdraw(withdrawn);
                    contactStops.reportWithdrawn(withdrawn.reportId(), withdrawn.withdrawnAt());
                })
                .on(EventTypes.REPORT_CONSENT_CHANGED, ConsentChanged.class, changed -> {
                    receivedReports.consentChanged(changed);
                    if (changed.isAboutSupport()) {
                        contactStops.supportConsentChanged(changed.reportId(), changed.granted(), changed.changedAt());
                    }
                })
                .onWithEnvelope(EventTypes.SUBJECT_ERASED, SubjectErased.class,
                        (event, erased) -> erasure.eraseVictimsOf(erased, event.source()));
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
