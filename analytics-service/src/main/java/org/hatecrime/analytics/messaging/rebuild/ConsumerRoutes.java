package org.hatecrime.analytics.messaging.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.InboxConsumer;

/**
 * The live consumers' own routes, found as the kit's re-drive finds them: a rebuild applies each
 * event with exactly the handler the live consumer would use, and an event type a consumer learns
 * to handle is rebuilt with nothing to change here.
 */
@ApplicationScoped
public class ConsumerRoutes {

    private final Instance<InboxConsumer> consumers;

    ConsumerRoutes(Instance<InboxConsumer> consumers) {
        this.consumers = consumers;
    }

    /** The routes of the consumer that applies events of this type, if one does. */
    public Optional<EventRoutes> forType(String type) {
        for (InboxConsumer consumer : consumers) {
            if (consumer.routes().handles(type)) {
                return Optional.of(consumer.routes());
            }
        }
        return Optional.empty();
    }
}
