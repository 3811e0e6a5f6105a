package org.hatecrime.victimcare.domain.victimscode;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.db.Sql;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.protection.Randomness;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.victimcare.domain.referral.Referral;
import org.hatecrime.victimcare.domain.referral.Referrals;

/**
 * A victim service's staff keeping the Code: their clocks due and overdue, the clocks and evidence
 * of one referral, and evidence recorded per right. Only the agency that works a referral sees it;
 * anything else answers as if it did not exist. Every look and record is audited.
 */
@ApplicationScoped
public class VictimsCodeWork {

    static final String OBJECT_TYPE = "referral";

    private final Referrals referrals;
    private final ReferralClocks clocks;
    private final Sql sql;
    private final Caller caller;
    private final AuditLog audit;
    private final Clock clock;

    VictimsCodeWork(Referrals referrals, ReferralClocks clocks, Sql sql, Caller caller, AuditLog audit, Clock clock) {
        this.referrals = referrals;
        this.clocks = clocks;
        this.sql = sql;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    /** One clock of one referral in an agency's list. */
    public record QueueItem(UUID referralId, VictimsCodeClock clock, boolean enhancedRights, int targetWorkingDays,
            LocalDate lastWorkingDay, OffsetDateTime dueAt, OffsetDateTime metAt, OffsetDateTime stoppedAt, ClockState state) {

        public VictimsCodeRight right() {
            return clock.right();
        }
    }

    /** The clocks and evidence of one referral, read at {@code readAt}. */
    public record ReferralRecord(Referral referral, List<ClockReading> clocks, List<Evidence> evidence, Instant readAt) {
    }

    /** Evidence that a right was met, as a code. */
    public record Evidence(UUID id, UUID referralId, EvidenceCode code, OffsetDateTime recordedAt, String recordedBy) {

        public VictimsCodeRight right() {
            return code.right();
        }
    }

    /**
     * The caller's clocks in {@code state}, or all running ones (due and overdue) without one: the
     * soonest due first, or for settled clocks the latest first.
     */
    @Transactional
    public List<QueueItem> queue(ClockState state, int page, int size) {
        String agency = caller.agency();
        audit.record(caller.actor(), agency, new AuditEntry("victims-code.list", OBJECT_TYPE, "agency:" + agency,
                "Victims' Code clocks " + (state == null ? "due and overdue" : state)));
        return list(agency, state, clock.instant(), page, size);
    }

    /** The query behind {@link #queue}, also measured by the benchmark. */
    public List<QueueItem> list(String agency, ClockState state, Instant now, int page, int size) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        String select = """
                select referral_id, clock, enhanced_rights, target_working_days, last_working_day, due_at, met_at, stopped_at, stage
                from victims_code_clock where agency = ?""";
        String paging = " limit ? offset ?";
        List<QueueItem> items;
        if (state == null) {
            items = sql.list(select + " and stage = 'RUNNING' order by due_at, referral_id, clock" + paging, row -> item(row, now),
                    agency, size, (long) page * size);
        } else if (state == ClockState.DUE) {
            items = sql.list(select + " and stage = 'RUNNING' and due_at > ? order by due_at, referral_id, clock" + paging,
                    row -> item(row, now), agency, at, size, (long) page * size);
        } else if (state == ClockState.OVERDUE) {
            items = sql.list(select + " and stage = 'RUNNING' and due_at <= ? order by due_at, referral_id, clock" + paging,
                    row -> item(row, now), agency, at, size, (long) page * size);
        } else {
            items = sql.list(select + " and stage = ? order by due_at desc, referral_id, clock" + paging, row -> item(row, now),
                    agency, state.name(), size, (long) page * size);
        }
        return items;
    }

    @Transactional
    public ReferralRecord ofReferral(UUID referralId) {
        Referral referral = visible(referralId);
        record("victims-code.read", referral, "Victims' Code clocks and evidence");
        return new ReferralRecord(referral, clocks.read(referral), evidenceOf(referralId), clock.instant());
    }

    /** Records that a right was met for the referral's victim; the code must be one of that right's. */
    @Transactional
    public Evidence recordEvidence(UUID referralId, int rightNumber, String code, OffsetDateTime recordedAt) {
        Referral referral = visible(referralId);
        VictimsCodeRight right = VictimsCodeRight.numbered(rightNumber).orElseThrow(() -> new DomainException.InvalidValue("right",
                "the service records evidence for rights " + VictimsCodeRight.numbers()));
        EvidenceCode evidence = EvidenceCode.named(code).filter(c -> c.right() == right).orElseThrow(() -> new DomainException.InvalidValue(
                "evidenceCode", "right " + right.number() + " takes one of " + EvidenceCode.of(right)));
        if (recordedAt.toInstant().isAfter(clock.instant())) {
            throw new DomainException.InvalidValue("recordedAt", "must not be in the future");
        }
        record("victims-code.evidence", referral, "evidence of right " + right.number() + ": " + evidence);
        Evidence recorded = new Evidence(Randomness.uuid(), referralId, evidence, recordedAt, caller.actor());
        sql.update("""
                insert into victims_code_evidence (id, referral_id, agency, right_number, evidence_code, recorded_at, recorded_by, entered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""",
                recorded.id(), referralId, referral.agency(), right.number(), evidence.name(), recordedAt, recorded.recordedBy(),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        return recorded;
    }

    private List<Evidence> evidenceOf(UUID referralId) {
        return sql.list("""
                select id, referral_id, evidence_code, recorded_at, recorded_by from victims_code_evidence
                where referral_id = ? order by recorded_at, entered_at, id""",
                row -> new Evidence(row.getObject("id", UUID.class), row.getObject("referral_id", UUID.class),
                        EvidenceCode.valueOf(row.getString("evidence_code")), row.getObject("recorded_at", OffsetDateTime.class),
                        row.getString("recorded_by")), referralId);
    }

    private Referral visible(UUID referralId) {
        return referrals.findByIdOptional(referralId).filter(r -> r.isWorkedBy(caller.agency()))
                .orElseThrow(() -> new DomainException.NotFound("referral"));
    }

    private void record(String action, Referral referral, String purpose) {
        audit.record(caller.actor(), caller.agency(), new AuditEntry(action, OBJECT_TYPE, referral.id().toString(), purpose));
    }

    private static QueueItem item(ResultSet row, Instant now) throws SQLException {
        OffsetDateTime dueAt = row.getObject("due_at", OffsetDateTime.class);
        ClockReading.Stage stage = ClockReading.Stage.valueOf(row.getString("stage"));
        return new QueueItem(row.getObject("referral_id", UUID.class), VictimsCodeClock.valueOf(row.getString("clock")),
                row.getBoolean("enhanced_rights"), row.getInt("target_working_days"), row.getObject("last_working_day", LocalDate.class),
                dueAt, row.getObject("met_at", OffsetDateTime.class), row.getObject("stopped_at", OffsetDateTime.class),
                ClockState.of(stage, dueAt.toInstant(), now));
    }
}
