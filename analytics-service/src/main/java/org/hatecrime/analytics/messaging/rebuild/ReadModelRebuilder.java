package org.hatecrime.analytics.messaging.rebuild;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.kit.inbox.InboxConfig;
import org.jboss.logging.Logger;

/**
 * Runs a rebuild in the background (ADR 0023): fresh tables; every record of every consumed topic,
 * from the beginning up to where the topics ended at the start; then what came since; then, with
 * the live tables locked against writers, the last few records and the switch-over, in one
 * transaction. Anything that goes wrong before the commit leaves the live tables as they were.
 */
@ApplicationScoped
public class ReadModelRebuilder {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuilder.class);

    private final RebuildTables tables;
    private final FreshTables fresh;
    private final RebuildRecords records;
    private final ConsumerRoutes routes;
    private final Event<RebuildCaughtUpWithStart> caughtUpWithStart;
    private final AnalyticsConfig.Rebuild config;
    private final String consumer;
    private final Config settings;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "read-model-rebuild"));

    ReadModelRebuilder(RebuildTables tables, FreshTables fresh, RebuildRecords records, ConsumerRoutes routes,
            Event<RebuildCaughtUpWithStart> caughtUpWithStart, AnalyticsConfig config, InboxConfig inbox, Config settings, Clock clock) {
        this.tables = tables;
        this.fresh = fresh;
        this.records = records;
        this.routes = routes;
        this.caughtUpWithStart = caughtUpWithStart;
        this.config = config.rebuild();
        this.consumer = inbox.consumer();
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts the rebuild recorded under this id; its progress is in its record. */
    void submit(UUID id) {
        worker.submit(() -> run(id));
    }

    private void run(UUID id) {
        try (TopicReader reader = new TopicReader(ConsumedTopics.sharedConsumerSettings(settings), ConsumedTopics.of(settings),
                config.batchSize(), config.pollTimeout())) {
            Map<TopicPartition, Long> from = reader.beginnings();
            Map<TopicPartition, Long> until = reader.ends();
            QuarkusTransaction.requiringNew().run(() -> {
                tables.prepare();
                records.partitions(id, from, until);
            });
            reader.readUpTo(until, batch -> fresh.apply(id, batch));
            LOG.infof("rebuild %s: every record on the topics at the start applied; catching up", id);
            caughtUpWithStart.fire(new RebuildCaughtUpWithStart(id));
            reader.readUpTo(reader.ends(), batch -> fresh.apply(id, batch));
            switchOver(id, reader);
            LOG.infof("rebuild %s: switched over", id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuild %s failed; the live read models are as they were", id);
            failed(id, e);
        } finally {
            emptyFreshTables(id);
        }
    }

    /**
     * With the live tables locked against writers (readers go on), applies what the live consumers
     * may have applied since, checks that the fresh tables hold every event the live ones do, and
     * copies them over, all in one transaction.
     */
    private void switchOver(UUID id, TopicReader reader) {
        QuarkusTransaction.requiringNew().run(() -> records.switching(id, now()));
        QuarkusTransaction.requiringNew().timeout((int) config.switchOverTimeout().toSeconds()).run(() -> {
            tables.lockLiveTables(config.lockTimeout());
            // The live consumers wait now; nothing they applied lies beyond where the topics end now.
            reader.readUpTo(reader.ends(), batch -> fresh.apply(id, batch));
            Map<String, Long> missing = tables.appliedOnlyLive(consumer).entrySet().stream()
                    .filter(type -> routes.forType(type.getKey()).isPresent())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (!missing.isEmpty()) {
                throw new IllegalStateException("the live read models hold events the rebuild could not apply (" + missing
                        + "): their records are gone from the topics or failed again; nothing was switched");
            }
            tables.copyOverLive();
            records.finished(id, RebuildState.COMPLETED, "the live read models were replaced by the rebuilt ones: "
                    + String.join(", ", tables.tables()), now());
        });
    }

    private void failed(UUID id, RuntimeException cause) {
        try {
            QuarkusTransaction.requiringNew().run(() -> records.finished(id, RebuildState.FAILED, String.valueOf(cause.getMessage()), now()));
        } catch (RuntimeException e) {
            LOG.warnf("rebuild %s: could not record its failure (%s); it is taken as abandoned once stale", id, e.getMessage());
        }
    }

    private void emptyFreshTables(UUID id) {
        try {
            QuarkusTransaction.requiringNew().run(tables::empty);
        } catch (RuntimeException e) {
            LOG.warnf("rebuild %s: could not empty the fresh tables (%s); the next rebuild recreates them", id, e.getMessage());
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
