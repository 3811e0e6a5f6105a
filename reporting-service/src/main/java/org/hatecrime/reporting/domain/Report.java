package org.hatecrime.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hatecrime.kit.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A report of a hate crime or hate incident. Coded facts are plain columns; everything personal is
 * in {@link #sealedDetails}, encrypted with the key of the report's data subject.
 */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String reference;

    /** The agency that took the report and owns it. */
    @Column(nullable = false)
    public String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_role")
    public ReporterRole reporterRole;

    @Column(nullable = false)
    public boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_strand", joinColumns = @JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "strand", nullable = false)
    public Set<Strand> strands = EnumSet.noneOf(Strand.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "perceived_by")
    public PerceivedBy perceivedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_as", nullable = false)
    public RecordedAs recordedAs;

    @Enumerated(EnumType.STRING)
    @Column(name = "offence_category")
    public OffenceCategory offenceCategory;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "incident_types", nullable = false)
    public String[] incidentTypes = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "targeted_for", nullable = false)
    public String[] targetedFor = new String[0];

    @Column(nullable = false)
    public boolean injured;

    @Column(name = "property_damaged", nullable = false)
    public boolean propertyDamaged;

    @Column(name = "suspect_count")
    public Integer suspectCount;

    @Column(name = "suspect_known_to_victim")
    public Boolean suspectKnownToVictim;

    @Column(name = "witness_count")
    public Integer witnessCount;

    @Column(nullable = false)
    public String district;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "occurred_until")
    public OffsetDateTime occurredUntil;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "received_by", nullable = false)
    public String receivedBy;

    /** Whose key seals this report's personal data; erasing that key erases the data. */
    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "sealed_details", nullable = false)
    public byte[] sealedDetails;

    @Embedded
    public Consents consents;

    @Column(name = "shared_with_force")
    public String sharedWithForce;

    @Column(name = "shared_at")
    public OffsetDateTime sharedAt;

    @Column(name = "crime_reference")
    public String crimeReference;

    @Column(name = "referred_to")
    public String referredTo;

    @Column(name = "referral_requested_at")
    public OffsetDateTime referralRequestedAt;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "follow_up_code_hash")
    public String followUpCodeHash;

    @Version
    public long version;

    protected Report() {
    }

    /** A new report as received, before triage. */
    public static Report receive(String agency, Channel channel, String receivedBy, OffsetDateTime now) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.reference = ReportReference.next();
        report.agency = agency;
        report.channel = channel;
        report.receivedBy = receivedBy;
        report.receivedAt = now;
        report.status = ReportStatus.RECEIVED;
        report.recordedAs = RecordedAs.NOT_YET_KNOWN;
        return report;
    }

    /** Moves the report on, or refuses with 409 when the lifecycle does not allow it. */
    public void moveTo(ReportStatus next) {
        if (!status.canMoveTo(next)) {
            throw ProblemException.conflict("A report that is " + status + " cannot become " + next);
        }
        status = next;
    }

    public boolean isSharedWith(String force) {
        return force != null && force.equals(sharedWithForce);
    }
}
