package org.hatecrime.reporting.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.ConsentPurpose;

/**
 * One grant or withdrawal of consent: for what, how it was given, who recorded it and when. Part
 * of its {@link Report}, which alone adds to the history; a record never changes once written.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    // ids come in blocks from the sequence, so a new report's consent rows go in one batched insert
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_record_ids")
    @SequenceGenerator(name = "consent_record_ids", sequenceName = "consent_record_id_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentPurpose purpose;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ConsentMethod method;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected ConsentRecord() {
    }

    ConsentRecord(ConsentPurpose purpose, boolean granted, ConsentMethod method, String recordedBy, OffsetDateTime recordedAt) {
        this.purpose = purpose;
        this.granted = granted;
        this.method = method;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public ConsentMethod method() {
        return method;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
