package org.hatecrime.victimcare.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A later report of a victim who already has an open referral to the same provider: it joins that
 * referral instead of opening a second one, so the victim is not contacted twice.
 */
@Entity
@Table(name = "referral_joined_report")
public class JoinedReport {

    @Id
    @Column(name = "report_id")
    private UUID reportId;

    @Column(name = "referral_id", nullable = false, updatable = false)
    private UUID referralId;

    @Column(name = "report_reference", nullable = false, updatable = false)
    private String reportReference;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private OffsetDateTime joinedAt;

    protected JoinedReport() {
    }

    JoinedReport(UUID reportId, UUID referralId, String reportReference, OffsetDateTime joinedAt) {
        this.reportId = reportId;
        this.referralId = referralId;
        this.reportReference = reportReference;
        this.joinedAt = joinedAt;
    }

    public UUID reportId() {
        return reportId;
    }

    public UUID referralId() {
        return referralId;
    }

    public String reportReference() {
        return reportReference;
    }

    public OffsetDateTime joinedAt() {
        return joinedAt;
    }
}
