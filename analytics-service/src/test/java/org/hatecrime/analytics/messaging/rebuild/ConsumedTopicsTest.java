package org.hatecrime.analytics.messaging.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** A rebuild reads what the service's Kafka channels read, with the settings they share: a channel added later is rebuilt too. */
class ConsumedTopicsTest {

    private static Config configuration(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    @Test
    void everyIncomingKafkaChannelsTopicIsReadAndNothingElse() {
        Config config = configuration(Map.of(
                "mp.messaging.incoming.reports.connector", "smallrye-kafka",
                "mp.messaging.incoming.reports.topic", "hatecrime.reports.v1",
                "mp.messaging.incoming.erasures.connector", "smallrye-kafka",
                "mp.messaging.incoming.timers.connector", "smallrye-in-memory",
                "mp.messaging.outgoing.threats.connector", "smallrye-kafka",
                "mp.messaging.outgoing.threats.topic", "hatecrime.analytics.v1"));

        assertThat(ConsumedTopics.of(config)).containsExactly("erasures", "hatecrime.reports.v1");
    }

    @Test
    void theReaderTakesTheConsumerSettingsAllChannelsShare() {
        Config config = configuration(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:9092",
                "kafka.security.protocol", "SASL_PLAINTEXT",
                "kafka.acks", "all",
                "mp.messaging.incoming.reports.group.id", "analytics-service"));

        assertThat(ConsumedTopics.sharedConsumerSettings(config))
                .containsOnly(Map.entry("bootstrap.servers", "127.0.0.1:9092"), Map.entry("security.protocol", "SASL_PLAINTEXT"));
    }

    @Test
    void theReaderAuthenticatesWithTheCredentialsTheDeploymentPutsInTheEnvironment() {
        Config config = configuration(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:9092",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"analytics-service\" password=\"s\";"));

        assertThat(ConsumedTopics.sharedConsumerSettings(config))
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsKey("sasl.jaas.config");
    }
}
