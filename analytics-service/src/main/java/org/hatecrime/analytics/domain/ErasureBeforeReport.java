package org.hatecrime.analytics.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * An erasure that arrived before its report's submission. Intake publishes the erasure after the
 * report's events, on the report's key, so this happens only when a replay or a re-drive delivers
 * them out of turn; the report is then recorded as erased the moment it arrives.
 */
@Entity
@Table(name = "erasure_before_report")
public class ErasureBeforeReport extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "erasure_id", nullable = false)
    public UUID erasureId;

    @Column(name = "erased_at", nullable = false)
    public OffsetDateTime erasedAt;

    /** Holds the erasure until its report arrives; an erasure already held for the report stands. */
    static void hold(ReportChanges.SubjectErased erased) {
        if (findById(erased.reportId()) == null) {
            ErasureBeforeReport held = new ErasureBeforeReport();
            held.reportId = erased.reportId();
            held.erasureId = erased.erasureId();
            held.erasedAt = erased.erasedAt();
            held.persist();
        }
    }

    /** The erasure held for the report, taken out of the hold. */
    static Optional<OffsetDateTime> release(UUID reportId) {
        Optional<ErasureBeforeReport> held = findByIdOptional(reportId);
        held.ifPresent(ErasureBeforeReport::delete);
        return held.map(erasure -> erasure.erasedAt);
    }
}
