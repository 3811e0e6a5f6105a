package org.hatecrime.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hatecrime.events.EventSchemas;
import org.hatecrime.kit.kafka.KafkaClientSettings;
import org.hatecrime.kit.outbox.ProducerFactory;
import org.jboss.logging.Logger;

/**
 * Anchors the audit chains outside the database: every interval, when a head moved, this service's
 * heads are signed and appended to the service's own {@code hatecrime.audit-anchors.<service>.v1} (keyed by service, kept
 * forever, stamped with the broker's append time). Whoever owns the database can rewind a head and
 * remove rows, but cannot take back an anchor, nor pass an old one off as the latest by writing it
 * again, so the verifier compares the log with the latest one.
 */
@ApplicationScoped
public class AuditAnchors {

    private static final Logger LOG = Logger.getLogger(AuditAnchors.class);

    private final AgroalDataSource dataSource;
    private final AuditConfig.Anchors config;
    private final AnchorKeys keys;
    private final ProducerFactory producers;
    private final Clock clock;
    private final String service;
    private final KafkaClientSettings kafka;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private Producer<String, String> producer;
    private List<AuditAnchor.Head> lastAnchored;

    AuditAnchors(AgroalDataSource dataSource, AuditConfig config, AnchorKeys keys, ProducerFactory producers, Clock clock,
            @ConfigProperty(name = "hatecrime.outbox.source") String service, KafkaClientSettings kafka) {
        this.dataSource = dataSource;
        this.config = config.anchors();
        this.keys = keys;
        this.producers = producers;
        this.clock = clock;
        this.service = service;
        this.kafka = kafka;
    }

    @Scheduled(every = "${hatecrime.audit.anchors.interval:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = AnchorsDisabled.class)
    void anchorOnSchedule() {
        try {
            anchorIfMoved();
        } catch (RuntimeException e) {
            // the next round tries again; verification reports how old the latest anchor is
            LOG.errorf("could not anchor the audit chains: %s", e.getMessage());
        }
    }

    /**
     * Signs and publishes the current heads unless they are the ones anchored last; the anchor, or
     * nothing. Refuses (and keeps refusing) when the log no longer holds what the last anchor saw, so
     * that the latest anchor keeps the evidence of a rewound chain instead of blessing it.
     */
    public synchronized Optional<AuditAnchor> anchorIfMoved() {
        if (lastAnchored == null) {
            lastAnchored = latest().map(AuditAnchor::heads).orElse(List.of());
        }
        List<AuditAnchor.Head> heads = currentHeads();
        if (heads.equals(lastAnchored)) {
            return Optional.empty();
        }
        stillHolds(lastAnchored);
        AuditAnchor anchor = AuditAnchor.signed(service, clock.instant().truncatedTo(ChronoUnit.MICROS), heads, keys);
        publish(anchor);
        lastAnchored = heads;
        return Optional.of(anchor);
    }

    /**
     * This service's most recent authentic anchor on the topic (signed with one of its keys), or
     * nothing when there is none yet. Records in its name that fail the signature are skipped.
     */
    public Optional<AuditAnchor> latest() {
        Properties props = kafka.consumer();
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // reading must never create the topic: one created by accident would not keep anchors forever
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-audit-verifier-" + UUID.randomUUID());
        Duration timeout = config.timeout();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(config.topic(), timeout)) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            if (partitions.isEmpty()) {
                return Optional.empty();
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            AuditAnchor newest = null;
            for (TopicPartition partition : partitions) {
                AuditAnchor found = latestIn(consumer, partition, begin.get(partition), end.get(partition), timeout);
                if (found != null && (newest == null || found.anchoredAt().isAfter(newest.anchoredAt()))) {
                    newest = found;
                }
            }
            return Optional.ofNullable(newest);
        }
    }

    /** Reads the partition backwards, a window at a time, until a window holds one of our anchors. */
    private AuditAnchor latestIn(KafkaConsumer<String, String> consumer, TopicPartition partition, long begin, long end,
            Duration timeout) {
        long to = end;
        while (to > begin) {
            long from = Math.max(begin, to - config.lookback());
            consumer.seek(partition, from);
            AuditAnchor newest = null;
            long next = from;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (next < to) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + config.topic());
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200)).records(partition)) {
                    if (record.offset() < to && service.equals(record.key())) {
                        AuditAnchor anchor = read(record.value());
                        if (anchor != null && !anchor.isAuthentic(keys)) {
                            // written in our name without our key: never the anchor we compare with
                            LOG.warnf("ignoring an audit anchor at %s offset %d that is not signed with this service's key",
                                    partition, record.offset());
                            continue;
                        }
                        if (anchor != null && isReplayed(anchor, record)) {
                            // a genuine but old anchor written again: it would hide what was removed since
                            LOG.warnf("ignoring an audit anchor of %s at %s offset %d appended at %s: written again after it was signed",
                                    anchor.anchoredAt(), partition, record.offset(), Instant.ofEpochMilli(record.timestamp()));
                            continue;
                        }
                        if (anchor != null && (newest == null || !anchor.anchoredAt().isBefore(newest.anchoredAt()))) {
                            newest = anchor;
                        }
                    }
                }
                next = consumer.position(partition, timeout);
            }
            if (newest != null) {
                return newest;
            }
            to = from;
        }
        return null;
    }

    /**
     * Whether the broker appended the anchor later than publishing one takes: someone who may write
     * the topic wrote an old anchor again, to make it the newest. Only the broker's append time
     * tells, so a topic stamped with the producer's time is refused.
     */
    private boolean isReplayed(AuditAnchor anchor, ConsumerRecord<String, String> record) {
        if (record.timestampType() != TimestampType.LOG_APPEND_TIME) {
            throw new IllegalStateException(config.topic() + " is not stamped with the broker's append time"
                    + " (message.timestamp.type=LogAppendTime), so an anchor written again could not be told apart");
        }
        return Instant.ofEpochMilli(record.timestamp()).isAfter(anchor.anchoredAt().plus(config.maxAppendDelay()));
    }

    private AuditAnchor read(String value) {
        try {
            JsonNode node = json.readTree(value);
            if (!EventSchemas.violationsOfAuditAnchor(node).isEmpty()) {
                return null;
            }
            return json.treeToValue(node, AuditAnchor.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private List<AuditAnchor.Head> currentHeads() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select chain, chain_seq, hash from audit_chain_head where chain_seq > 0 order by chain");
                ResultSet rows = select.executeQuery()) {
            List<AuditAnchor.Head> heads = new ArrayList<>();
            while (rows.next()) {
                heads.add(new AuditAnchor.Head(rows.getInt(1), rows.getLong(2), rows.getString(3)));
            }
            heads.sort(Comparator.comparingInt(AuditAnchor.Head::chain));
            return heads;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit chain heads", e);
        }
    }

    /** Every anchored head must still be in the log with the hash the anchor saw. */
    private void stillHolds(List<AuditAnchor.Head> anchored) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select hash from audit_log where chain = ? and chain_seq = ?")) {
            for (AuditAnchor.Head head : anchored) {
                select.setInt(1, head.chain());
                select.setLong(2, head.position());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next() || !head.hash().equals(row.getString(1))) {
                        throw new IllegalStateException("audit chain " + head.chain() + " no longer holds row " + head.position()
                                + " as anchored; not anchoring over it (verify the audit log)");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    private void publish(AuditAnchor anchor) {
        JsonNode node = json.valueToTree(anchor);
        List<String> violations = EventSchemas.violationsOfAuditAnchor(node);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("audit anchor violates its schema: " + violations);
        }
        try {
            producer().send(new ProducerRecord<>(config.topic(), service, json.writeValueAsString(node)))
                    .get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (JsonProcessingException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish the audit anchor", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the audit anchor", e);
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = producers.create(config.timeout(), service + "-audit-anchors");
        }
        return producer;
    }

    synchronized void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
        }
    }

    /** Skips the scheduled anchor where publishing is turned off. */
    @ApplicationScoped
    public static class AnchorsDisabled implements Scheduled.SkipPredicate {

        private final AuditConfig config;

        AnchorsDisabled(AuditConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.anchors().enabled();
        }
    }
}
