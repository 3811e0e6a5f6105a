package org.hatecrime.kit.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.hatecrime.kit.db.DatabaseAvailability;
import org.jboss.logging.Logger;

/**
 * Rides out a database outage for the consumer: while work fails because the database is away, it
 * waits and tries again, without counting that against the event. Only a failure of the work itself
 * (the database answers, the effect still fails) reaches the caller, which counts it as an attempt.
 * An outage longer than {@link InboxConfig#databaseOutageLimit()} stops the consumer uncommitted.
 */
@ApplicationScoped
public class DatabaseOutages {

    private static final Logger LOG = Logger.getLogger(DatabaseOutages.class);

    private final DatabaseAvailability database;
    private final InboxConfig config;
    private final Counter waits;

    DatabaseOutages(DatabaseAvailability database, InboxConfig config, MeterRegistry registry) {
        this.database = database;
        this.config = config;
        this.waits = Counter.builder("hatecrime.inbox.database.waits")
                .description("Times a consumer waited for its database to come back instead of counting an attempt")
                .register(registry);
    }

    /** Runs the work, waiting while the database is away; any other failure is the work's and is thrown. */
    public <T> T ride(String what, Supplier<T> work) {
        long outageStarted = 0;
        for (int wait = 1; ; wait++) {
            try {
                return work.get();
            } catch (DatabaseUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!database.isAway(e)) {
                    throw e;
                }
                if (outageStarted == 0) {
                    outageStarted = System.nanoTime();
                }
                Duration away = Duration.ofNanos(System.nanoTime() - outageStarted);
                if (away.compareTo(config.databaseOutageLimit()) > 0) {
                    throw new DatabaseUnavailableException(what, away, e);
                }
                waits.increment();
                LOG.warnf("the database is away (%s); %s waits (%d)", e.getMessage(), what, wait);
                pause(Inbox.pauseAfter(wait, config));
            }
        }
    }

    public void ride(String what, Runnable work) {
        ride(what, () -> {
            work.run();
            return null;
        });
    }

    /** How many times the consumer has waited for the database since it started. */
    public long waits() {
        return (long) waits.count();
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }

    /** The database stayed away longer than the consumer waits: it stops, nothing committed. */
    public static final class DatabaseUnavailableException extends RuntimeException {
        DatabaseUnavailableException(String what, Duration away, Throwable cause) {
            super("the database has been away for " + away.toSeconds() + " s; " + what + " stops without committing", cause);
        }
    }
}
