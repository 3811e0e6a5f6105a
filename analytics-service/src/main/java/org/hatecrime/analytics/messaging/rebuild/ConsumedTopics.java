package org.hatecrime.analytics.messaging.rebuild;

import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.hatecrime.kit.kafka.KafkaClientSettings;

/**
 * The topics this service's Kafka channels read, and the settings its Kafka clients share, both
 * from configuration: a channel added later is rebuilt too, with nothing to change here.
 */
final class ConsumedTopics {

    private static final Pattern INCOMING_CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final String KAFKA_CONNECTOR = "smallrye-kafka";

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

    /**
     * The consumer settings every channel shares ({@code kafka.*} or {@code KAFKA_*}: servers,
     * security), for a reader of the rebuild's own: it reads as analytics-service, with its ACLs.
     */
    static Properties sharedConsumerSettings(Config config) {
        return KafkaClientSettings.from(config).consumer();
    }
}
