package org.hatecrime.cases.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.cases.domain.casefile.VictimSupports;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.kit.inbox.InboxConsumer;

/**
 * Listens to victim care's referrals topic, a polled batch at a time: which victim service a
 * report's victim was referred to, and whether they have enhanced rights. Blocking on purpose: each
 * batch commits a database transaction; offsets are committed once the method returns.
 */
@ApplicationScoped
public class ReferralEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventRoutes routes;

    ReferralEventsConsumer(Inbox inbox, VictimSupports supports) {
        this.inbox = inbox;
        this.routes = new EventRoutes()
                .on(EventTypes.REFERRAL_CREATED, VictimSupports.ReferralCreated.class, supports::referred)
                .on(EventTypes.NEEDS_ASSESSED, VictimSupports.NeedsAssessed.class, supports::assessed);
    }

    @Override
    public EventRoutes routes() {
        return routes;
    }

    @Incoming("referrals")
    @Blocking
    public void onReferralEvents(ConsumerRecords<String, String> records) {
        inbox.deliverAll(records, routes);
    }
}
