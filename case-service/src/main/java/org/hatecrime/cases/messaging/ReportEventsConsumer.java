package org.hatecrime.cases.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.cases.domain.ConsentChanged;
import org.hatecrime.cases.domain.ReceivedReports;
import org.hatecrime.cases.domain.ReportPoliceAcknowledged;
import org.hatecrime.cases.domain.ReportSharedWithPolice;
import org.hatecrime.cases.domain.ReportWithdrawn;
import org.hatecrime.cases.domain.SubjectErased;
import org.hatecrime.cases.domain.casefile.CaseOpening;
import org.hatecrime.cases.domain.casefile.ReportWithdrawals;
import org.hatecrime.cases.domain.casefile.SharingConsents;
import org.hatecrime.cases.domain.casefile.VictimErasures;
import org.hatecrime.cases.domain.casefile.VictimSupports;
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

    ReportEventsConsumer(Inbox inbox, ReceivedReports receivedReports, CaseOpening opening, VictimSupports supports,
            ReportWithdrawals withdrawals, SharingConsents sharingConsents, VictimErasures erasures) {
        this.inbox = inbox;
        this.routes = new EventRoutes()
                .on(EventTypes.REPORT_SHARED_WITH_POLICE, ReportSharedWithPolice.class, shared -> {
                    receivedReports.record(shared);
                    opening.open(shared.opening());
                })
                .on(EventTypes.REPORT_POLICE_ACKNOWLEDGED, ReportPoliceAcknowledged.class, receivedReports::acknowledge)
                .on(EventTypes.REPORT_WITHDRAWN, ReportWithdrawn.class, withdrawn -> {
                    receivedReports.withdraw(withdrawn);
                    withdrawals.withdrawn(withdrawn.reportId(), withdrawn.withdrawnAt(), withdrawn.reason());
                })
                .on(EventTypes.REPORT_CONSENT_CHANGED, ConsentChanged.class, changed -> {
                    receivedReports.consentChanged(changed);
                    if (changed.isAboutSharingWithPolice()) {
                        sharingConsents.changed(changed.reportId(), changed.granted(), changed.changedAt());
                    }
                    if (changed.isAboutSupport()) {
                        supports.supportConsent(changed.reportId(), changed.granted());
                    }
                })
                .on(EventTypes.SUBJECT_ERASED, SubjectErased.class, erased -> {
                    receivedReports.victimErased(erased);
                    erasures.erased(erased.erasureId(), erased.reportId(), erased.erasedAt());
                });
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
