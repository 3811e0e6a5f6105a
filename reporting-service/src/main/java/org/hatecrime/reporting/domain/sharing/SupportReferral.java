package org.hatecrime.reporting.domain.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.domain.DomainException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.domain.duplicates.DuplicateFinder;
import org.hatecrime.reporting.domain.intake.ReportIntake;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportAccess;
import org.hatecrime.reporting.domain.report.ReportDetails;
import org.hatecrime.reporting.domain.report.ReportEventPublisher;
import org.hatecrime.reporting.domain.report.Reports;

/**
 * Requests a referral to a victim service (only with consent), and hands that service the
 * referral packet — the contact details it needs — when it asks (claim check).
 */
@ApplicationScoped
public class SupportReferral {

    private final ReportAccess access;
    private final Reports reports;
    private final ReportIntake intake;
    private final DuplicateFinder duplicates;
    private final ReportEventPublisher events;
    private final Caller caller;
    private final AuditLog audit;
    private final IntakeConfig config;
    private final Clock clock;

    SupportReferral(ReportAccess access, Reports reports, ReportIntake intake, DuplicateFinder duplicates, ReportEventPublisher events,
            Caller caller, AuditLog audit, IntakeConfig config, Clock clock) {
        this.access = access;
        this.reports = reports;
        this.intake = intake;
        this.duplicates = duplicates;
        this.events = events;
        this.caller = caller;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Report request(UUID id, String provider) {
        String chosen = provider == null ? config.defaultProvider() : provider;
        if (!config.supportProviders().contains(chosen)) {
            throw new DomainException.InvalidValue("provider", "unknown provider; allowed: " + config.supportProviders());
        }
        Report report = access.ownedForChange(id, "report.refer-to-support", "referral to support");
        events.publish(report.requestReferral(chosen, OffsetDateTime.now(clock)), duplicates.victimKeyOf(report.id()));
        return reports.saved(report);
    }

    /** The packet for the service the victim was referred to, while consent to refer stands. */
    @Transactional
    public ReferralPacket packet(UUID id) {
        String agency = caller.agency();
        Report report = reports.findByIdOptional(id)
                .filter(r -> agency.equals(r.referredTo()) && r.consents().referToSupport())
                .orElseThrow(() -> new DomainException.NotFound("referral"));
        audit.record(caller.actor(), agency, new AuditEntry("report.referral-packet", ReportAccess.OBJECT_TYPE, id.toString(),
                "referral to support"));
        ReportDetails details = intake.detailsOf(report).orElseThrow(() -> new DomainException.NotFound("referral"));
        return new ReferralPacket(report.id(), report.reference(), report.district(), report.strandCodes(), report.occurredAt(),
                details.contact(), details.safeContact());
    }

    /** What a victim service needs to contact the victim safely; nothing about the incident itself. */
    public record ReferralPacket(UUID reportId, String reference, String district, List<String> strands,
            OffsetDateTime occurredAt, ReportDetails.Contact contact, ReportDetails.SafeContact safeContact) {
    }
}
