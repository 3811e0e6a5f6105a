package org.hatecrime.kit.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Requests are refused at once only while the database server cannot be reached, and taken again as soon as it answers. */
public class DatabaseBreakerTest {

    private static final SQLException REFUSED = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");

    private final AtomicBoolean databaseAnswers = new AtomicBoolean(false);
    private final AtomicInteger asked = new AtomicInteger();
    private final DatabaseBreaker breaker = breaker(() -> {
        asked.incrementAndGet();
        return databaseAnswers.get();
    });

    @Test
    void aFailureToConnectRefusesRequestsUntilTheDatabaseAnswersAgain() {
        assertThat(breaker.refuses()).isFalse();

        breaker.failed(new IllegalStateException("could not store", REFUSED));
        assertThat(breaker.refuses()).isTrue();

        breaker.probe();
        assertThat(breaker.refuses()).as("still away").isTrue();

        databaseAnswers.set(true);
        breaker.probe();
        assertThat(breaker.refuses()).as("answers again").isFalse();
        assertThat(breaker.awaySince()).isEmpty();
    }

    @Test
    void aServerStillStartingCountsAsAway() {
        breaker.failed(new SQLException("the database system is starting up", "57P03"));

        assertThat(breaker.refuses()).isTrue();
    }

    @Test
    void oneSessionEndedByTheServerDoesNotCountAsAway() {
        breaker.failed(new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(breaker.refuses()).isFalse();
    }

    @Test
    void theDatabaseIsNotAskedWhileNothingFailed() {
        breaker.probe();
        breaker.probe();

        assertThat(asked).hasValue(0);
    }

    @Test
    void switchedOffItNeverRefuses() {
        DatabaseBreaker off = new DatabaseBreaker(config(false), () -> false, Clock.systemUTC(), new SimpleMeterRegistry());

        off.failed(REFUSED);

        assertThat(off.refuses()).isFalse();
    }

    /** A breaker that asks {@code databaseAnswers} whether the database is back. */
    public static DatabaseBreaker breaker(BooleanSupplier databaseAnswers) {
        return new DatabaseBreaker(config(true), databaseAnswers, Clock.systemUTC(), new SimpleMeterRegistry());
    }

    private static DatabaseBreakerConfig config(boolean enabled) {
        return new DatabaseBreakerConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public Duration probeInterval() {
                return Duration.ofMillis(250);
            }
        };
    }
}
