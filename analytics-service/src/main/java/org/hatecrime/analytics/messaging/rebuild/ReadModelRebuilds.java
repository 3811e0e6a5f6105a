package org.hatecrime.analytics.messaging.rebuild;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hatecrime.analytics.config.AnalyticsConfig;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.security.Caller;

/**
 * What an operator does with the read models: start a rebuild, and follow it. Platform operations,
 * like the dead letters: administrators of an operator agency only, every use audited, one rebuild
 * at a time.
 */
@ApplicationScoped
public class ReadModelRebuilds {

    private static final String OBJECT_TYPE = "read-model-rebuild";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String PURPOSE = "platform operations: rebuilding the read models";

    private final RebuildRecords records;
    private final ReadModelRebuilder rebuilder;
    private final AnalyticsConfig.Rebuild config;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock;

    ReadModelRebuilds(RebuildRecords records, ReadModelRebuilder rebuilder, AnalyticsConfig config, AuditLog audit, Caller caller,
            Clock clock) {
        this.records = records;
        this.rebuilder = rebuilder;
        this.config = config.rebuild();
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    /** Starts a rebuild in the background; 409 while another runs. */
    public RebuildProgress start() {
        String agency = operatorAgency();
        String actor = caller.actor();
        UUID id = Randomness.uuid();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        RebuildProgress started;
        try {
            started = begin(id, actor, agency, now);
        } catch (Sql.SqlFailedException e) {
            if (e.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                throw ProblemException.conflict("Another rebuild started at the same moment; only one rebuild runs at a time");
            }
            throw e;
        }
        rebuilder.submit(id);
        return started;
    }

    private RebuildProgress begin(UUID id, String actor, String agency, OffsetDateTime now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            records.abandonStale(now, config.abandonedAfter());
            records.running().ifPresent(running -> {
                throw ProblemException.conflict("Rebuild " + running + " is running; only one rebuild runs at a time");
            });
            audit.record(actor, agency, new AuditEntry("read-model-rebuild.start", OBJECT_TYPE, id.toString(), PURPOSE));
            records.start(id, actor, agency, now);
            return records.find(id).orElseThrow();
        });
    }

    /** A rebuild and its progress; 404 if unknown. */
    public RebuildProgress read(UUID id) {
        String agency = operatorAgency();
        String actor = caller.actor();
        return QuarkusTransaction.requiringNew().call(() -> {
            RebuildProgress found = records.find(id).orElseThrow(() -> ProblemException.notFound("Read-model rebuild"));
            audit.record(actor, agency, new AuditEntry("read-model-rebuild.read", OBJECT_TYPE, id.toString(), PURPOSE));
            return found;
        });
    }

    private String operatorAgency() {
        String agency = caller.agency();
        if (!config.operatorAgencies().contains(agency)) {
            throw ProblemException.forbidden("Rebuilding the read models is platform operations: only administrators of the operator agency may do it");
        }
        return agency;
    }
}
