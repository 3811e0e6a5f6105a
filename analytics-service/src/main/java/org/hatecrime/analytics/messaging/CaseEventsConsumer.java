package org.hatecrime.analytics.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.analytics.domain.justice.CaseEvents;
import org.hatecrime.analytics.domain.justice.CaseFacts;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.kit.inbox.InboxConsumer;

/** Listens to case progression's topic, a polled batch per transaction, as the reports consumer does. */
@ApplicationScoped
public class CaseEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventRoutes routes;

    CaseEventsConsumer(Inbox inbox, CaseFacts facts) {
        this.inbox = inbox;
        this.routes = new EventRoutes()
                .on(EventTypes.CASE_OPENED, CaseEvents.Opened.class, facts::opened)
                .on(EventTypes.CASE_CHARGED, CaseEvents.Charged.class, facts::charged)
                .on(EventTypes.CASE_CLOSED, CaseEvents.Closed.class, facts::closed);
    }

    @Override
    public EventRoutes routes() {
        return routes;
    }

    @Incoming("cases")
    @Blocking
    public void onCaseEvents(ConsumerRecords<String, String> records) {
        inbox.deliverAll(records, routes);
    }
}
