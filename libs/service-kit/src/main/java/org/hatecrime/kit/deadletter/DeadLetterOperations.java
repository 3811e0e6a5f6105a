package org.hatecrime.kit.deadletter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventEnvelope;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.DatabaseAvailability;
import org.hatecrime.kit.inbox.EventRoutes;
import org.hatecrime.kit.inbox.Inbox;
import org.hatecrime.kit.inbox.InboxConfig;
import org.hatecrime.kit.inbox.InboxConsumer;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.security.Caller;
import org.jboss.logging.Logger;

/**
 * What an operator does with this service's dead letters: list them and re-drive them once the
 * cause is fixed. A re-drive goes through the same {@link Inbox} as the first delivery, in one
 * transaction with its record, so an event is applied at most once however often it is re-driven
 * or read again. Only administrators of an operator agency may do this, and every use is audited.
 */
@ApplicationScoped
public class DeadLetterOperations {

    private static final Logger LOG = Logger.getLogger(DeadLetterOperations.class);
    private static final String OBJECT_TYPE = "dead-letter";
    private static final String PURPOSE = "platform operations: dead letters";

    private final DeadLetterRecords records;
    private final Inbox inbox;
    private final InboxConfig inboxConfig;
    private final Instance<InboxConsumer> consumers;
    private final DeadLetterConfig config;
    private final AuditLog audit;
    private final Caller caller;
    private final DatabaseAvailability database;
    private final Clock clock;

    DeadLetterOperations(DeadLetterRecords records, Inbox inbox, InboxConfig inboxConfig, Instance<InboxConsumer> consumers,
            DeadLetterConfig config, AuditLog audit, Caller caller, DatabaseAvailability database, Clock clock) {
        this.records = records;
        this.inbox = inbox;
        this.inboxConfig = inboxConfig;
        this.consumers = consumers;
        this.config = config;
        this.audit = audit;
        this.caller = caller;
        this.database = database;
        this.clock = clock;
    }

    public List<DeadLetter> list(Boolean redriven, int page, int size) {
        String agency = operatorAgency();
        return QuarkusTransaction.requiringNew().call(() -> {
            audit.record(caller.actor(), agency, new AuditEntry("dead-letter.list", OBJECT_TYPE, consumer(), PURPOSE));
            return records.page(consumer(), redriven, page, size);
        });
    }

    public DeadLetter read(UUID id) {
        String agency = operatorAgency();
        return QuarkusTransaction.requiringNew().call(() -> {
            DeadLetter found = records.find(consumer(), id).orElseThrow(() -> ProblemException.notFound("Dead letter"));
            audit.record(caller.actor(), agency, new AuditEntry("dead-letter.read", OBJECT_TYPE, id.toString(), PURPOSE));
            return found;
        });
    }

    /**
     * Applies one dead letter's event now, through the inbox. 404 if unknown; 409 if a re-drive
     * already settled it, or if it is not an event (nothing could ever apply it).
     */
    public Redrive redrive(UUID id) {
        String agency = operatorAgency();
        String actor = caller.actor();
        return redrive(id, actor, agency);
    }

    /** Re-drives the events still parked, oldest first, at most the configured number per call. */
    public RedriveAll redriveAll() {
        String agency = operatorAgency();
        String actor = caller.actor();
        List<UUID> open = QuarkusTransaction.requiringNew().call(() -> records.open(consumer(), config.redriveAllLimit()));
        List<Redrive> done = new ArrayList<>();
        for (UUID id : open) {
            try {
                done.add(redrive(id, actor, agency));
            } catch (ProblemException settledMeanwhile) {
                LOG.debugf("dead letter %s was settled by someone else meanwhile: %s", id, settledMeanwhile.getMessage());
            }
        }
        long stillParked = QuarkusTransaction.requiringNew().call(() -> records.countOpen(consumer()));
        return new RedriveAll(count(done, RedriveOutcome.APPLIED), count(done, RedriveOutcome.ALREADY_APPLIED),
                count(done, RedriveOutcome.FAILED), stillParked, done);
    }

    private Redrive redrive(UUID id, String actor, String agency) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String[] eventId = {null};
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                DeadLetterRecords.Parked parked = records.lock(consumer(), id).orElseThrow(() -> ProblemException.notFound("Dead letter"));
                audit.record(actor, agency, new AuditEntry("dead-letter.redrive", OBJECT_TYPE, id.toString(), PURPOSE));
                if (parked.settled()) {
                    throw ProblemException.conflict("Dead letter " + id + " was already re-driven; re-driving it again would change nothing");
                }
                if (parked.eventId() == null) {
                    throw ProblemException.conflict("Dead letter " + id + " is not an event and can never be applied; "
                            + "the producing service must publish it again");
                }
                EventEnvelope event = Inbox.parse(parked.value());
                eventId[0] = event.id().toString();
                boolean applied = inbox.redeliver(event, routesFor(event.type()));
                Redrive redrive = new Redrive(id, eventId[0], applied ? RedriveOutcome.APPLIED : RedriveOutcome.ALREADY_APPLIED,
                        applied ? "applied once" : "already applied by " + consumer() + "; nothing changed", actor, now);
                records.record(redrive, agency);
                return redrive;
            });
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            if (database.isAway(e)) {
                throw e;
            }
            LOG.warnf(e, "re-driving dead letter %s failed", id);
            Redrive failed = new Redrive(id, eventId[0], RedriveOutcome.FAILED, String.valueOf(e.getMessage()), actor, now);
            QuarkusTransaction.requiringNew().run(() -> {
                audit.record(actor, agency, new AuditEntry("dead-letter.redrive-failed", OBJECT_TYPE, id.toString(), PURPOSE));
                records.record(failed, agency);
            });
            return failed;
        }
    }

    private EventRoutes routesFor(String type) {
        for (InboxConsumer consumer : consumers) {
            EventRoutes routes = consumer.routes();
            if (routes.handles(type)) {
                return routes;
            }
        }
        throw ProblemException.conflict("No consumer of this service applies " + type + " any more; there is nothing to re-drive it to");
    }

    /** Dead letters are platform operations: the operator agency's administrators only. */
    private String operatorAgency() {
        String agency = caller.agency();
        if (!config.operatorAgencies().contains(agency)) {
            throw ProblemException.forbidden("Dead letters are platform operations: only administrators of the operator agency may see or re-drive them");
        }
        return agency;
    }

    private String consumer() {
        return inboxConfig.consumer();
    }

    private static int count(List<Redrive> redrives, RedriveOutcome outcome) {
        return (int) redrives.stream().filter(r -> r.outcome() == outcome).count();
    }
}
