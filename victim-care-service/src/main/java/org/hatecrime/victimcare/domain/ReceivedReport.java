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
 * A report that victim care heard of through {@code report.submitted.v1}, awaiting a referral.
 * Only the provider it would be referred to sees it, and only when the victim consented.
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

    @Column(name = "refer_to_support", nullable = false)
    public boolean referToSupport;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    public static List<ReceivedReport> referableTo(String provider, int page, int size) {
        return find("provider = ?1 and referToSupport = true", Sort.descending("receivedAt"), provider)
                .page(Page.of(page, size)).list();
    }

    public static Optional<ReceivedReport> findReferableTo(UUID reportId, String provider) {
        return find("reportId = ?1 and provider = ?2 and referToSupport = true", reportId, provider).firstResultOptional();
    }
}
