package org.hatecrime.analytics.messaging.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads whole topics from their beginning with partitions assigned by hand: no consumer group,
 * nothing committed, so the live consumers' group and offsets are never touched.
 */
final class TopicReader implements AutoCloseable {

    /** A polled batch, and the next offset to read of each partition it came from. */
    record Batch(List<ConsumerRecord<String, String>> records, Map<TopicPartition, Long> positions) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Duration pollTimeout;

    TopicReader(Properties shared, Iterable<String> topics, int batchSize, Duration pollTimeout) {
        Properties settings = new Properties();
        settings.putAll(shared);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batchSize);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "analytics-read-model-rebuild");
        this.consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
        this.pollTimeout = pollTimeout;
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Where each partition begins now. */
    Map<TopicPartition, Long> beginnings() {
        return consumer.beginningOffsets(partitions);
    }

    /** Where each partition ends now: the offset the next record published to it will take. */
    Map<TopicPartition, Long> ends() {
        return consumer.endOffsets(partitions);
    }

    /** Reads on, a batch at a time, until every partition has been read up to its offset in {@code until}. */
    void readUpTo(Map<TopicPartition, Long> until, Consumer<Batch> apply) {
        while (partitions.stream().anyMatch(p -> consumer.position(p) < until.get(p))) {
            ConsumerRecords<String, String> polled = consumer.poll(pollTimeout);
            if (polled.isEmpty()) {
                continue;
            }
            List<ConsumerRecord<String, String>> records = new ArrayList<>(polled.count());
            polled.forEach(records::add);
            Map<TopicPartition, Long> positions = new HashMap<>();
            polled.partitions().forEach(p -> positions.put(p, consumer.position(p)));
            apply.accept(new Batch(records, positions));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
