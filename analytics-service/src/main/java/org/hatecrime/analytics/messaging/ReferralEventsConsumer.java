package org.hatecrime.analytics.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hatecrime.analytics.domain.victimcare.ReferralEvents;
import org.hatecrime.analytics.domain.victimcare.ReferralFacts;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.kit.inbox.InboxConsumer;

/** Listens to victim care's referrals topic, a polled batch per transaction, as the reports consumer does. */
@ApplicationScoped
public class ReferralEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final EventRoutes routes;

    ReferralEventsConsumer(Inbox inbox, ReferralFacts facts) {
        this.inbox = inbox;
        EventRoutes routes = new EventRoutes();
        for (EventTypes type : new EventTypes[] {EventTypes.REFERRAL_CREATED, EventTypes.REFERRAL_SENT, EventTypes.REFERRAL_ACKNOWLEDGED,
                EventTypes.REFERRAL_ACCEPTED, EventTypes.REFERRAL_DECLINED, EventTypes.REFERRAL_CLOSED}) {
            routes.on(type, ReferralEvents.ReferralChanged.class, facts::changed);
        }
        this.routes = routes
                .on(EventTypes.NEEDS_ASSESSED, ReferralEvents.NeedsAssessed.class, facts::needsAssessed)
                .on(EventTypes.SUPPORT_CLOSED, ReferralEvents.SupportClosed.class, facts::supportClosed)
                .on(EventTypes.VICTIMS_CODE_BREACH_DETECTED, ReferralEvents.BreachDetected.class, facts::breachDetected);
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
