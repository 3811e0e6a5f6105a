package org.hatecrime.reporting.domain.report;

import java.time.OffsetDateTime;
import org.hatecrime.reporting.domain.codes.WithdrawalReason;

/**
 * What happened to a report, as its moves return it. The messaging layer turns each into the
 * published event (identifiers, codes, dates and district only) from the report it carries.
 */
public sealed interface ReportEvent {

    Report report();

    record Submitted(Report report, long earlierReportsFromSameVictim) implements ReportEvent {
    }

    record Triaged(Report report, OffsetDateTime at) implements ReportEvent {
    }

    record SharedWithPolice(Report report, boolean lawfulOverride) implements ReportEvent {
    }

    record ReferralRequested(Report report) implements ReportEvent {
    }

    record ConsentChanged(Report report, ConsentRecord record) implements ReportEvent {
    }

    record Withdrawn(Report report, WithdrawalReason reason, OffsetDateTime at) implements ReportEvent {
    }

    record DuplicateLinked(Report report, OffsetDateTime at) implements ReportEvent {
    }

    record Closed(Report report, OffsetDateTime at) implements ReportEvent {
    }

    record PoliceAcknowledged(Report report, OffsetDateTime at) implements ReportEvent {
    }
}
