package org.hatecrime.kit.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.inbox.DatabaseOutages;
import org.hatecrime.kit.inbox.InboxConfig;
import org.junit.jupiter.api.Test;

/**
 * A database outage is the platform's problem, not the event's: while the consumer's database
 * refuses connections, the consumer waits for it far longer than the attempts an event gets, and
 * once it is back the event is applied, not dead-lettered.
 */
@QuarkusTest
@QuarkusTestResource(org.hatecrime.testkit.PlatformTestResource.class)
class DatabaseOutageTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Inject
    KitTestConsumer consumer;

    @Inject
    DatabaseOutages outages;

    @Inject
    InboxConfig config;

    @Inject
    Sql sql;

    @Test
    void anEventReadWhileTheDatabaseIsAwayIsAppliedWhenItReturnsNotDeadLettered() throws SQLException {
        UUID reportId = UUID.randomUUID();
        long waitsBefore = outages.waits();
        EventEnvelope event;
        try {
            ServiceDatabase.takeAway();
            event = KitTestConsumer.publishSubmitted(reportId);
            // more failures than an event's attempts, none of them counted against it
            Awaitility.await().atMost(WITHIN).until(() -> outages.waits() >= waitsBefore + config.maxAttempts() + 2);
        } finally {
            ServiceDatabase.bringBack();
        }

        Awaitility.await().atMost(WITHIN).until(() -> consumer.appliedFor(reportId) == 1);
        long parked = QuarkusTransaction.requiringNew().call(
                () -> sql.number("select count(*) from dead_letter where event_id = ?", event.id().toString()));
        assertThat(parked).isZero();
    }
}
