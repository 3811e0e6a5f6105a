package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hatecrime.events.Topics;

/**
 * Reads and writes the platform's Kafka topics directly, beside the services. It reads and inspects
 * as the platform's Kafka admin, and publishes on the reports topic as reporting-service, the only
 * user the broker lets write there (ADR 0026): a copy or a bad record stands for what intake itself
 * might send.
 */
public final class ReportEvents implements AutoCloseable {

    private static final Duration ADMIN_CALL = Duration.ofSeconds(30);
    private static final String PUBLISHER = Service.REPORTING.component();

    private final LocalPlatform platform;
    private final Admin admin;

    public ReportEvents(LocalPlatform platform) {
        this.platform = platform;
        Properties props = platform.kafkaClient(LocalPlatform.KAFKA_ADMIN);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "system-tests-admin");
        this.admin = Admin.create(props);
    }

    /** Where each partition of the reports topic ends now: read from here to see only newer events. */
    public Map<TopicPartition, Long> endOfReportsTopic() {
        return endOffsets(Topics.REPORTS);
    }

    /** Waits for the record of a report's event (the record key is the report id) after the given offsets. */
    public ConsumerRecord<String, String> awaitRecord(String reportId, Map<TopicPartition, Long> from) {
        AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            await("the event of report " + reportId + " on " + Topics.REPORTS)
                    .atMost(Duration.ofSeconds(60))
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                            if (reportId.equals(record.key())) {
                                found.compareAndSet(null, record);
                            }
                        }
                        return found.get() != null;
                    });
        }
        return found.get();
    }

    /** Publishes a byte-for-byte copy of a record (key, value, headers) to the same partition, as reporting-service. */
    public RecordMetadata republish(ConsumerRecord<String, String> record) {
        Properties props = platform.kafkaClient(PUBLISHER);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "system-tests-producer");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            return producer.send(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                    record.headers())).get(ADMIN_CALL.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + record.topic(), e);
        }
    }

    /**
     * Waits until a service's consumer group has processed and committed everything on the reports
     * topic: after this, nothing already published can still change what the service shows.
     */
    public void awaitConsumed(Service service) {
        await(service + " has consumed all of " + Topics.REPORTS)
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    Map<TopicPartition, Long> end = endOfReportsTopic();
                    Map<TopicPartition, OffsetAndMetadata> committed = admin
                            .listConsumerGroupOffsets(service.consumerGroup())
                            .partitionsToOffsetAndMetadata()
                            .get(ADMIN_CALL.toSeconds(), TimeUnit.SECONDS);
                    end.forEach((partition, endOffset) -> {
                        OffsetAndMetadata position = committed.get(partition);
                        assertThat(position == null ? 0L : position.offset())
                                .as("committed offset of %s on %s (end %d)", service.consumerGroup(), partition, endOffset)
                                .isGreaterThanOrEqualTo(endOffset);
                    });
                });
    }

    /** Every record with the given key on a topic, from its beginning; none when the topic does not exist. */
    public List<ConsumerRecord<String, String>> recordsWithKey(String topic, String key) {
        return records(topic, record -> key.equals(record.key()));
    }

    /** Every record on any of the platform's topics whose key or value holds the text, from the beginning. */
    public List<ConsumerRecord<String, String>> recordsHolding(String text) {
        List<ConsumerRecord<String, String>> matches = new ArrayList<>();
        for (String topic : topics()) {
            matches.addAll(records(topic, record -> (record.key() != null && record.key().contains(text))
                    || (record.value() != null && record.value().contains(text))));
        }
        return matches;
    }

    private List<ConsumerRecord<String, String>> records(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        if (!topicExists(topic)) {
            return List.of();
        }
        Map<TopicPartition, Long> end = endOffsets(topic);
        List<ConsumerRecord<String, String>> matches = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(end.keySet());
            consumer.seekToBeginning(end.keySet());
            await("reading " + topic + " to its end")
                    .atMost(Duration.ofSeconds(60))
                    .pollInSameThread()
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                            if (wanted.test(record)) {
                                matches.add(record);
                            }
                        }
                        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
                    });
        }
        return matches;
    }

    private boolean topicExists(String topic) {
        return topics().contains(topic);
    }

    private Set<String> topics() {
        try {
            return admin.listTopics().names().get(ADMIN_CALL.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not list the topics", e);
        }
    }

    private Map<TopicPartition, Long> endOffsets(String topic) {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(ADMIN_CALL.toSeconds(), TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            description.partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest).all().get(ADMIN_CALL.toSeconds(), TimeUnit.SECONDS)
                    .forEach((partition, info) -> end.put(partition, info.offset()));
            return end;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the end offsets of " + topic, e);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = platform.kafkaClient(LocalPlatform.KAFKA_ADMIN);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "system-tests-reader");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(10));
    }
}
