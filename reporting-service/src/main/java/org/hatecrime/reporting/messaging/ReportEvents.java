package org.hatecrime.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.hatecrime.events.EventTypes;
import org.hatecrime.kit.outbox.Outbox;
import org.hatecrime.reporting.domain.codes.ConsentPurpose;
import org.hatecrime.reporting.domain.report.Consents;
import org.hatecrime.reporting.domain.report.Report;
import org.hatecrime.reporting.domain.report.ReportEvent;
import org.hatecrime.reporting.domain.report.ReportEventPublisher;
import org.hatecrime.reporting.domain.report.SubjectErased;

/**
 * Publishes a report's events through the outbox, each built once from the report it is about:
 * identifiers, codes, dates and district, never personal data. Each payload matches its JSON
 * Schema in the event contracts, which the outbox checks.
 */
@ApplicationScoped
public class ReportEvents implements ReportEventPublisher {

    private final Outbox outbox;

    ReportEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ReportEvent event, String victimKey) {
        Report r = event.report();
        String id = r.id().toString();
        if (event instanceof ReportEvent.Submitted submitted) {
            outbox.add(EventTypes.REPORT_SUBMITTED, id, new Submitted(id, r.reference(), r.agency(), r.channel().name(),
                    name(r.reporterRole()), r.anonymous(), r.recordedAs().name(), name(r.offenceCategory()), r.incidentTypes(),
                    r.strandCodes(), r.district(), r.occurredAt(), r.occurredUntil(), r.receivedAt(), ConsentFlags.of(r.consents()),
                    victimKey, submitted.earlierReportsFromSameVictim()));
        } else if (event instanceof ReportEvent.Triaged triaged) {
            outbox.add(EventTypes.REPORT_TRIAGED, id, new Triaged(id, r.agency(), r.strandCodes(), r.district(), r.recordedAs().name(),
                    name(r.offenceCategory()), triaged.at()));
        } else if (event instanceof ReportEvent.SharedWithPolice shared) {
            outbox.add(EventTypes.REPORT_SHARED_WITH_POLICE, id, new SharedWithPolice(id, r.reference(), r.agency(), r.sharedWithForce(),
                    r.strandCodes(), r.district(), r.occurredAt(), r.sharedAt(), shared.lawfulOverride(), victimKey));
        } else if (event instanceof ReportEvent.ReferralRequested) {
            outbox.add(EventTypes.REPORT_REFERRAL_REQUESTED, id, new ReferralRequested(id, r.reference(), r.agency(), r.referredTo(),
                    r.strandCodes(), r.district(), r.occurredAt(), r.referralRequestedAt(), victimKey));
        } else if (event instanceof ReportEvent.ConsentChanged changed) {
            outbox.add(EventTypes.REPORT_CONSENT_CHANGED, id, new ConsentChanged(id, r.agency(), changed.record().purpose(),
                    changed.record().granted(), changed.record().method().name(), changed.record().recordedAt(), ConsentFlags.of(r.consents())));
        } else if (event instanceof ReportEvent.Withdrawn withdrawn) {
            outbox.add(EventTypes.REPORT_WITHDRAWN, id, new Withdrawn(id, r.agency(), withdrawn.reason().name(), withdrawn.at()));
        } else if (event instanceof ReportEvent.DuplicateLinked linked) {
            outbox.add(EventTypes.REPORT_DUPLICATE_LINKED, id, new DuplicateLinked(id, r.duplicateOf().toString(), r.agency(), linked.at()));
        } else if (event instanceof ReportEvent.Closed closed) {
            outbox.add(EventTypes.REPORT_CLOSED, id, new Closed(id, r.agency(), closed.at()));
        } else if (event instanceof ReportEvent.PoliceAcknowledged acknowledged) {
            outbox.add(EventTypes.REPORT_POLICE_ACKNOWLEDGED, id, new PoliceAcknowledged(id, r.sharedWithForce(), r.crimeReference(),
                    acknowledged.at()));
        } else {
            throw new IllegalArgumentException("no published event for " + event);
        }
    }

    @Override
    public void publish(SubjectErased erased) {
        outbox.add(EventTypes.SUBJECT_ERASED, erased.reportId().toString(), erased);
    }

    public record ConsentFlags(boolean shareWithPolice, boolean referToSupport, boolean statistics) {
        static ConsentFlags of(Consents consents) {
            return new ConsentFlags(consents.shareWithPolice(), consents.referToSupport(), consents.statistics());
        }
    }

    public record Submitted(String reportId, String reference, String agency, String channel, String reporterRole,
            boolean anonymous, String recordedAs, String offenceCategory, List<String> incidentTypes, List<String> strands,
            String district, OffsetDateTime occurredAt, OffsetDateTime occurredUntil, OffsetDateTime receivedAt,
            ConsentFlags consents, String victimKey, long earlierReportsFromSameVictim) {
    }

    public record Triaged(String reportId, String agency, List<String> strands, String district, String recordedAs,
            String offenceCategory, OffsetDateTime triagedAt) {
    }

    public record SharedWithPolice(String reportId, String reference, String agency, String force, List<String> strands,
            String district, OffsetDateTime occurredAt, OffsetDateTime sharedAt, boolean lawfulOverride, String victimKey) {
    }

    public record ReferralRequested(String reportId, String reference, String agency, String provider, List<String> strands,
            String district, OffsetDateTime occurredAt, OffsetDateTime requestedAt, String victimKey) {
    }

    public record ConsentChanged(String reportId, String agency, ConsentPurpose purpose, boolean granted, String method,
            OffsetDateTime changedAt, ConsentFlags consents) {
    }

    public record Withdrawn(String reportId, String agency, String reason, OffsetDateTime withdrawnAt) {
    }

    public record DuplicateLinked(String reportId, String duplicateOf, String agency, OffsetDateTime linkedAt) {
    }

    public record Closed(String reportId, String agency, OffsetDateTime closedAt) {
    }

    public record PoliceAcknowledged(String reportId, String force, String crimeReference, OffsetDateTime acknowledgedAt) {
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
