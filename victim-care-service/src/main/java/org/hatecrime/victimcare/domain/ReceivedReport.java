package org.hatecrime.victimcare.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A report whose victim intake referred to a victim service ({@code report.referral-requested.v1}).
 * Only that service sees it; contact details are fetched from intake when the referral is worked.
 */
@Entity
@Table(name = "received_report")
public class ReceivedReport extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public String provider;

    @Column(nullable = false)
    public String district;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] strands;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** When the victim withdrew the report, if they did. */
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** When the victim withdrew their consent to be referred for support, while it stays withdrawn. */
    @Column(name = "support_consent_withdrawn_at")
    public OffsetDateTime supportConsentWithdrawnAt;

    /** Whether the service may contact the victim: not after they withdrew the report or their consent. */
    public boolean contactAllowed() {
        return withdrawnAt == null && supportConsentWithdrawnAt == null;
    }

    public static List<ReceivedReport> referredTo(String provider, ReceivedReportStatus status, int page, int size) {
        String which = switch (status) {
            case ACTIVE -> "provider = ?1 and withdrawnAt is null";
            case WITHDRAWN -> "provider = ?1 and withdrawnAt is not null";
            case ALL -> "provider = ?1";
        };
        return find(which, Sort.descending("receivedAt").and("reportId"), provider)
                .page(Page.of(page, size)).list();
    }

    public static Optional<ReceivedReport> findReferredTo(UUID reportId, String provider) {
        return find("reportId = ?1 and provider = ?2", reportId, provider).firstResultOptional();
    }
}
