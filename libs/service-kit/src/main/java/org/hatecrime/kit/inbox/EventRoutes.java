package org.hatecrime.kit.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.EventTypes;

/**
 * Sends each event to the handler for its type, with the payload read as the consumer's own record
 * (a tolerant reader: fields it does not know are ignored). Types without a handler are ignored,
 * and the {@link Inbox} skips them without a transaction.
 */
public final class EventRoutes implements Consumer<EventEnvelope> {

    private final Map<String, Consumer<EventEnvelope>> routes = new HashMap<>();

    public <T> EventRoutes on(EventTypes type, Class<T> payload, Consumer<T> handler) {
        routes.put(type.type(), event -> handler.accept(EventJson.mapper().convertValue(event.payload(), payload)));
        return this;
    }

    /**
     * As {@link #on(EventTypes, Class, Consumer)}, for a handler that also needs the envelope: who
     * published the event (its {@code source}, e.g. to audit an effect as that service's), its id
     * and when it happened.
     */
    public <T> EventRoutes onWithEnvelope(EventTypes type, Class<T> payload, BiConsumer<EventEnvelope, T> handler) {
        routes.put(type.type(), event -> handler.accept(event, EventJson.mapper().convertValue(event.payload(), payload)));
        return this;
    }

    /** Whether some handler takes events of this type. */
    public boolean handles(String type) {
        return routes.containsKey(type);
    }

    @Override
    public void accept(EventEnvelope event) {
        Consumer<EventEnvelope> route = routes.get(event.type());
        if (route != null) {
            route.accept(event);
        }
    }
}
