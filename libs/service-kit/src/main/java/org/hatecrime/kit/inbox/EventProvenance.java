package org.hatecrime.kit.inbox;

import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventTypes;
import org.hatecrime.events.Topics;

/**
 * Only a topic's owner publishes on it, and only the types that belong there: an event on
 * {@code hatecrime.reports.v1} that names another source, or a case event found on the reports
 * topic, is forged or misrouted and never applied. This checks what the envelope claims; that the
 * claim is true needs the broker's authentication and ACLs (docs/threat-model.md).
 */
final class EventProvenance {

    private EventProvenance() {
    }

    /** Throws a {@link Inbox.PoisonEventException} naming the mismatch; topics without an owner are not checked. */
    static void check(String topic, EventEnvelope event) {
        Topics.owner(topic).ifPresent(owner -> {
            if (!owner.equals(event.source())) {
                throw new Inbox.PoisonEventException(event.type() + " " + event.id() + " from " + event.source() + " on " + topic
                        + ", where only " + owner + " publishes");
            }
            String typeTopic = topicOf(event.type());
            if (!topic.equals(typeTopic)) {
                throw new Inbox.PoisonEventException(event.type() + " " + event.id() + " belongs on " + typeTopic + ", not " + topic);
            }
        });
    }

    private static String topicOf(String type) {
        try {
            return EventTypes.of(type).topic();
        } catch (IllegalArgumentException unknown) {
            return "no topic (unknown type)";
        }
    }
}
