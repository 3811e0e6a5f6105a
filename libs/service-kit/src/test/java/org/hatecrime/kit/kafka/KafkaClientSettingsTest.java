package org.hatecrime.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The kit's own Kafka clients connect and authenticate with the settings the service's channels use. */
class KafkaClientSettingsTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"case-service\" password=\"secret\";";

    private static Config configuration(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void theCredentialsTheDeploymentSetsReachProducersAndConsumers() {
        KafkaClientSettings settings = KafkaClientSettings.from(configuration(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:9092",
                "kafka.security.protocol", "SASL_PLAINTEXT",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", JAAS)));

        assertThat(settings.producer()).containsOnly(
                Map.entry("bootstrap.servers", "127.0.0.1:9092"),
                Map.entry("security.protocol", "SASL_PLAINTEXT"),
                Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
                Map.entry("sasl.jaas.config", JAAS));
        assertThat(settings.consumer()).isEqualTo(settings.producer());
    }

    @Test
    void environmentVariablesNameTheSameSettings() {
        KafkaClientSettings settings = KafkaClientSettings.from(configuration(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:11092",
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                "KAFKA_SASL_JAAS_CONFIG", JAAS)));

        assertThat(settings.consumer()).containsOnly(
                Map.entry("bootstrap.servers", "127.0.0.1:11092"),
                Map.entry("security.protocol", "SASL_PLAINTEXT"),
                Map.entry("sasl.jaas.config", JAAS));
    }

    @Test
    void withoutSecuritySettingsTheClientsStayPlainAsInTests() {
        KafkaClientSettings settings = KafkaClientSettings.from(configuration(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:9092",
                "kafka.sasl.jaas.config", "",
                "quarkus.kafka.health.enabled", "true")));

        assertThat(settings.producer()).containsOnly(Map.entry("bootstrap.servers", "127.0.0.1:9092"));
    }

    @Test
    void eachClientGetsOnlyTheSettingsItKnows() {
        KafkaClientSettings settings = KafkaClientSettings.from(configuration(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:9092",
                "kafka.acks", "all",
                "kafka.fetch.min.bytes", "1024",
                "KAFKA_HEAP_OPTS", "-Xmx1g")));

        assertThat(settings.producer()).containsOnlyKeys("bootstrap.servers", "acks");
        assertThat(settings.consumer()).containsOnlyKeys("bootstrap.servers", "fetch.min.bytes");
    }
}
