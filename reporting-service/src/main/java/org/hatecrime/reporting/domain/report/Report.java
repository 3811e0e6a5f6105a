package org.hatecrime.reporting.domain.report;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.reporting.domain.codes.Channel;
import org.hatecrime.reporting.domain.codes.ConsentMethod;
import org.hatecrime.reporting.domain.codes.ConsentPurpose;
import org.hatecrime.reporting.domain.codes.OffenceCategory;
import org.hatecrime.reporting.domain.codes.PerceivedBy;
import org.hatecrime.reporting.domain.codes.RecordedAs;
import org.hatecrime.reporting.domain.codes.ReporterRole;
import org.hatecrime.reporting.domain.codes.Strand;
import org.hatecrime.reporting.domain.codes.WithdrawalReason;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A report of a hate crime or hate incident, and the one place that decides every move it makes:
 * triage, sharing with the police, referral for support, consent, closure, withdrawal, linking
 * as a duplicate and the force's acknowledgement. Each move checks its rules and returns the
 * event that announces it; nothing outside changes a report's state. Coded facts are plain
 * columns; everything personal is in {@link #sealedDetails}, encrypted with the key of the
 * report's data subject.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String reference;

    /** The agency that took the report and owns it. */
    @Column(nullable = false)
    private String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "reporter_role")
    private ReporterRole reporterRole;

    @Column(nullable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_strand", joinColumns = @JoinColumn(name = "report_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "strand", nullable = false)
    private Set<Strand> strands = EnumSet.noneOf(Strand.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "perceived_by")
    private PerceivedBy perceivedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_as", nullable = false)
    private RecordedAs recordedAs;

    @Enumerated(EnumType.STRING)
    @Column(name = "offence_category")
    private OffenceCategory offenceCategory;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "incident_types", nullable = false)
    private String[] incidentTypes = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "targeted_for", nullable = false)
    private String[] targetedFor = new String[0];

    @Column(nullable = false)
    private boolean injured;

    @Column(name = "property_damaged", nullable = false)
    private boolean propertyDamaged;

    @Column(name = "suspect_count")
    private Integer suspectCount;

    @Column(name = "suspect_known_to_victim")
    private Boolean suspectKnownToVictim;

    @Column(name = "witness_count")
    private Integer witnessCount;

    @Column(nullable = false)
    private String district;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "occurred_until")
    private OffsetDateTime occurredUntil;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    /** Whose key seals this report's personal data; erasing that key erases the data. */
    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(name = "sealed_details", nullable = false)
    private byte[] sealedDetails;

    @Embedded
    private Consents consents;

    // loaded with the report (in one query for a page of reports): every full view of a report shows it
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ConsentRecord> consentHistory = new ArrayList<>();

    @Column(name = "shared_with_force")
    private String sharedWithForce;

    @Column(name = "shared_at")
    private OffsetDateTime sharedAt;

    /** The lawful basis recorded when the report was shared without the victim's consent, if it was. */
    @Column(name = "shared_lawful_basis")
    private String sharedLawfulBasis;

    @Column(name = "crime_reference")
    private String crimeReference;

    @Column(name = "referred_to")
    private String referredTo;

    @Column(name = "referral_requested_at")
    private OffsetDateTime referralRequestedAt;

    @Column(name = "duplicate_of")
    private UUID duplicateOf;

    @Column(name = "follow_up_code_hash")
    private String followUpCodeHash;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    @Version
    private long version;

    protected Report() {
    }

    /**
     * A new report as received, before triage, with the consents it was taken with as the start of
     * its consent history. A report taken by the police is already with the force that took it.
     */
    public static Report receive(NewReport request, Received received, UUID subjectId, byte[] sealedDetails) {
        Report report = new Report();
        report.id = received.reportId();
        report.reference = ReportReference.next();
        report.agency = received.agency();
        report.channel = received.channel();
        report.receivedBy = received.actor();
        report.receivedAt = received.at();
        report.status = ReportStatus.RECEIVED;
        report.reporterRole = request.reporterRole();
        report.anonymous = request.anonymous();
        report.strands = EnumSet.copyOf(request.strands());
        report.perceivedBy = request.perceivedBy();
        report.recordedAs = request.recordedAs() != null ? request.recordedAs() : RecordedAs.NOT_YET_KNOWN;
        report.offenceCategory = request.offenceCategory();
        report.incidentTypes = request.incidentTypes().stream().map(Enum::name).distinct().toArray(String[]::new);
        report.targetedFor = request.targetedFor().stream().map(Enum::name).distinct().toArray(String[]::new);
        report.injured = request.injured();
        report.propertyDamaged = request.propertyDamaged();
        report.suspectCount = request.suspectCount();
        report.suspectKnownToVictim = request.suspectKnownToVictim();
        report.witnessCount = request.witnessCount();
        report.district = request.district();
        report.occurredAt = request.occurredAt();
        report.occurredUntil = request.occurredUntil();
        report.subjectId = subjectId;
        report.sealedDetails = sealedDetails;
        report.consents = new Consents(request.shareWithPolice(), request.referToSupport(), request.statistics());
        for (ConsentPurpose purpose : ConsentPurpose.values()) {
            report.consentHistory.add(new ConsentRecord(purpose, report.consents.given(purpose), received.consentMethod(),
                    received.actor(), received.at()));
        }
        if (report.channel == Channel.POLICE) {
            report.sharedWithForce = received.agency();
            report.sharedAt = received.at();
        }
        return report;
    }

    /** Who handed the report in, through which channel, when, and how consent was taken. */
    public record Received(UUID reportId, String agency, Channel channel, String actor, ConsentMethod consentMethod, OffsetDateTime at) {
    }

    /** Announces the report as received. */
    public ReportEvent.Submitted submitted(long earlierReportsFromSameVictim) {
        return new ReportEvent.Submitted(this, earlierReportsFromSameVictim);
    }

    /** A report taken by the police is with that force from the start; announced like a shared one. */
    public boolean takenByPolice() {
        return channel == Channel.POLICE;
    }

    public ReportEvent.Triaged triage(RecordedAs recordedAs, OffenceCategory offenceCategory, OffsetDateTime at) {
        moveTo(ReportStatus.TRIAGED);
        if (recordedAs != null) {
            this.recordedAs = recordedAs;
        }
        if (offenceCategory != null) {
            this.offenceCategory = offenceCategory;
        }
        return new ReportEvent.Triaged(this, at);
    }

    /** Shares the report with the force for its district, with the victim's consent. */
    public ReportEvent.SharedWithPolice shareWithPolice(String force, OffsetDateTime at) {
        if (!consents.shareWithPolice) {
            throw new DomainException.RuleBroken("The victim has not consented to sharing this report with the police");
        }
        return share(force, null, at);
    }

    /** Shares the report without consent, on a lawful basis two administrators agreed. */
    public ReportEvent.SharedWithPolice shareWithPoliceOnLawfulBasis(String force, String lawfulBasis, OffsetDateTime at) {
        if (lawfulBasis == null || lawfulBasis.isBlank()) {
            throw new DomainException.InvalidValue("reason", "a lawful basis is required to share without consent");
        }
        return share(force, lawfulBasis, at);
    }

    private ReportEvent.SharedWithPolice share(String force, String lawfulBasis, OffsetDateTime at) {
        if (sharedWithForce != null) {
            throw new DomainException.RuleBroken("The report was already shared with " + sharedWithForce);
        }
        if (force == null) {
            throw new DomainException.RuleBroken("No police force is configured for " + district);
        }
        moveTo(ReportStatus.SHARED_WITH_POLICE);
        sharedWithForce = force;
        sharedAt = at;
        sharedLawfulBasis = lawfulBasis;
        return new ReportEvent.SharedWithPolice(this, lawfulBasis != null);
    }

    public ReportEvent.ReferralRequested requestReferral(String provider, OffsetDateTime at) {
        if (!consents.referToSupport) {
            throw new DomainException.RuleBroken("The victim has not consented to a referral for support");
        }
        if (referredTo != null) {
            throw new DomainException.RuleBroken("The victim was already referred to " + referredTo);
        }
        moveTo(ReportStatus.REFERRED_FOR_SUPPORT);
        referredTo = provider;
        referralRequestedAt = at;
        return new ReportEvent.ReferralRequested(this);
    }

    /**
     * Records the victim giving or withdrawing consent for one purpose. A withdrawal stops anything
     * further being shared for that purpose; what was already shared stays, and its holder is told.
     */
    public ReportEvent.ConsentChanged recordConsent(ConsentPurpose purpose, boolean granted, ConsentMethod method, String recordedBy,
            OffsetDateTime at) {
        if (status == ReportStatus.WITHDRAWN || status == ReportStatus.DUPLICATE) {
            throw new DomainException.RuleBroken("Consent cannot change on a report that is " + status);
        }
        consents.set(purpose, granted);
        ConsentRecord record = new ConsentRecord(purpose, granted, method, recordedBy, at);
        consentHistory.add(record);
        return new ReportEvent.ConsentChanged(this, record);
    }

    public ReportEvent.Closed close(OffsetDateTime at) {
        moveTo(ReportStatus.CLOSED);
        endedAt = at;
        return new ReportEvent.Closed(this, at);
    }

    public ReportEvent.Withdrawn withdraw(WithdrawalReason reason, OffsetDateTime at) {
        moveTo(ReportStatus.WITHDRAWN);
        endedAt = at;
        return new ReportEvent.Withdrawn(this, reason, at);
    }

    /** Links the report as a duplicate of another one the caller established it may link to. */
    public ReportEvent.DuplicateLinked linkAsDuplicateOf(UUID original, OffsetDateTime at) {
        if (id.equals(original)) {
            throw new DomainException.InvalidValue("duplicateOf", "a report cannot duplicate itself");
        }
        moveTo(ReportStatus.DUPLICATE);
        duplicateOf = original;
        endedAt = at;
        return new ReportEvent.DuplicateLinked(this, at);
    }

    /** The force the report was shared with confirms receipt and gives its crime reference. */
    public ReportEvent.PoliceAcknowledged acknowledgeByPolice(String force, String crimeReference, OffsetDateTime at) {
        if (!isSharedWith(force)) {
            throw new DomainException.NotFound("report");
        }
        this.crimeReference = crimeReference;
        return new ReportEvent.PoliceAcknowledged(this, at);
    }

    /** Replaces the sealed personal details, if the caller read the current version. */
    public void correctDetails(long expectedVersion, boolean withContact, byte[] sealed) {
        if (version != expectedVersion) {
            throw new DomainException.StaleVersion("The report changed since you read it; read it again and reapply your change");
        }
        if (status.isFinal()) {
            throw new DomainException.RuleBroken("A report that is " + status + " can no longer be changed");
        }
        if (anonymous && withContact) {
            throw new DomainException.InvalidValue("contact", "an anonymous report takes no contact details");
        }
        sealedDetails = sealed;
    }

    /**
     * Replaces the personal details with nothing, for good, when a retention review decides they
     * are no longer needed; the coded facts stay. Only once.
     */
    public void anonymise(byte[] sealedNothing, OffsetDateTime at) {
        if (anonymisedAt != null) {
            throw new DomainException.RuleBroken("The report's personal details were already anonymised");
        }
        sealedDetails = sealedNothing;
        anonymisedAt = at;
    }

    /** Takes on the follow-up code the reporter was given, stored only as its hash. */
    public void giveFollowUpCode(String codeHash) {
        followUpCodeHash = codeHash;
    }

    private void moveTo(ReportStatus next) {
        if (!status.canMoveTo(next)) {
            throw new DomainException.RuleBroken("A report that is " + status + " cannot become " + next);
        }
        status = next;
    }

    public boolean isSharedWith(String force) {
        return force != null && force.equals(sharedWithForce);
    }

    public boolean isOwnedBy(String agency) {
        return this.agency.equals(agency);
    }

    /**
     * May the force it was shared with read the personal details? Only while the victim's consent
     * to share stands, or when it was shared on a recorded lawful basis.
     */
    public boolean policeMayReadDetails() {
        return consents.shareWithPolice || sharedLawfulBasis != null;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String agency() {
        return agency;
    }

    public Channel channel() {
        return channel;
    }

    public ReporterRole reporterRole() {
        return reporterRole;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public ReportStatus status() {
        return status;
    }

    public Set<Strand> strands() {
        return Collections.unmodifiableSet(strands);
    }

    /** Strand codes in a stable order, as events and answers show them. */
    public List<String> strandCodes() {
        return strands.stream().map(Enum::name).sorted().toList();
    }

    public PerceivedBy perceivedBy() {
        return perceivedBy;
    }

    public RecordedAs recordedAs() {
        return recordedAs;
    }

    public OffenceCategory offenceCategory() {
        return offenceCategory;
    }

    public List<String> incidentTypes() {
        return Arrays.asList(incidentTypes);
    }

    public List<String> targetedFor() {
        return Arrays.asList(targetedFor);
    }

    public boolean injured() {
        return injured;
    }

    public boolean propertyDamaged() {
        return propertyDamaged;
    }

    public Integer suspectCount() {
        return suspectCount;
    }

    public Boolean suspectKnownToVictim() {
        return suspectKnownToVictim;
    }

    public Integer witnessCount() {
        return witnessCount;
    }

    public String district() {
        return district;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public OffsetDateTime occurredUntil() {
        return occurredUntil;
    }

    /** The end of the incident: its last moment for incidents over a period. */
    public OffsetDateTime occurredEnd() {
        return occurredUntil != null ? occurredUntil : occurredAt;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public UUID subjectId() {
        return subjectId;
    }

    public byte[] sealedDetails() {
        return sealedDetails;
    }

    public Consents consents() {
        return consents;
    }

    public List<ConsentRecord> consentHistory() {
        return Collections.unmodifiableList(consentHistory);
    }

    public String sharedWithForce() {
        return sharedWithForce;
    }

    public OffsetDateTime sharedAt() {
        return sharedAt;
    }

    public boolean sharedOnLawfulBasis() {
        return sharedLawfulBasis != null;
    }

    String lawfulBasis() {
        return sharedLawfulBasis;
    }

    public String crimeReference() {
        return crimeReference;
    }

    public String referredTo() {
        return referredTo;
    }

    public OffsetDateTime referralRequestedAt() {
        return referralRequestedAt;
    }

    public UUID duplicateOf() {
        return duplicateOf;
    }

    /** When the report was closed, withdrawn or linked as a duplicate; null while open. */
    public OffsetDateTime endedAt() {
        return endedAt;
    }

    /** When a retention review anonymised the report's personal details; null if it has not. */
    public OffsetDateTime anonymisedAt() {
        return anonymisedAt;
    }

    public String followUpCodeHash() {
        return followUpCodeHash;
    }

    public long version() {
        return version;
    }
}
