package org.hatecrime.analytics.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A report as analytics sees it: what, where, when and through whom, never who. */
@Entity
@Table(name = "report_fact")
public class ReportFact extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String district;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] strands;

    @Column(name = "statistics_consent", nullable = false)
    public boolean statisticsConsent;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** Set when intake linked this report as a duplicate; duplicates are left out of every count. */
    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "reporter_role")
    public String reporterRole;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "incident_types", nullable = false)
    public String[] incidentTypes = new String[0];

    @Column(name = "recorded_as")
    public String recordedAs;

    /** The victim had reported before, as intake's pseudonymous victim key showed. */
    @Column(name = "repeat_victim", nullable = false)
    public boolean repeatVictim;

    /** Set when the report was withdrawn; withdrawn reports are left out of every count. */
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    /** Set when the person the report is about was erased; such reports are left out of every count. */
    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    /**
     * The person the report is about was erased: the report stops counting, and whether they had
     * reported before, which ties this report to their others, is forgotten. The first erasure stands.
     */
    void subjectErased(OffsetDateTime at) {
        if (erasedAt == null) {
            erasedAt = at;
        }
        repeatVictim = false;
    }
}
