package org.hatecrime.kit.db;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Refuses requests at once while the database cannot be reached, instead of letting each one wait
 * for the connection pool to give up.
 *
 * <p>When PostgreSQL is down, the pool notices a failed connection attempt only after up to a
 * second of waiting, so every request held a worker thread for that second before its 503. The
 * first request that fails to connect opens the breaker; from then on requests are answered 503
 * with {@code Retry-After} without touching the pool, while a probe in the background asks the
 * database every {@code hatecrime.database.breaker.probe-interval} and closes the breaker as soon
 * as it answers. Only failures to reach the server open it (SQL states of class 08, connection
 * exception, and 57P03, the server not yet accepting connections); a busy pool, a failing
 * statement or one session ended by the server (57P01) never does, so neither overload nor a
 * terminated backend is mistaken for an outage: if the server is really gone, the next attempt
 * to connect says so.
 */
@ApplicationScoped
public class DatabaseBreaker {

    private static final Logger LOG = Logger.getLogger(DatabaseBreaker.class);

    private final AtomicReference<Instant> awaySince = new AtomicReference<>();
    private final DatabaseBreakerConfig config;
    private final BooleanSupplier databaseAnswers;
    private final Clock clock;
    private final Counter refused;

    @Inject
    DatabaseBreaker(DatabaseBreakerConfig config, DatabaseAvailability availability, Clock clock, MeterRegistry registry) {
        this(config, availability::answers, clock, registry);
    }

    /** With another way to ask whether the database answers (tests). */
    public DatabaseBreaker(DatabaseBreakerConfig config, BooleanSupplier databaseAnswers, Clock clock, MeterRegistry registry) {
        this.config = config;
        this.databaseAnswers = databaseAnswers;
        this.clock = clock;
        this.refused = Counter.builder("hatecrime.database.breaker.refused")
                .description("Requests answered 503 at once because the database could not be reached")
                .register(registry);
    }

    /** Since when the database has been away, if it is. */
    public Optional<Instant> awaySince() {
        return Optional.ofNullable(awaySince.get());
    }

    /** Whether to refuse a request now; counts the refusal. */
    public boolean refuses() {
        if (awaySince.get() == null) {
            return false;
        }
        refused.increment();
        return true;
    }

    /** Opens the breaker if the failure is a failure to reach the database server. */
    public void failed(Throwable failure) {
        if (config.enabled() && isServerUnreachable(failure) && awaySince.compareAndSet(null, clock.instant())) {
            LOG.warnf("database unreachable; refusing requests until it answers again (%s)", failure.getMessage());
        }
    }

    /** While open, asks the database whether it answers again; closes the breaker when it does. */
    @Scheduled(every = "${hatecrime.database.breaker.probe-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void probe() {
        Instant since = awaySince.get();
        if (since != null && databaseAnswers.getAsBoolean() && awaySince.compareAndSet(since, null)) {
            LOG.infof("database answers again; taking requests (away since %s)", since);
        }
    }

    /** A connection could not be made or was lost (class 08), or the server does not take connections yet (57P03). */
    static boolean isServerUnreachable(Throwable failure) {
        return DatabaseAvailability.anySqlCause(failure, (state, message) -> state.startsWith("08") || state.equals("57P03"));
    }
}
