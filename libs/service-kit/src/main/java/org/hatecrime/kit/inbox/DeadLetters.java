package org.hatecrime.kit.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.events.Topics;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.outbox.ProducerFactory;
import org.hatecrime.kit.protection.Randomness;
import org.jboss.logging.Logger;

/**
 * Parks a record the consumer cannot process: in the {@code dead_letter} table, where operators
 * list and re-drive it (ADR 0016), and on its group's dead-letter topic, with the same key and
 * value, where it came from and why. Both are done before the consumer moves on, so the record's
 * offset is only committed once it is safely parked. A record read again (a replay, or a restart
 * before the commit) keeps its one row.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String EXCEPTION_CLASS = "dead-letter-exception-class-name";
    public static final String CAUSE = "dead-letter-cause";
    public static final String CAUSE_CLASS = "dead-letter-cause-class-name";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** Reasons longer than this are cut: the exception's message is enough to find the cause. */
    private static final int MAX_REASON = 2000;

    private final ProducerFactory producers;
    private final InboxConfig config;
    private final Sql sql;
    private final Clock clock;
    private final DatabaseOutages outages;
    private volatile Producer<String, String> producer;

    DeadLetters(ProducerFactory producers, InboxConfig config, Sql sql, Clock clock, DatabaseOutages outages) {
        this.producers = producers;
        this.config = config;
        this.sql = sql;
        this.clock = clock;
        this.outages = outages;
    }

    /**
     * Parks the record; fails (and the consumer stops without committing) if neither waiting for the
     * database nor the broker takes it.
     *
     * @param event the event the record holds, or null for a record that is not one
     * @param attempts how often its effect was tried (0 for a record that is not an event)
     */
    public void park(ConsumerRecord<String, String> record, EventEnvelope event, int attempts, Throwable reason) {
        outages.ride("parking " + record.topic() + "-" + record.partition() + "@" + record.offset(),
                () -> QuarkusTransaction.requiringNew().run(() -> remember(record, event, attempts, reason)));
        String topic = Topics.deadLetter(config.consumer());
        ProducerRecord<String, String> parked = new ProducerRecord<>(topic, record.key(), record.value());
        Headers headers = parked.headers();
        record.headers().forEach(header -> headers.add(header.key(), header.value()));
        headers.add(REASON, bytes(String.valueOf(reason.getMessage())));
        headers.add(EXCEPTION_CLASS, bytes(reason.getClass().getName()));
        if (reason.getCause() != null) {
            headers.add(CAUSE, bytes(String.valueOf(reason.getCause().getMessage())));
            headers.add(CAUSE_CLASS, bytes(reason.getCause().getClass().getName()));
        }
        headers.add(TOPIC, bytes(record.topic()));
        headers.add(PARTITION, bytes(Integer.toString(record.partition())));
        headers.add(OFFSET, bytes(Long.toString(record.offset())));
        try {
            producer().send(parked).get(config.deadLetterTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not park a record on " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a record on " + topic, e);
        }
        LOG.warnf("parked %s-%d@%d on %s: %s", record.topic(), record.partition(), record.offset(), topic, reason.getMessage());
    }

    private void remember(ConsumerRecord<String, String> record, EventEnvelope event, int attempts, Throwable reason) {
        String why = String.valueOf(reason.getMessage());
        sql.update("""
                insert into dead_letter (id, consumer, topic, partition, record_offset, record_key, record_value, event_id, event_type,
                                         reason, attempts, parked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (consumer, topic, partition, record_offset) do nothing""",
                Randomness.uuid(), config.consumer(), record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                event == null ? null : event.id().toString(), event == null ? null : event.type(),
                why.length() > MAX_REASON ? why.substring(0, MAX_REASON) : why, attempts,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = producers.create(config.deadLetterTimeout(), "dead-letters");
                }
                current = producer;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
