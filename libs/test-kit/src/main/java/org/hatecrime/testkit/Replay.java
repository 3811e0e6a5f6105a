package org.hatecrime.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * What a replay does to a consumer (deploy/local/replay rewinds its group to the beginning of its
 * topics), and the checksums that show whether it changed anything: each table of the service's
 * database as one md5 of its rows in a fixed order.
 */
public final class Replay {

    private static final Duration POLL = Duration.ofMillis(200);

    private Replay() {
    }

    /**
     * Reads every record of the topics from the beginning up to where they end now, and hands each
     * polled batch to the consumer, as the service's channel would after its group was rewound.
     */
    public static void fromTheBeginning(List<String> topics, Consumer<ConsumerRecords<String, String>> consumer) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "replay-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                reader.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> reader.position(p) < end.get(p))) {
                ConsumerRecords<String, String> batch = reader.poll(POLL);
                if (!batch.isEmpty()) {
                    consumer.accept(batch);
                }
            }
        }
    }

    /** Waits until the consumer group has committed every record now on its topics: it is idle. */
    public static void awaitCaughtUp(String group, List<String> topics, Duration within) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Awaitility.await().atMost(within).pollInterval(POLL).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
                for (String topic : topics) {
                    admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                            .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                }
                return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(e -> e.getValue().offset() == 0
                        || committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue().offset());
            });
        }
    }

    /** Waits until the service's outbox has published everything, so the relay changes nothing more. */
    public static void awaitOutboxPublished(Duration within) {
        Awaitility.await().atMost(within).pollInterval(POLL).until(() -> {
            try (Connection connection = DriverManager.getConnection(SharedInfrastructure.serviceJdbcUrl(), "postgres", "postgres");
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
                rows.next();
                return rows.getLong(1) == 0;
            }
        });
    }

    /**
     * One md5 per table of the service's database (public schema, Flyway's history left out), of its
     * rows as text in a fixed order: equal checksums, equal tables.
     */
    public static Map<String, String> tableChecksums() {
        Map<String, String> checksums = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(SharedInfrastructure.serviceJdbcUrl(), "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public' "
                    + "and tablename <> 'flyway_schema_history' order by tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \""
                        + table + "\" t")) {
                    rows.next();
                    checksums.put(table, rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not checksum the tables", e);
        }
        return checksums;
    }

    /** The tables that differ, for a readable failure. */
    public static String differences(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).collect(Collectors.joining(", "));
    }
}
