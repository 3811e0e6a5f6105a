package org.hatecrime.analytics.messaging.rebuild;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;
import org.jboss.logging.Logger;

/**
 * Applies a rebuild's batches to the fresh tables through the kit's inbox and the live consumers'
 * routes: the same projection code and the same once-only check as live delivery, pointed at the
 * fresh tables and their own inbox. A batch is one transaction, with its progress; if it fails, its
 * events are applied one by one and those that fail again are counted, not parked (the live
 * consumer parked them already).
 */
@ApplicationScoped
public class FreshTables {

    private static final Logger LOG = Logger.getLogger(FreshTables.class);

    private final Inbox inbox;
    private final ConsumerRoutes routes;
    private final RebuildTables tables;
    private final RebuildRecords records;
    private final Clock clock;

    FreshTables(Inbox inbox, ConsumerRoutes routes, RebuildTables tables, RebuildRecords records, Clock clock) {
        this.inbox = inbox;
        this.routes = routes;
        this.tables = tables;
        this.records = records;
        this.clock = clock;
    }

    private record Due(EventEnvelope event, EventRoutes routes) {
    }

    /** Applies one polled batch and records the rebuild's progress with it. */
    void apply(UUID rebuild, TopicReader.Batch batch) {
        List<Due> due = due(batch.records());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                tables.useFreshTables();
                long applied = due.stream().filter(this::applyOnce).count();
                records.progressed(rebuild, batch.records().size(), applied, 0, batch.positions(), now());
            });
        } catch (RuntimeException e) {
            LOG.warnf("rebuild %s: a batch of %d events failed (%s); applying them one by one", rebuild, due.size(), e.getMessage());
            long applied = 0;
            long failed = 0;
            for (Due one : due) {
                try {
                    if (QuarkusTransaction.requiringNew().call(() -> {
                        tables.useFreshTables();
                        return applyOnce(one);
                    })) {
                        applied++;
                    }
                } catch (RuntimeException failure) {
                    LOG.warnf("rebuild %s: %s %s failed: %s", rebuild, one.event().type(), one.event().id(), failure.getMessage());
                    failed++;
                }
            }
            long appliedOneByOne = applied;
            long failedOneByOne = failed;
            QuarkusTransaction.requiringNew().run(() -> records.progressed(rebuild, batch.records().size(), appliedOneByOne, failedOneByOne,
                    batch.positions(), now()));
        }
    }

    private boolean applyOnce(Due due) {
        return inbox.redeliver(due.event(), due.routes());
    }

    /**
     * The batch's events that some consumer applies, admitted as live delivery admits them; records
     * that are not events, forged or misrouted events (parked by the live consumer) and types nobody
     * applies are passed over.
     */
    private List<Due> due(List<ConsumerRecord<String, String>> batch) {
        List<Due> due = new ArrayList<>();
        for (ConsumerRecord<String, String> record : batch) {
            try {
                Optional<EventRoutes> handler = routes.forType(Inbox.parse(record.value()).type());
                if (handler.isPresent()) {
                    Inbox.admit(record, handler.get()).ifPresent(event -> due.add(new Due(event, handler.get())));
                }
            } catch (Inbox.PoisonEventException refused) {
                LOG.debugf("%s-%d@%d passed over: %s", record.topic(), record.partition(), record.offset(), refused.getMessage());
            }
        }
        return due;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
