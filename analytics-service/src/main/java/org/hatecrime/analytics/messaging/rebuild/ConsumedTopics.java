package org.hatecrime.analytics.messaging.rebuild;

import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * The topics this service's Kafka channels read, and the settings its Kafka clients share, both
 * from configuration: a channel added later is rebuilt too, with nothing to change here.
 */
final class ConsumedTopics {

    private static final Pattern INCOMING_CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final String KAFKA_CONNECTOR = "smallrye-kafka";
    private static final String SHARED_KAFKA_SETTINGS = "kafka.";

    private ConsumedTopics() {
    }

    /** Every topic an incoming Kafka channel of this service reads. */
    static SortedSet<String> of(Config config) {
        SortedSet<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            Matcher channel = INCOMING_CONNECTOR.matcher(name);
            if (channel.matches() && KAFKA_CONNECTOR.equals(config.getOptionalValue(name, String.class).orElse(""))) {
                String prefix = "mp.messaging.incoming." + channel.group(1);
                topics.add(config.getOptionalValue(prefix + ".topic", String.class).orElse(channel.group(1)));
            }
        }
        return topics;
    }

    /** The consumer settings every channel shares ({@code kafka.*}: servers, security), for a reader of the rebuild's own. */
    static Properties sharedConsumerSettings(Config config) {
        Properties settings = new Properties();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(SHARED_KAFKA_SETTINGS)) {
                String key = name.substring(SHARED_KAFKA_SETTINGS.length());
                if (ConsumerConfig.configNames().contains(key)) {
                    config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(key, value));
                }
            }
        }
        return settings;
    }
}
