package org.hatecrime.cases.domain;

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
 * A report intake shared with a police force ({@code report.shared-with-police.v1}), before a case
 * is opened. Only that force sees it.
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
    public String force;

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

    /** When the victim withdrew their consent to share the report with the police, while it stays withdrawn. */
    @Column(name = "sharing_consent_withdrawn_at")
    public OffsetDateTime sharingConsentWithdrawnAt;

    /** When the person the report is about was erased at intake, if they were: the first erasure that reached it. */
    @Column(name = "victim_erased_at")
    public OffsetDateTime victimErasedAt;

    /** The force's crime reference, once it acknowledged the report. */
    @Column(name = "crime_reference")
    public String crimeReference;

    public static List<ReceivedReport> sharedWith(String force, ReceivedReportStatus status, int page, int size) {
        String which = switch (status) {
            case ACTIVE -> "force = ?1 and withdrawnAt is null";
            case WITHDRAWN -> "force = ?1 and withdrawnAt is not null";
            case ALL -> "force = ?1";
        };
        return find(which, Sort.descending("receivedAt").and("reportId"), force)
                .page(Page.of(page, size)).list();
    }

    public static Optional<ReceivedReport> findSharedWith(UUID reportId, String force) {
        return find("reportId = ?1 and force = ?2", reportId, force).firstResultOptional();
    }
}
