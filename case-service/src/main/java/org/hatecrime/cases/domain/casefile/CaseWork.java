package org.hatecrime.cases.domain.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hatecrime.cases.config.CasesConfig;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;

/**
 * The police and the CPS working their cases: each use case loads the case through
 * {@link CaseAccess} (scoped and audited), lets the case decide, and hands the events it returns to
 * the outbox in the same transaction. A push with an {@code Idempotency-Key} is applied once: a
 * repeat with the same body answers with the case, the same key with another body is refused.
 */
@ApplicationScoped
public class CaseWork {

    private final Cases cases;
    private final CaseAccess access;
    private final CaseEventPublisher events;
    private final CaseClocks clocks;
    private final CaseLinks links;
    private final VictimSupports supports;
    private final CasesConfig config;
    private final Sql sql;
    private final Clock clock;

    CaseWork(Cases cases, CaseAccess access, CaseEventPublisher events, CaseClocks clocks, CaseLinks links, VictimSupports supports,
            CasesConfig config, Sql sql, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.events = events;
        this.clocks = clocks;
        this.links = links;
        this.supports = supports;
        this.config = config;
        this.sql = sql;
        this.clock = clock;
    }

    /** A push from a force's records system or a person: the key (may be null) and a fingerprint of the request. */
    public record Push(String idempotencyKey, String fingerprint, Long expectedVersion) {
    }

    /** A case and the cases linked to it. */
    public record LinkedCase(Case theCase, List<CaseLinks.Link> links) {
    }

    @Transactional
    public List<Case> queue(CaseStage stage, int page, int size) {
        Party party = access.party();
        access.record("case.list", "agency:" + access.agency(), "working cases");
        return cases.workedBy(party, access.agency(), stage, page, size);
    }

    @Transactional
    public LinkedCase read(UUID id) {
        Case c = access.forReading(id, "case.read", "working the case");
        return new LinkedCase(c, links.of(id));
    }

    @Transactional
    public LinkedCase changeStage(UUID id, Push push, StageChange change) {
        return pushed(id, push, "case.stage-change", "case " + change.to(), c -> {
            Set<String> outcomeCodes = config.outcomeCodes().keySet();
            boolean enhanced = supports.enhancedRights(c.reportId());
            c.changeStage(change, access.party(), access.actor(), now(), clocks, clocks, enhanced, outcomeCodes).forEach(events::publish);
            cases.saved(c);
            if (change.to() == CaseStage.SUSPECT_IDENTIFIED) {
                links.linkRepeats(c, now());
            }
        });
    }

    @Transactional
    public LinkedCase recordHostilityEvidence(UUID id, Push push, List<String> evidence) {
        return pushed(id, push, "case.hostility-evidence", "hostility evidence", c -> {
            requirePolice();
            c.recordHostilityEvidence(evidence);
        });
    }

    @Transactional
    public LinkedCase assignOfficer(UUID id, Push push, String officerId) {
        return pushed(id, push, "case.officer", "dedicated hate crime officer", c -> {
            requirePolice();
            c.assignOfficer(officerId);
        });
    }

    @Transactional
    public LinkedCase flagAsHateCrime(UUID id, Push push, boolean flagged, String reasonCode) {
        return pushed(id, push, "case.hate-crime-flag", "hate-crime flag", c -> c.flagAsHateCrime(flagged, reasonCode, access.party()));
    }

    @Transactional
    public LinkedCase tellVictim(UUID id, Push push, UUID updateId, String method, OffsetDateTime toldAt) {
        return pushed(id, push, "case.victim-update", "victim told of a key event", c -> {
            if (toldAt.isAfter(now())) {
                throw new DomainException.InvalidValue("toldAt", "must not be in the future");
            }
            c.tellVictim(updateId, method, access.actor(), toldAt);
        });
    }

    @Transactional
    public LinkedCase requestReview(UUID id, Push push) {
        return pushed(id, push, "case.review-request", "victim's right to review", c -> events.publish(c.requestReview(now())));
    }

    @Transactional
    public LinkedCase recordReviewOutcome(UUID id, Push push, ReviewOutcome outcome) {
        return pushed(id, push, "case.review-outcome", "victim's right to review", c -> c.recordReviewOutcome(outcome, access.party()));
    }

    private void requirePolice() {
        if (access.party() != Party.POLICE) {
            throw new DomainException.NotPermitted("Only the force records this");
        }
    }

    private interface Change {
        void apply(Case c);
    }

    private LinkedCase pushed(UUID id, Push push, String action, String purpose, Change change) {
        if (push.idempotencyKey() != null) {
            int claimed = sql.update("insert into case_push (agency, key, request_hash, case_id) values (?, ?, ?, ?) on conflict do nothing",
                    access.agency(), push.idempotencyKey(), push.fingerprint(), id);
            if (claimed == 0) {
                return replay(push);
            }
        }
        Case c = access.forChange(id, action, purpose);
        if (push.expectedVersion() != null && push.expectedVersion() != c.version()) {
            throw new DomainException.StaleVersion("The case changed since you read it; read it again");
        }
        change.apply(c);
        cases.saved(c);
        return new LinkedCase(c, links.of(id));
    }

    private LinkedCase replay(Push push) {
        record Claim(String fingerprint, UUID caseId) {
        }
        Claim claim = sql.first("select request_hash, case_id from case_push where agency = ? and key = ?",
                row -> new Claim(row.getString(1), row.getObject(2, UUID.class)), access.agency(), push.idempotencyKey()).orElseThrow();
        if (!claim.fingerprint().equals(push.fingerprint())) {
            throw new DomainException.RuleBroken("This Idempotency-Key was already used with a different request");
        }
        return read(claim.caseId());
    }

    private OffsetDateTime now() {
        // the database keeps microseconds: an answer built now reads the same as one read back later
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

}
