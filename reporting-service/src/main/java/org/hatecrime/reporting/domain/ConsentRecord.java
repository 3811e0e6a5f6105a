package org.hatecrime.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One grant or withdrawal of consent: for what, how it was given, who recorded it and when. */
@Entity
@Table(name = "consent_record")
public class ConsentRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentPurpose purpose;

    @Column(nullable = false)
    public boolean granted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsentMethod method;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** Records a consent decision on the report and in its history. */
    public static ConsentRecord record(Report report, ConsentPurpose purpose, boolean granted, ConsentMethod method,
            String recordedBy, OffsetDateTime at) {
        report.consents.set(purpose, granted);
        ConsentRecord record = of(report.id, purpose, granted, method, recordedBy, at);
        record.persist();
        return record;
    }

    /** A decision, not yet stored. */
    static ConsentRecord of(UUID reportId, ConsentPurpose purpose, boolean granted, ConsentMethod method, String recordedBy,
            OffsetDateTime at) {
        ConsentRecord record = new ConsentRecord();
        record.reportId = reportId;
        record.purpose = purpose;
        record.granted = granted;
        record.method = method;
        record.recordedBy = recordedBy;
        record.recordedAt = at;
        return record;
    }

    public static List<ConsentRecord> historyOf(UUID reportId) {
        return list("reportId = ?1 order by id", reportId);
    }
}
