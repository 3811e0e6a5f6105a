package org.hatecrime.kit.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * The settings every Kafka client of a service shares, read the way the messaging channels read
 * them: every {@code kafka.*} property, or {@code KAFKA_*} environment variable, names a client
 * setting ({@code KAFKA_SASL_JAAS_CONFIG} is {@code sasl.jaas.config}). So the kit's own producers
 * and consumers (outbox relay, dead letters, audit anchors, analytics' rebuild) connect to the same
 * servers, and authenticate as the same service, as its channels do. Nothing about security is set
 * by default: the deployment sets {@code kafka.security.protocol}, {@code kafka.sasl.mechanism} and
 * {@code kafka.sasl.jaas.config} (ADR 0026); the tests' in-process broker needs none of them.
 */
@ApplicationScoped
public class KafkaClientSettings {

    private static final String PROPERTY_PREFIX = "kafka.";
    private static final String ENVIRONMENT_PREFIX = "KAFKA_";

    private final Map<String, String> shared;

    @Inject
    KafkaClientSettings(Config config) {
        this(read(config));
    }

    private KafkaClientSettings(Map<String, String> shared) {
        this.shared = Map.copyOf(shared);
    }

    /** Settings given as client setting names ({@code bootstrap.servers}, {@code security.protocol}), for tests. */
    public static KafkaClientSettings of(Map<String, String> settings) {
        return new KafkaClientSettings(settings);
    }

    /** The settings of a configuration, outside CDI. */
    public static KafkaClientSettings from(Config config) {
        return new KafkaClientSettings(read(config));
    }

    /** Every {@code kafka.*} property and {@code KAFKA_*} variable of the configuration, by client setting name; empty values left out. */
    static Map<String, String> read(Config config) {
        Map<String, String> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            String key = clientSetting(name);
            if (key != null) {
                config.getOptionalValue(name, String.class).map(String::trim).filter(value -> !value.isEmpty())
                        .ifPresent(value -> settings.put(key, value));
            }
        }
        return settings;
    }

    private static String clientSetting(String name) {
        if (name.startsWith(PROPERTY_PREFIX) && name.length() > PROPERTY_PREFIX.length()) {
            return name.substring(PROPERTY_PREFIX.length());
        }
        if (name.startsWith(ENVIRONMENT_PREFIX) && name.length() > ENVIRONMENT_PREFIX.length()) {
            return name.substring(ENVIRONMENT_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
        }
        return null;
    }

    /** The shared settings a producer knows: servers, security and any other producer setting given. */
    public Properties producer() {
        return known(ProducerConfig.configNames());
    }

    /** The shared settings a consumer knows: servers, security and any other consumer setting given. */
    public Properties consumer() {
        return known(ConsumerConfig.configNames());
    }

    private Properties known(Set<String> names) {
        Properties properties = new Properties();
        shared.forEach((key, value) -> {
            if (names.contains(key)) {
                properties.put(key, value);
            }
        });
        return properties;
    }
}
