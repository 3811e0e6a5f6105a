package org.hatecrime.kit.deadletter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.kit.db.Sql;
import org.junit.jupiter.api.Test;

/**
 * A consumer does not wait for its database for ever: once it has been away longer than
 * {@code hatecrime.inbox.database-outage-limit}, the consumer stops without committing the event's
 * offset and says so in its health check, so an operator (or the orchestrator) restarts it; the
 * event is neither applied nor dead-lettered, and is read again after the restart.
 */
@QuarkusTest
@QuarkusTestResource(org.hatecrime.testkit.PlatformTestResource.class)
@TestProfile(DatabaseOutageLimitTest.ShortOutageLimit.class)
class DatabaseOutageLimitTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final Duration STILL_NOT_APPLIED_DURING = Duration.ofSeconds(3);

    /** The kit test service with an outage limit of seconds instead of minutes. */
    public static class ShortOutageLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hatecrime.inbox.database-outage-limit", "3s");
        }
    }

    @Inject
    KitTestConsumer consumer;

    @Inject
    Sql sql;

    @Test
    void aConsumerWhoseDatabaseStaysAwayTooLongStopsUncommittedAndReportsItselfDown() throws SQLException {
        UUID reportId = UUID.randomUUID();
        EventEnvelope event;
        try {
            ServiceDatabase.takeAway();
            event = KitTestConsumer.publishSubmitted(reportId);
            Awaitility.await().atMost(WITHIN).untilAsserted(() -> assertThat(health()).contains("kit-events").contains("[KO]"));
        } finally {
            ServiceDatabase.bringBack();
        }

        // the database is back, but the stopped consumer stays stopped until it is restarted
        assertThat(health()).contains("kit-events").contains("[KO]");
        Awaitility.await().during(STILL_NOT_APPLIED_DURING).atMost(STILL_NOT_APPLIED_DURING.plusSeconds(5))
                .until(() -> consumer.appliedFor(reportId) == 0);
        long parked = QuarkusTransaction.requiringNew().call(
                () -> sql.number("select count(*) from dead_letter where event_id = ?", event.id().toString()));
        assertThat(parked).as("dead letters of an event that only met an outage").isZero();
    }

    private static String health() {
        return given().when().get("/q/health").then().extract().asString();
    }
}
