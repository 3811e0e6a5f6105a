package org.hatecrime.reporting.domain.subjectaccess;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hatecrime.kit.db.Rows;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.protection.SealedData;
import org.hatecrime.kit.protection.SubjectKeys;
import org.hatecrime.kit.subjectaccess.SubjectAccessQuery;
import org.jboss.logging.Logger;

/**
 * Gathers subject access exports in the background. Each run takes the parts due (locked, skipping
 * those another instance holds, and holding them for a while), gathers each (a report here in one
 * transaction; another service's holdings over its internal endpoint, outside any transaction) and
 * stores it sealed under the request's key in a transaction of its own; the request is complete
 * when its last part is in. A service that cannot answer leaves its part due again later, waiting
 * longer after each failure, until the attempts run out and the request fails. Everything is in the
 * database, so a restart loses nothing: a part held by a run that died is due again once its hold
 * ends. The same run ends the exports kept past their time.
 */
@ApplicationScoped
public class SubjectAccessWork {

    private static final Logger LOG = Logger.getLogger(SubjectAccessWork.class);

    private record Claimed(UUID requestId, int seq, String service, UUID itemId) {
    }

    private record Request(String agency, String requestedBy, UUID subject, byte[] sealedRequest) {
    }

    private final Sql sql;
    private final ReportHoldings reports;
    private final HeldElsewhere elsewhere;
    private final SubjectKeys keys;
    private final SealedData sealed;
    private final SubjectAccessExports exports;
    private final SubjectAccessConfig config;
    private final Clock clock;

    SubjectAccessWork(Sql sql, ReportHoldings reports, HeldElsewhere elsewhere, SubjectKeys keys, SealedData sealed,
            SubjectAccessExports exports, SubjectAccessConfig config, Clock clock) {
        this.sql = sql;
        this.reports = reports;
        this.elsewhere = elsewhere;
        this.keys = keys;
        this.sealed = sealed;
        this.exports = exports;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "subject-access-work", every = "${hatecrime.subject-access.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        Instant now = clock.instant();
        workDueAt(now);
        exports.expireDueAt(now.atOffset(ZoneOffset.UTC));
    }

    /** Gathers every part due by {@code now} (one batch); answers how many were taken. */
    public int workDueAt(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        List<Claimed> taken = QuarkusTransaction.requiringNew().call(() -> take(at));
        for (Claimed part : taken) {
            gather(part, at);
        }
        return taken.size();
    }

    private List<Claimed> take(OffsetDateTime now) {
        List<Claimed> due = sql.list("""
                select p.request_id, p.seq, p.service, p.item_id from subject_access_part p
                  join subject_access_request r on r.id = p.request_id
                 where p.status = 'PENDING' and r.status = 'IN_PROGRESS' and p.next_attempt_at <= ?
                   and (p.claimed_until is null or p.claimed_until <= ?)
                 order by p.next_attempt_at, p.request_id, p.seq limit ? for update of p skip locked""",
                row -> new Claimed(row.getObject(1, UUID.class), row.getInt(2), row.getString(3), row.getObject(4, UUID.class)),
                now, now, config.batchSize());
        for (Claimed part : due) {
            sql.update("update subject_access_part set claimed_until = ? where request_id = ? and seq = ?", now.plus(config.claimFor()),
                    part.requestId(), part.seq());
        }
        return due;
    }

    private void gather(Claimed part, OffsetDateTime now) {
        try {
            switch (part.service()) {
                case SubjectAccessRequests.REPORTING -> QuarkusTransaction.requiringNew().run(() -> request(part.requestId()).ifPresent(
                        request -> store(part, reports.of(part.itemId(), part.requestId(), request.requestedBy(), request.agency()), now)));
                case SubjectAccessRequests.ANALYTICS -> QuarkusTransaction.requiringNew().run(() -> store(part, analytics(), now));
                default -> {
                    Optional<SubjectAccessQuery> query = QuarkusTransaction.requiringNew().call(() -> query(part.requestId()));
                    if (query.isPresent()) {
                        Map<String, Object> held = elsewhere.holdingsOf(part.service(), query.get());
                        QuarkusTransaction.requiringNew().run(() -> store(part, held, now));
                    }
                }
            }
        } catch (HeldElsewhere.Unavailable e) {
            failed(part, e.getMessage(), now);
        } catch (RuntimeException e) {
            // the message could quote personal data: the type only
            failed(part, "not gathered (" + e.getClass().getSimpleName() + ")", now);
        }
    }

    private Optional<SubjectAccessQuery> query(UUID requestId) {
        return request(requestId).flatMap(request -> sealed.open(request.subject(), Scope.recordId(requestId), request.sealedRequest(),
                Scope.class).map(scope -> new SubjectAccessQuery(requestId, request.requestedBy(), scope.reportIds(), scope.victimKeys())));
    }

    /** The request while it is still being gathered, locked so its parts are stored and it completes one at a time. */
    private Optional<Request> request(UUID requestId) {
        return sql.first("""
                select agency, requested_by, subject_id, sealed_request from subject_access_request
                 where id = ? and status = 'IN_PROGRESS' for update""",
                row -> new Request(row.getString(1), row.getString(2), row.getObject(3, UUID.class), row.getBytes(4)), requestId);
    }

    private void store(Claimed part, Map<String, Object> content, OffsetDateTime now) {
        Optional<SubjectKeys.Subject> key = request(part.requestId()).flatMap(request -> keys.find(request.subject()));
        if (key.isEmpty()) {
            return; // erased or ended meanwhile: nothing is kept for it
        }
        sql.update("""
                update subject_access_part set status = 'DONE', sealed_content = ?, done_at = ?, claimed_until = null, last_error = null,
                       attempts = attempts + 1
                 where request_id = ? and seq = ? and status = 'PENDING'""",
                sealed.seal(key.get(), Scope.partRecordId(part.requestId(), part.seq()), content), now, part.requestId(), part.seq());
        int completed = sql.update("""
                update subject_access_request set status = 'COMPLETE', completed_at = ?, expires_at = ?
                 where id = ? and status = 'IN_PROGRESS'
                   and not exists (select 1 from subject_access_part where request_id = ? and status <> 'DONE')""",
                now, now.plus(config.keepExportFor()), part.requestId(), part.requestId());
        if (completed == 1) {
            LOG.infof("subject access request %s complete", part.requestId());
        }
    }

    private void failed(Claimed part, String error, OffsetDateTime now) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (request(part.requestId()).isEmpty()) {
                return;
            }
            int attempts = sql.first("select attempts from subject_access_part where request_id = ? and seq = ?", row -> row.getInt(1),
                    part.requestId(), part.seq()).orElse(0) + 1;
            if (attempts >= config.maxAttempts()) {
                sql.update("""
                        update subject_access_part set status = 'FAILED', attempts = ?, last_error = ?, claimed_until = null
                         where request_id = ? and seq = ?""", attempts, error, part.requestId(), part.seq());
                sql.update("update subject_access_request set status = 'FAILED', completed_at = ?, expires_at = ? where id = ?", now,
                        now.plus(config.keepExportFor()), part.requestId());
            } else {
                sql.update("""
                        update subject_access_part set attempts = ?, last_error = ?, claimed_until = null, next_attempt_at = ?
                         where request_id = ? and seq = ?""", attempts, error, now.plus(waitAfter(attempts)), part.requestId(),
                        part.seq());
            }
        });
        LOG.infof("subject access request %s: part %d (%s) not gathered: %s", part.requestId(), part.seq(), part.service(), error);
    }

    /** The wait after the given number of failed attempts: the first wait, doubled each time, at most the longest. */
    Duration waitAfter(int failures) {
        Duration wait = config.firstRetryAfter();
        for (int i = 1; i < failures && wait.compareTo(config.maxRetryAfter()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : wait;
    }

    private static Map<String, Object> analytics() {
        return Rows.of("service", SubjectAccessRequests.ANALYTICS,
                "description", "Analytics: the partnership's figures and published statistics",
                "note", "Analytics holds no personal data about anyone: only counts, by strand, district, month and channel, of "
                        + "reports whose victims consented to statistics, and never a name, contact detail, free text or victim key. "
                        + "Nothing about this person is held there.");
    }
}
