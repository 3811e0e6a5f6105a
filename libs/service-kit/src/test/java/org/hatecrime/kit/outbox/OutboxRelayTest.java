package org.hatecrime.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.EventJson;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.kafka.KafkaClientSettings;
import org.hatecrime.kit.time.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay against a real PostgreSQL. The broker side is a producer that can be told to fail,
 * because a fault has to be injected at an exact record.
 */
class OutboxRelayTest {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private KitDatabase database;
    private final List<OutboxRelay> running = new ArrayList<>();

    @BeforeEach
    void freshDatabase() throws SQLException {
        database = KitDatabase.create();
    }

    @AfterEach
    void stopRelays() throws InterruptedException {
        for (OutboxRelay relay : running) {
            relay.stop(null);
        }
    }

    @Test
    void aFailedPublishNeverLetsALaterEventOfTheSameAggregateOvertakeIt() throws SQLException {
        String a1 = add("report-a");
        String b1 = add("report-b");
        String a2 = add("report-a");
        FlakyProducer producer = new FlakyProducer(Set.of(a1));
        OutboxRelay relay = relay(producer, Duration.ofSeconds(1));

        try (Connection connection = database.connect()) {
            assertThatThrownBy(() -> relay.publishRound(connection, producer)).hasMessageContaining("did not acknowledge");
            assertThat(producer.published()).containsExactly(b1);
            assertThat(pending()).containsExactly(a1, a2);

            relay.publishRound(connection, producer);
            relay.publishRound(connection, producer);
        }

        assertThat(producer.published()).containsExactly(b1, a1, a2);
        assertThat(pending()).isEmpty();
        assertThat(metrics.get("hatecrime.outbox.commit.to.publish").timer().count()).isEqualTo(3);
    }

    @Test
    void eachAggregatesEventsArePublishedInCommitOrder() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            expected.add(add("report-" + (i % 3)));
        }
        FlakyProducer producer = new FlakyProducer(Set.of());
        start(relay(producer, Duration.ofMillis(200)));

        Awaitility.await().atMost(WITHIN).until(() -> producer.published().size() == expected.size());
        for (int aggregate = 0; aggregate < 3; aggregate++) {
            String key = "report-" + aggregate;
            assertThat(producer.publishedFor(key)).containsExactlyElementsOf(
                    expected.stream().filter(id -> producer.keyOf(id).equals(key)).toList());
        }
    }

    @Test
    void aCommittedEventIsPublishedWithoutWaitingForThePollInterval() throws Exception {
        FlakyProducer producer = new FlakyProducer(Set.of());
        OutboxRelay relay = start(relay(producer, Duration.ofMinutes(5)));
        Awaitility.await().atMost(WITHIN).until(relay::isLeader);

        String id = add("report-notified");

        Awaitility.await().atMost(WITHIN).until(() -> producer.published().contains(id));
    }

    @Test
    void theRelayResumesAfterLosingItsDatabaseConnection() throws Exception {
        FlakyProducer producer = new FlakyProducer(Set.of());
        OutboxRelay relay = start(relay(producer, Duration.ofMillis(200)));
        String before = add("report-x");
        Awaitility.await().atMost(WITHIN).until(() -> producer.published().contains(before));

        killRelayConnections();
        String after = add("report-x");

        Awaitility.await().atMost(WITHIN).until(() -> producer.published().contains(after));
        Awaitility.await().atMost(WITHIN).until(relay::isLeader);
        assertThat(pending()).isEmpty();
    }

    @Test
    void onlyOneRelayPublishesAndAStandbyTakesOverWhenItGoesAway() throws Exception {
        FlakyProducer first = new FlakyProducer(Set.of());
        FlakyProducer second = new FlakyProducer(Set.of());
        OutboxRelay leader = start(relay(first, Duration.ofMillis(200)));
        Awaitility.await().atMost(WITHIN).until(leader::isLeader);
        OutboxRelay standby = start(relay(second, Duration.ofMillis(200)));

        String id = add("report-y");
        Awaitility.await().atMost(WITHIN).until(() -> first.published().contains(id));
        assertThat(standby.isLeader()).isFalse();
        assertThat(second.published()).isEmpty();

        leader.stop(null);
        running.remove(leader);
        String next = add("report-y");

        Awaitility.await().atMost(WITHIN).until(() -> second.published().contains(next));
        assertThat(standby.isLeader()).isTrue();
        assertThat(first.published()).doesNotContain(next);
    }

    @Test
    void publishedEventsAreDeletedAfterTheirRetentionOncePerCleanupInterval() throws SQLException {
        FlakyProducer producer = new FlakyProducer(Set.of());
        SettableClock clock = new SettableClock(Instant.parse("2026-11-20T18:30:00Z"));
        OutboxRelay relay = relay(producer, new TestConfig(Duration.ofMillis(200), Duration.ZERO, Duration.ofHours(1)), clock);

        try (Connection connection = database.connect()) {
            String first = add("report-z");
            relay.publishRound(connection, producer);
            relay.cleanUpIfDue(connection);
            assertThat(stored()).doesNotContain(first);

            String second = add("report-z");
            relay.publishRound(connection, producer);
            clock.advance(Duration.ofMinutes(59));
            relay.cleanUpIfDue(connection);
            assertThat(stored()).contains(second);

            clock.advance(Duration.ofMinutes(1));
            relay.cleanUpIfDue(connection);
            assertThat(stored()).doesNotContain(second);
        }
    }

    private OutboxRelay relay(FlakyProducer producer, Duration pollInterval) {
        return relay(producer, new TestConfig(pollInterval, Duration.ofDays(7), Duration.ofHours(1)), Clock.systemUTC());
    }

    private OutboxRelay relay(FlakyProducer producer, OutboxConfig config, Clock clock) {
        ProducerFactory factory = new ProducerFactory(KafkaClientSettings.of(Map.of("bootstrap.servers", "unused:9092"))) {
            @Override
            public Producer<String, String> create(Duration deliveryTimeout) {
                return producer;
            }
        };
        return new OutboxRelay(config, factory, clock, metrics, database.url, "postgres", "postgres");
    }

    private OutboxRelay start(OutboxRelay relay) {
        relay.start(null);
        running.add(relay);
        return relay;
    }

    private String add(String aggregateId) throws SQLException {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), "report.submitted.v1", "reporting-service", aggregateId,
                OffsetDateTime.now(ZoneOffset.UTC), null, null, EventJson.mapper().createObjectNode());
        try (Connection connection = database.connect();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into outbox_event (id, topic, aggregate_id, event_type, envelope) values (?, ?, ?, ?, ?)")) {
            insert.setObject(1, envelope.id());
            insert.setString(2, Topics.REPORTS);
            insert.setString(3, aggregateId);
            insert.setString(4, envelope.type());
            insert.setString(5, EventJson.write(envelope));
            insert.executeUpdate();
        }
        return envelope.id().toString();
    }

    /** Every row still in the outbox, published or not. */
    private List<String> stored() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from outbox_event order by seq")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private List<String> pending() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from outbox_event where published_at is null order by seq")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private void killRelayConnections() throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement kill = connection.prepareStatement(
                        "select pg_terminate_backend(pid) from pg_stat_activity where application_name = ? and datname = current_database()")) {
            kill.setString(1, OutboxRelay.APPLICATION_NAME);
            kill.executeQuery().close();
        }
    }

    /** Acknowledges every record at once, except the first attempt of the listed event ids. */
    private static final class FlakyProducer extends MockProducer<String, String> {

        private final Set<String> failOnce;
        private final Set<String> failed = ConcurrentHashMap.newKeySet();
        private final List<ProducerRecord<String, String>> acknowledged = new ArrayList<>();

        FlakyProducer(Set<String> failOnce) {
            super(true, null, new StringSerializer(), new StringSerializer());
            this.failOnce = failOnce;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, String> record, Callback callback) {
            String id = EventJson.read(record.value()).id().toString();
            if (failOnce.contains(id) && failed.add(id)) {
                return CompletableFuture.failedFuture(new TimeoutException("broker unavailable"));
            }
            acknowledged.add(record);
            return super.send(record, callback);
        }

        @Override
        public void close() {
            // reused across relay restarts in these tests
        }

        synchronized List<String> published() {
            return acknowledged.stream().map(r -> EventJson.read(r.value()).id().toString()).toList();
        }

        synchronized List<String> publishedFor(String key) {
            return acknowledged.stream().filter(r -> key.equals(r.key())).map(r -> EventJson.read(r.value()).id().toString()).toList();
        }

        synchronized String keyOf(String id) {
            return acknowledged.stream().filter(r -> EventJson.read(r.value()).id().toString().equals(id))
                    .map(ProducerRecord::key).findFirst().orElseThrow();
        }
    }

    private record TestConfig(Duration pollInterval, Duration retention, Duration cleanupInterval) implements OutboxConfig {
        public boolean relayEnabled() {
            return true;
        }

        public String source() {
            return "test-service";
        }

        public int batchSize() {
            return 10;
        }

        public Duration initialBackoff() {
            return Duration.ofMillis(50);
        }

        public Duration maxBackoff() {
            return Duration.ofMillis(200);
        }

        public Duration deliveryTimeout() {
            return Duration.ofSeconds(2);
        }

    }

}
