package org.hatecrime.kit.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock every service and the kit read the time from: the system clock in UTC. Inject
 * {@link Clock} rather than calling {@code Instant.now()}, so a test can put its own clock in
 * place (any other {@code Clock} bean replaces this default one) and check deadlines, retention
 * and timestamps without waiting.
 */
@Singleton
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
