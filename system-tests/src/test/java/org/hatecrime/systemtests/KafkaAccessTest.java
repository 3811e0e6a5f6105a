package org.hatecrime.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hatecrime.systemtests.Tokens.CENTRE_STEVENAGE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hatecrime.events.Topics;
import org.hatecrime.systemtests.Api.Submission;
import org.hatecrime.systemtests.Api.SubmittedReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The broker knows who publishes (ADR 0026): without the platform's credentials nothing can be
 * written or read, and each service may publish only on the topics it owns and read only what it
 * consumes. So the {@code source} a consumer checks against the topic's owner (kit
 * {@code EventProvenance}) cannot be forged by another service.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaAccessTest {

    /** How long a client without a valid login keeps trying before it gives up. */
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(5);
    private static final Duration CALL = Duration.ofSeconds(30);
    private static final List<String> DOMAIN_TOPICS = List.of(Topics.REPORTS, Topics.REFERRALS, Topics.CASES, Topics.ANALYTICS);

    private final LocalPlatform platform;
    private final Api api;
    private final ReportEvents events;

    KafkaAccessTest(LocalPlatform platform) {
        this.platform = platform;
        this.api = new Api(platform);
        this.events = new ReportEvents(platform);
    }

    @AfterAll
    void closeEvents() {
        events.close();
    }

    @Test
    void aClientWithoutThePlatformsCredentialsCanNeitherPublishNorRead() {
        Map<TopicPartition, Long> before = events.endOfReportsTopic();
        Properties anonymous = new Properties();
        anonymous.put("bootstrap.servers", platform.kafkaBootstrapServers());

        assertThat(publishing(anonymous, Topics.REPORTS)).as("publishing without signing in").isInstanceOf(TimeoutException.class);
        try (KafkaConsumer<String, String> consumer = consumer(anonymous)) {
            assertThat(catchThrowable(() -> consumer.partitionsFor(Topics.REPORTS, REFUSED_WITHIN)))
                    .as("reading without signing in").isInstanceOf(TimeoutException.class);
        }

        Properties wrongPassword = platform.kafkaClient(Service.CASE.component());
        wrongPassword.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                + " username=\"reporting-service\" password=\"guessed\";");
        assertThat(publishing(wrongPassword, Topics.REPORTS)).as("publishing with a guessed password")
                .isInstanceOf(SaslAuthenticationException.class);
        try (KafkaConsumer<String, String> consumer = consumer(wrongPassword)) {
            assertThat(catchThrowable(() -> consumer.partitionsFor(Topics.REPORTS, REFUSED_WITHIN)))
                    .as("reading with a guessed password").isInstanceOf(SaslAuthenticationException.class);
        }

        assertThat(events.endOfReportsTopic()).as("nothing reached the reports topic").isEqualTo(before);
    }

    @Test
    void theBrokerSpeaksOnlyTlsAndOnlyToClientsThatTrustThePlatformsAuthority() {
        Map<TopicPartition, Long> before = events.endOfReportsTopic();

        // the right user and password, sent without TLS: the broker never sees a login it can read
        Properties withoutTls = platform.kafkaClient(Service.REPORTING.component());
        withoutTls.put("security.protocol", "SASL_PLAINTEXT");
        assertThat(publishing(withoutTls, Topics.REPORTS)).as("publishing without TLS").isInstanceOf(TimeoutException.class);

        // TLS, but trusting the JVM's public authorities instead of the platform's: the broker's certificate is refused
        // before any password is sent
        Properties trustingOthers = platform.kafkaClient(Service.REPORTING.component());
        trustingOthers.remove("ssl.truststore.type");
        trustingOthers.remove("ssl.truststore.location");
        assertThat(publishing(trustingOthers, Topics.REPORTS)).as("publishing to a broker it does not trust")
                .isInstanceOf(SslAuthenticationException.class);

        assertThat(events.endOfReportsTopic()).as("nothing reached the reports topic").isEqualTo(before);
    }

    @Test
    void noServiceMayPublishOnAnotherServicesTopic() {
        for (Service service : Service.values()) {
            Properties login = platform.kafkaClient(service.component());
            for (String topic : DOMAIN_TOPICS) {
                if (Topics.owner(topic).orElseThrow().equals(service.component())) {
                    continue;
                }
                assertThat(publishing(login, topic)).as("%s publishing on %s", service, topic)
                        .isInstanceOf(TopicAuthorizationException.class)
                        .hasMessageContaining(topic);
            }
        }
    }

    @Test
    void noServiceMayWriteAnotherServicesAuditAnchors() {
        // another service's credentials could otherwise bury a service's latest anchor under older genuine copies
        for (Service service : Service.values()) {
            Properties login = platform.kafkaClient(service.component());
            for (Service other : Service.values()) {
                if (other == service) {
                    continue;
                }
                String anchors = Topics.auditAnchors(other.component());
                assertThat(publishing(login, anchors)).as("%s writing %s", service, anchors)
                        .isInstanceOf(TopicAuthorizationException.class).hasMessageContaining(anchors);
            }
        }
    }

    @Test
    void onlyReportingServiceMayPublishAReportEventAndItsCopyChangesNothing() {
        Map<TopicPartition, Long> start = events.endOfReportsTopic();
        SubmittedReport report = api.submitAs(CENTRE_STEVENAGE, Submission.typical());
        ConsumerRecord<String, String> original = events.awaitRecord(report.id(), start);

        // case-service has every reason to want a report "shared with the force": it may not write one.
        Throwable forged = sending(platform.kafkaClient(Service.CASE.component()),
                new ProducerRecord<>(original.topic(), original.partition(), original.key(), original.value(), original.headers()));
        assertThat(forged).isInstanceOf(TopicAuthorizationException.class).hasMessageContaining(Topics.REPORTS);

        RecordMetadata copy = events.republish(original);
        assertThat(copy.offset()).as("reporting-service publishes on its own topic").isGreaterThan(original.offset());

        // The copy is the same event: the consumers' inboxes skip it rather than park it.
        for (Service consumer : List.of(Service.ANALYTICS, Service.VICTIM_CARE, Service.CASE)) {
            events.awaitConsumed(consumer);
            assertThat(events.recordsWithKey(Topics.deadLetter(consumer.consumerGroup()), report.id()))
                    .as("dead letters of %s", consumer).isEmpty();
        }
    }

    @Test
    void aServiceReadsOnlyWhatItConsumesAndOnlyInItsOwnGroup() {
        Properties caseService = platform.kafkaClient(Service.CASE.component());
        String victimCaresDeadLetters = Topics.deadLetter(Service.VICTIM_CARE.consumerGroup());

        try (KafkaConsumer<String, String> consumer = consumer(caseService)) {
            consumer.assign(List.of(new TopicPartition(victimCaresDeadLetters, 0)));
            assertThat(catchThrowable(() -> consumer.poll(REFUSED_WITHIN)))
                    .as("case-service reading victim care's dead letters")
                    .isInstanceOf(TopicAuthorizationException.class).hasMessageContaining(victimCaresDeadLetters);
        }
        try (KafkaConsumer<String, String> consumer = consumer(caseService)) {
            consumer.assign(List.of(new TopicPartition(Topics.ANALYTICS, 0)));
            assertThat(catchThrowable(() -> consumer.poll(REFUSED_WITHIN)))
                    .as("case-service reading analytics' alerts, which it does not consume")
                    .isInstanceOf(TopicAuthorizationException.class);
        }

        Properties inVictimCaresGroup = platform.kafkaClient(Service.CASE.component());
        inVictimCaresGroup.put(ConsumerConfig.GROUP_ID_CONFIG, Service.VICTIM_CARE.consumerGroup());
        try (KafkaConsumer<String, String> consumer = consumer(inVictimCaresGroup)) {
            consumer.subscribe(List.of(Topics.REPORTS));
            assertThat(catchThrowable(() -> consumer.poll(REFUSED_WITHIN)))
                    .as("case-service taking victim care's place in its consumer group")
                    .isInstanceOf(GroupAuthorizationException.class);
        }

        try (KafkaConsumer<String, String> consumer = consumer(platform.kafkaClient(Service.REPORTING.component()))) {
            consumer.assign(List.of(new TopicPartition(Topics.REPORTS, 0)));
            assertThat(catchThrowable(() -> consumer.poll(REFUSED_WITHIN)))
                    .as("reporting-service reading back its own topic, which it publishes but does not consume")
                    .isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void noServiceMayCreateTopicsOrGrantItselfAccess() throws Exception {
        try (Admin admin = Admin.create(platform.kafkaClient(Service.CASE.component()))) {
            Throwable created = failureOf(admin.createTopics(List.of(new NewTopic("hatecrime.reports.v2", 1, (short) 1))).all());
            assertThat(created).as("case-service creating a topic").isInstanceOf(TopicAuthorizationException.class);

            AclBinding writeReports = new AclBinding(new ResourcePattern(ResourceType.TOPIC, Topics.REPORTS, PatternType.LITERAL),
                    new AccessControlEntry("User:" + Service.CASE.component(), "*", AclOperation.WRITE, AclPermissionType.ALLOW));
            assertThat(failureOf(admin.createAcls(List.of(writeReports)).all())).as("case-service granting itself the reports topic")
                    .isInstanceOf(ClusterAuthorizationException.class);
        }
    }

    /** Why publishing one record as this login failed, or null when it was published. */
    private static Throwable publishing(Properties login, String topic) {
        return sending(login, new ProducerRecord<>(topic, "kafka-access-test", "not an event"));
    }

    private static Throwable sending(Properties login, ProducerRecord<String, String> record) {
        Properties props = new Properties();
        props.putAll(login);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "system-tests-kafka-access");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) CALL.toMillis());
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            return failureOf(producer.send(record));
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static KafkaConsumer<String, String> consumer(Properties login) {
        Properties props = new Properties();
        props.putAll(login);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "system-tests-kafka-access");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) REFUSED_WITHIN.toMillis());
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static Throwable failureOf(Future<?> result) {
        try {
            result.get(CALL.toSeconds(), TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("no answer from Kafka within " + CALL, e);
        }
    }
}
