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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A report of a hate crime or hate incident, owned by the agency that took it. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String reference;

    /** The agency that took the report; only it (and later, whom it was shared with) may see it. */
    @Column(nullable = false)
    public String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_strand", joinColumns = @JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "strand", nullable = false)
    public Set<Strand> strands = EnumSet.noneOf(Strand.class);

    @Column(nullable = false)
    public String district;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(nullable = false)
    public String description;

    @Embedded
    public Consents consents;

    @Version
    public long version;

    protected Report() {
    }

    /** A report as received, not yet triaged. */
    public static Report receive(String agency, Channel channel, Set<Strand> strands, String district,
            OffsetDateTime occurredAt, String description, Consents consents, OffsetDateTime now) {
        Report report = new Report();
        report.id = UUID.randomUUID();
        report.reference = ReportReference.next();
        report.agency = agency;
        report.channel = channel;
        report.status = ReportStatus.RECEIVED;
        report.strands = EnumSet.copyOf(strands);
        report.district = district;
        report.occurredAt = occurredAt;
        report.receivedAt = now;
        report.description = description;
        report.consents = consents;
        return report;
    }

    /** The report, if it exists and the agency may see it; otherwise nothing, as if it did not exist. */
    public static Optional<Report> findVisibleTo(UUID id, String agency) {
        return find("id = ?1 and agency = ?2", id, agency).firstResultOptional();
    }
}
