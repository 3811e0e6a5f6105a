package org.hatecrime.kit.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hatecrime.kit.kafka.KafkaClientSettings;

/**
 * Creates the producers of the outbox relay, the dead-letter topics and the audit anchors: durable
 * ({@code acks=all}) and idempotent, so retries never duplicate or reorder. They connect and
 * authenticate with the service's shared Kafka settings, as its channels do (ADR 0026).
 */
@ApplicationScoped
public class ProducerFactory {

    private final KafkaClientSettings settings;

    ProducerFactory(KafkaClientSettings settings) {
        this.settings = settings;
    }

    public Producer<String, String> create(Duration deliveryTimeout) {
        return create(deliveryTimeout, "outbox-relay");
    }

    public Producer<String, String> create(Duration deliveryTimeout, String clientId) {
        Properties props = settings.producer();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        long timeout = deliveryTimeout.toMillis();
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeout);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (timeout / 2));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return new KafkaProducer<>(props);
    }
}
