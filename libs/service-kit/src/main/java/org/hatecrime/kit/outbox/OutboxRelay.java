package org.hatecrime.kit.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Publishes committed outbox rows to Kafka.
 *
 * <ul>
 *   <li>One relay per service publishes: it holds a PostgreSQL session advisory lock on its own
 *       connection; other replicas wait as standbys and take over when that connection drops.</li>
 *   <li>It wakes on the NOTIFY that the outbox trigger sends at commit, or after the poll interval.</li>
 *   <li>Each round takes at most one pending row per aggregate (the oldest), so a failed publish can
 *       never let a later event of the same aggregate overtake it.</li>
 *   <li>Rows are marked published only after the broker acknowledged them ({@code acks=all});
 *       a crash in between publishes them again, which the consumers' inbox absorbs.</li>
 *   <li>Any failure of the database or the broker backs off exponentially and starts over with a
 *       fresh connection and producer; nothing is lost, because the rows stay pending.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6863_6f75_7462_6f78L;
    static final String APPLICATION_NAME = "outbox-relay";

    private static final String PENDING = """
            select o.seq, o.topic, o.aggregate_id, o.envelope, o.created_at from outbox_event o
             where o.published_at is null
               and not exists (select 1 from outbox_event earlier
                                where earlier.aggregate_id = o.aggregate_id
                                  and earlier.published_at is null
                                  and earlier.seq < o.seq)
             order by o.seq
             limit ?""";

    private final OutboxConfig config;
    private final ProducerFactory producers;
    private final Clock clock;
    private final Timer commitToPublish;
    private final String jdbcUrl;
    private final String username;
    private final String password;

    private volatile boolean running;
    private volatile boolean leader;
    private Thread thread;
    private Instant lastCleanup = Instant.EPOCH;

    OutboxRelay(OutboxConfig config,
            ProducerFactory producers,
            Clock clock,
            MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.config = config;
        this.producers = producers;
        this.clock = clock;
        // from the row's insert in the service's transaction to the broker's acknowledgement
        this.commitToPublish = Timer.builder("hatecrime.outbox.commit.to.publish")
                .description("Time from writing an event to the outbox to the broker acknowledging it")
                .publishPercentiles(0.5, 0.99)
                .register(metrics);
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            // no interrupt: the relay finishes its round and closes the producer cleanly
            thread.join(config.deliveryTimeout().toMillis());
        }
    }

    /** Whether this instance currently holds the relay lock and publishes. */
    public boolean isLeader() {
        return leader;
    }

    private void run() {
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        while (running) {
            try (Connection connection = connect()) {
                if (!acquireLock(connection)) {
                    pause(config.pollInterval());
                    continue;
                }
                leader = true;
                listen(connection);
                try (Producer<String, String> producer = producers.create(config.deliveryTimeout())) {
                    while (running) {
                        int published = publishRound(connection, producer);
                        backoff.reset();
                        cleanUpIfDue(connection);
                        if (published < config.batchSize()) {
                            awaitCommit(connection);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    Duration wait = backoff.next();
                    LOG.warnf("outbox relay paused for %d ms: %s", wait.toMillis(), e.getMessage());
                    pause(wait);
                }
            } finally {
                leader = false;
            }
        }
    }

    /** Its own connection, not a pooled one: the advisory lock and LISTEN live as long as it does. */
    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", username);
        props.setProperty("password", password);
        props.setProperty("ApplicationName", APPLICATION_NAME);
        return DriverManager.getConnection(jdbcUrl, props);
    }

    private boolean acquireLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("listen outbox_event");
        }
    }

    private void awaitCommit(Connection connection) throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications((int) config.pollInterval().toMillis());
    }

    int publishRound(Connection connection, Producer<String, String> producer) throws SQLException {
        List<PendingEvent> pending = readPending(connection);
        if (pending.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
        for (PendingEvent event : pending) {
            acks.add(producer.send(event.toRecord()));
        }
        producer.flush();
        List<Long> published = new ArrayList<>(pending.size());
        RuntimeException failure = null;
        for (int i = 0; i < pending.size(); i++) {
            try {
                acks.get(i).get(config.deliveryTimeout().toMillis(), TimeUnit.MILLISECONDS);
                published.add(pending.get(i).seq());
                // real elapsed time against the database's clock_timestamp(), so the system clock
                // and not the injectable one: a test clock must not distort the latency metric
                commitToPublish.record(Duration.between(pending.get(i).createdAt(), Instant.now()));
            } catch (ExecutionException | TimeoutException e) {
                recordFailure(connection, pending.get(i).seq(), e);
                failure = new IllegalStateException("broker did not acknowledge event " + pending.get(i).seq(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while publishing", e);
                break;
            }
        }
        markPublished(connection, published);
        if (failure != null) {
            throw failure;
        }
        return pending.size();
    }

    private List<PendingEvent> readPending(Connection connection) throws SQLException {
        List<PendingEvent> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(PENDING)) {
            select.setInt(1, config.batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pending.add(new PendingEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getTimestamp(5).toInstant()));
                }
            }
        }
        return pending;
    }

    private void markPublished(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now(), attempts = attempts + 1 where seq = any(?)")) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    private void recordFailure(Connection connection, long seq, Exception cause) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set attempts = attempts + 1, last_error = ? where seq = ?")) {
            update.setString(1, String.valueOf(cause.getCause() != null ? cause.getCause() : cause));
            update.setLong(2, seq);
            update.executeUpdate();
        }
    }

    /** Deletes published rows past their retention, once per cleanup interval. */
    void cleanUpIfDue(Connection connection) throws SQLException {
        Instant now = clock.instant();
        if (Duration.between(lastCleanup, now).compareTo(config.cleanupInterval()) < 0) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox_event where published_at < now() - ? * interval '1 second'")) {
            delete.setLong(1, config.retention().toSeconds());
            delete.executeUpdate();
        }
        lastCleanup = now;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record PendingEvent(long seq, String topic, String aggregateId, String envelope, Instant createdAt) {
        ProducerRecord<String, String> toRecord() {
            return OutboxRecords.toRecord(topic, aggregateId, envelope);
        }
    }
}
