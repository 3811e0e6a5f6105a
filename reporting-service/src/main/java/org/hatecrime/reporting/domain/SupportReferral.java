package org.hatecrime.reporting.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.audit.AuditEntry;
import org.hatecrime.kit.audit.AuditLog;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.kit.problem.ProblemException;
import org.hatecrime.kit.security.Caller;
import org.hatecrime.reporting.config.IntakeConfig;
import org.hatecrime.reporting.messaging.ReportEvents;

/**
 * Requests a referral to a victim service (only with consent), and hands that service the
 * referral packet — the contact details it needs — when it asks (claim check).
 */
@ApplicationScoped
public class SupportReferral {

    private final ReportAccess access;
    private final ReportIntake intake;
    private final DuplicateFinder duplicates;
    private final Caller caller;
    private final AuditLog audit;
    private final IntakeConfig config;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    SupportReferral(ReportAccess access, ReportIntake intake, DuplicateFinder duplicates, Caller caller, AuditLog audit,
            IntakeConfig config, Outbox outbox) {
        this.access = access;
        this.intake = intake;
        this.duplicates = duplicates;
        this.caller = caller;
        this.audit = audit;
        this.config = config;
        this.outbox = outbox;
    }

    @Transactional
    public Report request(UUID id, String provider) {
        String chosen = provider == null ? config.defaultProvider() : provider;
        if (!config.supportProviders().contains(chosen)) {
            throw ProblemException.invalidField("provider", "unknown provider; allowed: " + config.supportProviders());
        }
        Report report = access.ownedForChange(id, "report.refer-to-support", "referral to support");
        if (!report.consents.referToSupport) {
            throw ProblemException.conflict("The victim has not consented to a referral for support");
        }
        if (report.referredTo != null) {
            throw ProblemException.conflict("The victim was already referred to " + report.referredTo);
        }
        report.moveTo(ReportStatus.REFERRED_FOR_SUPPORT);
        report.referredTo = chosen;
        report.referralRequestedAt = OffsetDateTime.now(clock);
        outbox.add(EventTypes.REPORT_REFERRAL_REQUESTED, id.toString(),
                ReportEvents.referralRequested(report, duplicates.victimKeyOf(report.id)));
        report.flush();
        return report;
    }

    /** The packet for the service the victim was referred to, while consent to refer stands. */
    @Transactional
    public ReferralPacket packet(UUID id) {
        String agency = caller.agency();
        Report report = Report.<Report>findByIdOptional(id)
                .filter(r -> agency.equals(r.referredTo) && r.consents.referToSupport)
                .orElseThrow(() -> ProblemException.notFound("referral"));
        audit.record(caller.actor(), agency, new AuditEntry("report.referral-packet", ReportAccess.OBJECT_TYPE, id.toString(),
                "referral to support"));
        ReportDetails details = intake.detailsOf(report).orElseThrow(() -> ProblemException.notFound("referral"));
        return new ReferralPacket(report.id, report.reference, report.district, report.strands.stream().map(Enum::name).sorted().toList(),
                report.occurredAt, details.contact(), details.safeContact());
    }

    /** What a victim service needs to contact the victim safely; nothing about the incident itself. */
    public record ReferralPacket(UUID reportId, String reference, String district, List<String> strands,
            OffsetDateTime occurredAt, ReportDetails.Contact contact, ReportDetails.SafeContact safeContact) {
    }
}
